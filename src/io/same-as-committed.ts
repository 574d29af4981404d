// Whether the project at a ref is the working tree's, file for file: then `check --base` knows
// the ranking at the ref without writing the ref's files out and evaluating them again (an
// evaluation reads files and nothing else, so the same files give the same ranking).
import { readFileSync } from 'node:fs';
import { isAbsolute, join, posix, relative, sep } from 'node:path';
import { packageRoot } from './builtin.js';
import type { CommittedFiles } from './git-snapshot.js';

/** A file an evaluation looked up: its absolute path, and whether it could be read as text. */
export interface LookedUp {
  path: string;
  read: boolean;
}

/**
 * True when evaluating the snapshot of `files` would read exactly what the working tree's
 * evaluation read (the files it looked up, from `cwd`), byte for byte:
 * - every YAML file of the commit is a regular file (no link: a link may lead elsewhere in the
 *   snapshot than in the working tree) whose bytes are the working tree's at the same path, so
 *   the snapshot holds nothing the working tree does not;
 * - every file the working tree's evaluation looked up in the repository is one of them (not a
 *   file the commit lacks: a new vendor, an untracked file), so the working tree holds nothing
 *   that counted and the snapshot lacks;
 * - every file it looked up outside the repository is vendor-eval's own (a built-in set, read by
 *   its absolute path from either folder); any other may be read differently from the snapshot.
 * False whenever unsure: `check --base` then evaluates the snapshot as usual.
 */
export function sameAsCommitted(
  files: CommittedFiles,
  lookedUp: readonly LookedUp[],
  cwd: string,
  packageDir: string = packageRoot(),
): boolean {
  const blobs = files.blobs();
  if (!blobs.ok) return false;
  const committed = new Set<string>();
  for (const entry of files.entries) {
    if (entry.mode !== '100644' && entry.mode !== '100755') return false;
    const bytes = blobs.value.get(entry.oid);
    if (!bytes || !holds(join(files.repository, ...entry.path.split('/')), bytes)) return false;
    committed.add(entry.path);
  }
  for (const file of lookedUp) {
    const fromCwd = relative(cwd, file.path);
    const path = isAbsolute(fromCwd)
      ? undefined
      : posix.normalize(files.prefix + fromCwd.split(sep).join('/'));
    const inRepository = path !== undefined && path !== '..' && !path.startsWith('../');
    if (inRepository ? !(file.read && committed.has(path)) : !inside(packageDir, file.path))
      return false;
  }
  return true;
}

/** Whether the file at `path` holds exactly `bytes` (false when it cannot be read). */
function holds(path: string, bytes: Buffer): boolean {
  try {
    return readFileSync(path).equals(bytes);
  } catch {
    return false;
  }
}

/** Whether `path` lies inside the folder `dir`. */
function inside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
