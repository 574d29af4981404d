import {
  chmodSync,
  cpSync,
  readFileSync,
  readdirSync,
  writeFileSync,
  type PathLike,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseCache, hashText } from '../../src/io/parse-cache.js';
import { readSource } from '../../src/io/source.js';
import { examplesDir, runCli } from '../cli/run-cli.js';
import { writeFiles } from '../helpers/git.js';
import { makeTempDir } from '../helpers/temp.js';

/** A copy of the example vendors in a fresh folder, and a cache folder beside it. */
function project(): { dir: string; vendors: string; cache: string } {
  const dir = makeTempDir('vendor-eval-parse-cache-');
  const vendors = join(dir, 'vendors');
  cpSync(examplesDir, vendors, { recursive: true });
  return { dir, vendors, cache: join(dir, 'cache') };
}

/** `rank vendors --format json` in `dir`, with the cache in `cache` (undefined: --no-cache). */
async function rank(dir: string, cache: string | undefined) {
  const args = ['rank', 'vendors', '--format', 'json', ...(cache ? [] : ['--no-cache'])];
  return runCli(args, { cwd: dir, env: cache ? { VENDOR_EVAL_CACHE_DIR: cache } : {} });
}

function cacheFiles(cache: string): string[] {
  return readdirSync(join(cache, 'parse')).map((f) => join(cache, 'parse', f));
}

const read = (file: PathLike) => readFileSync(file, 'utf8');

describe('the parse cache (rank)', () => {
  it('a warm run prints byte for byte what a cold run and a --no-cache run print', async () => {
    const { dir, cache } = project();
    const uncached = await rank(dir, undefined);
    const cold = await rank(dir, cache);
    expect(cacheFiles(cache)).toHaveLength(1);
    const warm = await rank(dir, cache);
    expect(uncached.code).toBe(0);
    expect(cold).toEqual(uncached);
    expect(warm).toEqual(uncached);
  });

  it('a warm run takes the data from the cache file (an entry changed there shows)', async () => {
    const { dir, cache } = project();
    await rank(dir, cache);
    const [file = ''] = cacheFiles(cache);
    writeFileSync(file, read(file).replaceAll('Kestrel Contact', 'Cached Kestrel'));
    const warm = await rank(dir, cache);
    expect(warm.stdout).toContain('Cached Kestrel');
  });

  it('a corrupt or truncated cache file is ignored, silently, and written anew', async () => {
    const { dir, cache } = project();
    const expected = await rank(dir, undefined);
    await rank(dir, cache);
    const [file = ''] = cacheFiles(cache);
    const whole = read(file);
    for (const broken of [whole.slice(0, whole.length / 2), 'not json', '', '{"stamp":1}']) {
      writeFileSync(file, broken);
      expect(await rank(dir, cache)).toEqual(expected);
      expect(read(file)).toBe(whole);
    }
  });

  it('a cache folder that cannot be written costs nothing but speed', async () => {
    const { dir } = project();
    const expected = await rank(dir, undefined);
    // a file where the cache folder should be: no user, root included, can create it
    writeFiles(dir, { 'blocked/file': 'x' });
    expect(await rank(dir, join(dir, 'blocked', 'file', 'cache'))).toEqual(expected);
    // a read-only cache folder holding a cache file of other files
    const cache = join(dir, 'read-only');
    await rank(dir, cache);
    const [file = ''] = cacheFiles(cache);
    writeFileSync(file, read(file).replaceAll('"kestrel-contact.yaml"', '"gone.yaml"'));
    chmodSync(join(cache, 'parse'), 0o555);
    try {
      expect(await rank(dir, cache)).toEqual(expected);
    } finally {
      chmodSync(join(cache, 'parse'), 0o755);
    }
  });

  it('a file changed after caching, by one character, is parsed again', async () => {
    const { dir, vendors, cache } = project();
    const before = await rank(dir, cache);
    const file = join(vendors, 'kestrel-contact.yaml');
    const text = read(file);
    const at = text.indexOf('Kestrel Contact');
    expect(at).toBeGreaterThan(-1);
    writeFileSync(file, `${text.slice(0, at)}Kestrel Kontact${text.slice(at + 15)}`);
    const after = await rank(dir, cache);
    expect(after).toEqual(await rank(dir, undefined));
    expect(after.stdout).toContain('Kestrel Kontact');
    expect(after.stdout).not.toEqual(before.stdout);
    // and the cache now holds the new text's data
    expect(await rank(dir, cache)).toEqual(after);
  });
});

