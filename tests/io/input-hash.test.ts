// The record's input hash: one SHA-256 per file, and one over the listing `sha256sum` prints.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashInputFiles } from '../../src/io/input-hash.js';
import { makeTempDir } from '../helpers/temp.js';

const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

function folder(): string {
  const dir = makeTempDir();
  mkdirSync(join(dir, 'vendors'));
  writeFileSync(join(dir, 'vendors', 'b.yaml'), 'vendor: b\nname: Bé\n');
  writeFileSync(join(dir, 'vendors', 'a.yaml'), 'vendor: a\r\n');
  writeFileSync(join(dir, 'criteria.yaml'), Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xff, 0x0a]));
  return dir;
}

describe('hashInputFiles', () => {
  it('hashes each file and the `sha256sum` listing of them, sorted by name', () => {
    const dir = folder();
    const h = hashInputFiles(['vendors/b.yaml', 'criteria.yaml', 'vendors/a.yaml'], dir);
    const names = ['criteria.yaml', 'vendors/a.yaml', 'vendors/b.yaml'];
    const expected = names.map((f) => ({ file: f, sha256: sha256(readFileSync(join(dir, f))) }));
    expect(h.algorithm).toBe('sha256');
    expect(h.files).toEqual(expected);
    // `sha256sum criteria.yaml vendors/a.yaml vendors/b.yaml | sha256sum`: two spaces, a newline each
    const listing = expected.map((f) => `${f.sha256}  ${f.file}\n`).join('');
    expect(h.digest).toBe(sha256(listing));
  });

  it('names a file once however often it is read, and leaves out a file it cannot read', () => {
    const dir = folder();
    const h = hashInputFiles(['vendors/a.yaml', 'vendors/a.yaml', 'gone.yaml'], dir);
    expect(h.files.map((f) => f.file)).toEqual(['vendors/a.yaml']);
    expect(h.digest).toBe(hashInputFiles(['vendors/a.yaml'], dir).digest);
  });

  it('changes when one byte of one file changes, and only that file’s hash', () => {
    const dir = folder();
    const files = ['criteria.yaml', 'vendors/a.yaml', 'vendors/b.yaml'];
    const before = hashInputFiles(files, dir);
    writeFileSync(join(dir, 'vendors', 'b.yaml'), 'vendor: b\nname: Bè\n');
    const after = hashInputFiles(files, dir);
    expect(after.digest).not.toBe(before.digest);
    expect(after.files.map((f, i) => f.sha256 === before.files[i]?.sha256)).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('names a file read by its absolute path relative to the folder, so the digest does not depend on where the folder is', () => {
    const dir = folder();
    const h = hashInputFiles([join(dir, 'vendors', 'a.yaml'), 'criteria.yaml'], dir);
    expect(h.files.map((f) => f.file)).toEqual(['criteria.yaml', 'vendors/a.yaml']);
    expect(h.digest).toBe(hashInputFiles(['criteria.yaml', 'vendors/a.yaml'], dir).digest);
  });

  it('changes when a file is renamed, since the listing names it', () => {
    const dir = folder();
    writeFileSync(join(dir, 'vendors', 'c.yaml'), readFileSync(join(dir, 'vendors', 'b.yaml')));
    expect(hashInputFiles(['vendors/c.yaml'], dir).digest).not.toBe(
      hashInputFiles(['vendors/b.yaml'], dir).digest,
    );
  });
});
