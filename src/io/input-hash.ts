import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

/** A SHA-256 per input file and one over them all, for a record's provenance. */
export interface InputHash {
  algorithm: 'sha256';
  /** SHA-256 of the lines `<sha256>  <file>\n`, files sorted by name (as `sha256sum` prints them). */
  digest: string;
  files: { file: string; sha256: string }[];
}

/**
 * Hashes the files a command read, named as shown: relative to `cwd`, an absolute path too. A file that can no
 * longer be read (a built-in set, named by id, has no file) is left out of the list and the
 * digest. The digest is `sha256sum` of the listing, so `sha256sum <files> | sha256sum` on the
 * same files in the same order gives the same figure.
 */
export function hashInputFiles(files: Iterable<string>, cwd: string): InputHash {
  // named relative to cwd even when read by an absolute path (the project file is), so the
  // digest does not depend on where the folder lies on a machine
  const unique = [...new Set([...files].map((f) => relative(cwd, resolve(cwd, f)) || f))].sort();
  const out: InputHash['files'] = [];
  for (const file of unique) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(resolve(cwd, file));
    } catch {
      continue;
    }
    out.push({ file, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  const listing = out.map((f) => `${f.sha256}  ${f.file}\n`).join('');
  return {
    algorithm: 'sha256',
    digest: createHash('sha256').update(listing).digest('hex'),
    files: out,
  };
}