describe('ParseCache', () => {
  it('gives back what was put under the same text, to a later run', () => {
    const dir = makeTempDir('vendor-eval-parse-cache-');
    writeFiles(dir, { 'v/a.yaml': 'a: 1\n' });
    const path = join(dir, 'v', 'a.yaml');
    const first = new ParseCache(join(dir, 'cache'));
    const miss = first.get(path, 'a: 1\n');
    expect(miss).toEqual({ hit: false, hash: hashText('a: 1\n') });
    first.put(path, hashText('a: 1\n'), { a: 1 });
    first.flush();
    const second = new ParseCache(join(dir, 'cache'));
    expect(second.get(path, 'a: 2\n').hit).toBe(false);
    expect(second.get(path, 'a: 1\n')).toEqual({ hit: true, data: { a: 1 } });
  });

  it.each([
    ['Infinity', { a: Infinity }],
    ['NaN', { a: [NaN] }],
    ['-0', { a: -0 }],
    ['undefined', { a: undefined }],
    ['a __proto__ key', JSON.parse('{"__proto__": 1}') as unknown],
    ['a Date', { a: new Date(0) }],
  ])('keeps no data JSON cannot give back exactly (%s)', (_what, data) => {
    const dir = makeTempDir('vendor-eval-parse-cache-');
    const path = join(dir, 'a.yaml');
    const cache = new ParseCache(join(dir, 'cache'));
    cache.put(path, hashText('x'), data);
    cache.flush();
    expect(new ParseCache(join(dir, 'cache')).get(path, 'x').hit).toBe(false);
  });

  it('a file that did not parse clean is not cached (readSource)', () => {
    const dir = makeTempDir('vendor-eval-parse-cache-');
    writeFiles(dir, { 'bad.yaml': 'a: [1\n', 'inf.yaml': 'a: .inf\n' });
    const cache = new ParseCache(join(dir, 'cache'));
    expect(readSource(join(dir, 'bad.yaml'), 'bad.yaml', cache).issues).not.toEqual([]);
    expect(readSource(join(dir, 'inf.yaml'), 'inf.yaml', cache).source?.data).toEqual({
      a: Infinity,
    });
    cache.flush();
    expect(() => readdirSync(join(dir, 'cache', 'parse'))).toThrow();
  });

  it('hashes texts apart by one character, and by length', () => {
    expect(hashText('a: 1\n')).not.toBe(hashText('a: 2\n'));
    expect(hashText('')).not.toBe(hashText('\0'));
    expect(hashText('Kestrel Contact')).toBe(hashText('Kestrel Contact'));
  });
});

