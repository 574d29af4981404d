import {
  chmodSync,
  existsSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCodeCache, encodeCodeCache } from '../../src/cli/code-cache.js';
import { makeTempDir } from '../helpers/temp.js';
import { writeFiles } from '../helpers/git.js';
import { isBuilt, repoRoot, runBuilt, type BuiltRun } from '../cli/run-cli.js';

// The V8 code cache of the built CLI (src/cli/code-cache.ts): whatever state the cache folder is
// in, a run prints the same bytes and exits with the same code as a run without any cache.

type Run = BuiltRun;

/** Runs the built binary with the cache folder `cacheDir` (or none) and extra environment. */
function run(
  args: readonly string[],
  cacheDir: string | undefined,
  env: Record<string, string> = {},
): Run {
  return runBuilt(args, {
    env: { ...(cacheDir ? { VENDOR_EVAL_CACHE_DIR: cacheDir } : {}), ...env },
    unset: /^(NO_COLOR|FORCE_COLOR|VENDOR_EVAL_DEBUG|VENDOR_EVAL_NO_CACHE|VENDOR_EVAL_CACHE_DIR)$/,
  });
}

/** The cache files a folder holds. */
function cacheFiles(cacheDir: string): string[] {
  const dir = join(cacheDir, 'code');
  return existsSync(dir) ? readdirSync(dir).map((f) => join(dir, f)) : [];
}

// a vendor file with an error, so that the error path (exit 2, stderr) is compared too
const bad = makeTempDir();
writeFiles(bad, { 'v.yaml': 'vendor: v\nname: [V\n' });
const commands: [string, string[]][] = [
  ['rank examples/vendors', ['rank', 'examples/vendors']],
  ['rank a bad vendor file', ['rank', join(bad, 'v.yaml')]],
  ['--help', ['--help']],
];
const uncached = new Map(
  commands.map(([name, args]) => [name, run(args, undefined, { VENDOR_EVAL_NO_CACHE: '1' })]),
);

describe.each(commands)('the built binary with a code cache: %s', (name, args) => {
  const expected = uncached.get(name)!;

  it('the first run (empty folder) and the next (warm) print the same as with no cache', () => {
    const cacheDir = makeTempDir();
    expect(run(args, cacheDir)).toEqual(expected);
    const [file] = cacheFiles(cacheDir);
    expect(file).toBeDefined();
    const written = statSync(file!);
    expect(decodeCodeCache(readFileSync(file!)).size).toBeGreaterThan(0);
    expect(run(args, cacheDir)).toEqual(expected);
    // a warm run whose cache V8 accepted writes nothing
    expect(statSync(file!).mtimeMs).toBe(written.mtimeMs);
  });

  it('a corrupt, a truncated or a V8-rejected cache file: same output, and it is written again', () => {
    const cacheDir = makeTempDir();
    run(args, cacheDir);
    // the code cache of a run whose parsed files are cached too: a first run also loads the YAML
    // parser, which the runs below (warm parse cache) do not, so they would write fewer bundles
    for (const old of cacheFiles(cacheDir)) rmSync(old);
    run(args, cacheDir);
    const [file] = cacheFiles(cacheDir);
    const good = readFileSync(file!);
    const flipped = Buffer.from(good);
    for (let i = 100; i < flipped.length; i += 997) flipped[i] = flipped[i]! ^ 0x5a;
    const garbage = new Map(
      [...decodeCodeCache(good).keys()].map((k) => [k, Buffer.alloc(4096, 7)] as const),
    );
    for (const broken of [flipped, good.subarray(0, good.length >> 1), encodeCodeCache(garbage)]) {
      writeFileSync(file!, broken);
      expect(run(args, cacheDir)).toEqual(expected);
      const rewritten = readFileSync(file!);
      expect(rewritten.equals(broken)).toBe(false);
      expect(decodeCodeCache(rewritten).size).toBe(decodeCodeCache(good).size);
    }
  });

  it('a cache folder that cannot be written (read-only, or a file in the way): same output', () => {
    const readOnly = makeTempDir();
    chmodSync(readOnly, 0o555);
    expect(run(args, readOnly)).toEqual(expected);
    chmodSync(readOnly, 0o755);
    const blocked = join(makeTempDir(), 'not-a-folder');
    writeFileSync(blocked, 'a file where the cache folder would be');
    expect(run(args, blocked)).toEqual(expected);
    expect(readFileSync(blocked, 'utf8')).toBe('a file where the cache folder would be');
  });

  it('--no-cache and VENDOR_EVAL_NO_CACHE=1: same output, nothing written', () => {
    const cacheDir = makeTempDir();
    expect(run([...args, '--no-cache'], cacheDir)).toEqual(expected);
    expect(run(args, cacheDir, { VENDOR_EVAL_NO_CACHE: '1' })).toEqual(expected);
    expect(readdirSync(cacheDir)).toEqual([]);
  });
});

describe.runIf(isBuilt)('the code cache the build wrote (dist/code/)', () => {
  it('a first run (empty folder) starts from it and keeps a copy; a warm run writes nothing', () => {
    const cacheDir = makeTempDir();
    const args = ['rank', 'examples/vendors'];
    expect(run(args, cacheDir)).toEqual(uncached.get('rank examples/vendors'));
    const [file] = cacheFiles(cacheDir);
    const shipped = join(repoRoot, 'dist', 'code', basename(file!));
    // the same build, Node and command: the build's file, entry for entry
    expect(existsSync(shipped)).toBe(true);
    expect(decodeCodeCache(readFileSync(file!))).toEqual(decodeCodeCache(readFileSync(shipped)));
    const written = statSync(file!).mtimeMs;
    expect(run(args, cacheDir)).toEqual(uncached.get('rank examples/vendors'));
    expect(statSync(file!).mtimeMs).toBe(written);
  });
});