describe('ParseCache: checks passed', () => {
  it('remembers a check passed by a new entry, for that text only', () => {
    const dir = makeTempDir('vendor-eval-parse-cache-');
    writeFiles(dir, { 'a.yaml': 'a: 1\n' });
    const path = join(dir, 'a.yaml');
    const first = new ParseCache(join(dir, 'cache'));
    const miss = first.get(path, 'a: 1\n');
    expect(miss.hit).toBe(false);
    first.put(path, hashText('a: 1\n'), { a: 1 });
    expect(first.passed(path, 'a: 1\n', 'shape')).toBe(false);
    first.markPassed(path, 'a: 1\n', 'shape');
    // later in the same run, and for no other text or check
    expect(first.passed(path, 'a: 1\n', 'shape')).toBe(true);
    expect(first.passed(path, 'a: 2\n', 'shape')).toBe(false);
    expect(first.passed(path, 'a: 1\n', 'other')).toBe(false);
    first.flush();
    const second = new ParseCache(join(dir, 'cache'));
    // nothing is known of a file before it is looked up
    expect(second.passed(path, 'a: 1\n', 'shape')).toBe(false);
    expect(second.get(path, 'a: 1\n')).toEqual({ hit: true, data: { a: 1 } });
    expect(second.passed(path, 'a: 1\n', 'shape')).toBe(true);
    const third = new ParseCache(join(dir, 'cache'));
    expect(third.get(path, 'a: 2\n').hit).toBe(false);
    expect(third.passed(path, 'a: 2\n', 'shape')).toBe(false);
  });

  it('adds a check passed to an entry of an earlier run, keeping its data and other checks', () => {
    const dir = makeTempDir('vendor-eval-parse-cache-');
    writeFiles(dir, { 'a.yaml': 'a: 1\n' });
    const path = join(dir, 'a.yaml');
    const first = new ParseCache(join(dir, 'cache'));
    first.get(path, 'a: 1\n');
    first.put(path, hashText('a: 1\n'), { a: 1 });
    first.markPassed(path, 'a: 1\n', 'one');
    first.flush();
    const second = new ParseCache(join(dir, 'cache'));
    const hit = second.get(path, 'a: 1\n');
    // the user of the data changes it: the cache file keeps the data as parsed
    if (hit.hit) (hit.data as { a: number }).a = 99;
    second.markPassed(path, 'a: 1\n', 'two');
    second.flush();
    const third = new ParseCache(join(dir, 'cache'));
    expect(third.get(path, 'a: 1\n')).toEqual({ hit: true, data: { a: 1 } });
    expect(third.passed(path, 'a: 1\n', 'one')).toBe(true);
    expect(third.passed(path, 'a: 1\n', 'two')).toBe(true);
  });

  it('marks nothing for a file it did not look up, or under a text other than the one read', () => {
    const dir = makeTempDir('vendor-eval-parse-cache-');
    writeFiles(dir, { 'a.yaml': 'a: 1\n' });
    const path = join(dir, 'a.yaml');
    const cache = new ParseCache(join(dir, 'cache'));
    cache.markPassed(path, 'a: 1\n', 'shape');
    expect(cache.passed(path, 'a: 1\n', 'shape')).toBe(false);
    cache.get(path, 'a: 1\n');
    cache.put(path, hashText('a: 1\n'), { a: 1 });
    cache.markPassed(path, 'a: 2\n', 'shape');
    cache.flush();
    expect(read(cacheFiles(join(dir, 'cache'))[0] ?? '')).not.toContain('shape');
  });

  it('a cache file of the format before checks were kept is ignored', () => {
    const dir = makeTempDir('vendor-eval-parse-cache-');
    writeFiles(dir, { 'a.yaml': 'a: 1\n' });
    const path = join(dir, 'a.yaml');
    const cache = new ParseCache(join(dir, 'cache'));
    cache.get(path, 'a: 1\n');
    cache.put(path, hashText('a: 1\n'), { a: 1 });
    cache.flush();
    const [file = ''] = cacheFiles(join(dir, 'cache'));
    expect(read(file)).toMatch(/^\{"stamp":"2:/);
    writeFileSync(file, read(file).replace(/^\{"stamp":"2:/, '{"stamp":"1:'));
    expect(new ParseCache(join(dir, 'cache')).get(path, 'a: 1\n').hit).toBe(false);
  });
});

/** A project as `init` makes it (a criteria file of the user's, two vendors, the project file). */
async function initProject(): Promise<{ dir: string; cache: string }> {
  const root = makeTempDir('vendor-eval-parse-cache-');
  const dir = join(root, 'p');
  expect((await runCli(['init', dir], { cwd: root })).code).toBe(0);
  return { dir, cache: join(root, 'cache') };
}

/** `args` run in `dir` with the cache in `cache` (undefined: --no-cache). */
async function inProject(args: string[], dir: string, cache: string | undefined) {
  return runCli([...args, ...(cache ? [] : ['--no-cache'])], {
    cwd: dir,
    env: cache ? { VENDOR_EVAL_CACHE_DIR: cache } : {},
  });
}

describe('the parse cache (check, validate, weights, criteria show, template)', () => {
  it.each([
    [['check']],
    [['check', '--format', 'json']],
    [['validate']],
    [['validate', 'vendors', 'criteria/our-criteria.yaml']],
    [['weights']],
    [['criteria', 'show']],
    [['template', '--vendor', 'new-vendor']],
  ])('%j: cold and warm runs print byte for byte what a --no-cache run prints', async (args) => {
    const { dir, cache } = await initProject();
    const uncached = await inProject(args, dir, undefined);
    expect(() => readdirSync(cache)).toThrow();
    const cold = await inProject(args, dir, cache);
    expect(cacheFiles(cache).length).toBeGreaterThan(0);
    const warm = await inProject(args, dir, cache);
    expect(uncached.code).toBe(0);
    expect(cold).toEqual(uncached);
    expect(warm).toEqual(uncached);
  });

  it('check keeps every file it read, the criteria file marked as having passed its shape check', async () => {
    const { dir, cache } = await initProject();
    await inProject(['check'], dir, cache);
    const text = cacheFiles(cache).map(read).join('\n');
    for (const name of ['our-criteria.yaml', 'acme-nearshore.yaml', 'vendor-eval.config.yaml']) {
      expect(text).toContain(`"${name}":`);
    }
    expect(text).toContain('["criteria-set"]');
  });

  it('a warm check takes the data from the cache file (an entry changed there shows)', async () => {
    const { dir, cache } = await initProject();
    await inProject(['check'], dir, cache);
    const file = cacheFiles(cache).find((f) => read(f).includes('"acme-nearshore.yaml"')) ?? '';
    writeFileSync(file, read(file).replaceAll('Acme Nearshore Care', 'Cached Acme'));
    const warm = await inProject(['check', '--format', 'json'], dir, cache);
    expect(warm.stdout).toContain('Cached Acme');
  });

  it('a vendor or criteria file edited between runs is read afresh (validate, check)', async () => {
    const { dir, cache } = await initProject();
    expect((await inProject(['check'], dir, cache)).code).toBe(0);
    const vendor = join(dir, 'vendors', 'acme-nearshore.yaml');
    writeFileSync(vendor, `${read(vendor)}colour: blue\n`);
    const set = join(dir, 'criteria', 'our-criteria.yaml');
    writeFileSync(set, read(set).replace(/^name: .*$/m, 'name: Edited criteria'));
    for (const args of [['validate'], ['check'], ['weights']]) {
      const uncached = await inProject(args, dir, undefined);
      expect(await inProject(args, dir, cache)).toEqual(uncached);
    }
    expect((await inProject(['validate'], dir, cache)).stdout).toContain('colour');
    expect((await inProject(['weights'], dir, cache)).stdout).toContain('Edited criteria');
  });
});

describe('ParseCache: a read-only view (check --base on a snapshot)', () => {
  it('reads files under `from` as the same files under `to`, and writes nothing', () => {
    const dir = makeTempDir('vendor-eval-parse-cache-');
    const tree = join(dir, 'tree');
    const snapshot = join(dir, 'snapshot');
    writeFiles(dir, { 'tree/a.yaml': 'a: 1\n', 'snapshot/a.yaml': 'a: 1\n' });
    const cache = join(dir, 'cache');
    const run = new ParseCache(cache);
    run.get(join(tree, 'a.yaml'), 'a: 1\n');
    run.put(join(tree, 'a.yaml'), hashText('a: 1\n'), { a: 1 });
    run.markPassed(join(tree, 'a.yaml'), 'a: 1\n', 'shape');
    run.flush();
    const [file] = cacheFiles(cache);
    const before = read(file!);

    const view = new ParseCache(cache, { from: snapshot, to: tree });
    // the same text at the same place in the snapshot: the working tree's entry and its check
    expect(view.get(join(snapshot, 'a.yaml'), 'a: 1\n')).toEqual({ hit: true, data: { a: 1 } });
    expect(view.passed(join(snapshot, 'a.yaml'), 'a: 1\n', 'shape')).toBe(true);
    // another text (the file changed since the ref), or a file outside the snapshot: a miss
    const other = new ParseCache(cache, { from: snapshot, to: tree });
    expect(other.get(join(snapshot, 'a.yaml'), 'a: 2\n').hit).toBe(false);
    expect(other.passed(join(snapshot, 'a.yaml'), 'a: 2\n', 'shape')).toBe(false);
    expect(other.get(join(tree, 'a.yaml'), 'a: 1\n').hit).toBe(false);
    // nothing it is given is kept: the working tree's entries stay the working tree's
    other.put(join(snapshot, 'a.yaml'), hashText('a: 2\n'), { a: 2 });
    other.markPassed(join(snapshot, 'a.yaml'), 'a: 2\n', 'shape');
    view.flush();
    other.flush();
    expect(cacheFiles(cache)).toEqual([file]);
    expect(read(file!)).toBe(before);
  });
});
