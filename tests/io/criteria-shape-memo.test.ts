import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { criteriaSetSchema } from '../../src/core/model/criteria-schema.js';
import { loadCriteria } from '../../src/io/criteria-loader.js';
import { builtinCriteriaDir, builtinSetIds, shippedParse } from '../../src/io/builtin.js';
import { ParseCache } from '../../src/io/parse-cache.js';
import { createSourceCache } from '../../src/io/source-cache.js';
import { repoRoot } from '../cli/run-cli.js';
import { makeTempDir } from '../helpers/temp.js';

const setFixture = join(repoRoot, 'tests', 'fixtures', 'score', 'set.yaml');

/** A folder holding the test set as set.yaml, and a cache folder beside it. */
function project(): { dir: string; set: string; cache: string } {
  const dir = makeTempDir('vendor-eval-shape-memo-');
  cpSync(setFixture, join(dir, 'set.yaml'));
  return { dir, set: join(dir, 'set.yaml'), cache: join(dir, 'cache') };
}

/**
 * Loads the set as one run would (a new parse cache in `cache`, flushed after; undefined: no
 * cache): the set, every issue, and the text and data of each file read.
 */
function load(dir: string, cache: string | undefined) {
  const parseCache = cache === undefined ? undefined : new ParseCache(cache);
  const loaded = loadCriteria('set.yaml', dir, dir, createSourceCache(parseCache));
  parseCache?.flush();
  const sources = [...loaded.sources.values()].map((s) => [s.file, s.text, s.data]);
  return { set: loaded.set, issues: loaded.issues, sources };
}

/** How many times the criteria schema checked a file while `run` ran. */
function shapeChecks(run: () => void): number {
  const spy = vi.spyOn(criteriaSetSchema, 'safeParse');
  try {
    run();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

function cacheText(cache: string): string {
  return readdirSync(join(cache, 'parse'))
    .map((f) => readFileSync(join(cache, 'parse', f), 'utf8'))
    .join('\n');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the criteria shape check, remembered by the parse cache', () => {
  it('is made on a cold run, marked, and skipped on a warm one with the same result', () => {
    const { dir, cache } = project();
    let uncached: ReturnType<typeof load> | undefined;
    let cold: ReturnType<typeof load> | undefined;
    let warm: ReturnType<typeof load> | undefined;
    expect(shapeChecks(() => (uncached = load(dir, undefined)))).toBe(1);
    expect(shapeChecks(() => (cold = load(dir, cache)))).toBe(1);
    expect(cacheText(cache)).toContain('"criteria-set"');
    expect(shapeChecks(() => (warm = load(dir, cache)))).toBe(0);
    expect(uncached?.set).toBeDefined();
    expect(cold).toEqual(uncached);
    expect(warm).toEqual(uncached);
  });

  it('checks a file edited since it was marked again', () => {
    const { dir, set, cache } = project();
    load(dir, cache);
    const text = readFileSync(set, 'utf8');
    // still a valid set, one character changed
    const edited = text.replace(/^name: (.*)$/m, 'name: $1!');
    expect(edited).not.toBe(text);
    writeFileSync(set, edited);
    let after: ReturnType<typeof load> | undefined;
    expect(shapeChecks(() => (after = load(dir, cache)))).toBe(1);
    expect(after).toEqual(load(dir, undefined));
    // and marks the new text
    expect(shapeChecks(() => load(dir, cache))).toBe(0);
  });

  it('never marks a file that fails the check: it is checked, and its errors given, every run', () => {
    const { dir, set, cache } = project();
    writeFileSync(set, `${readFileSync(set, 'utf8')}colour: blue\n`);
    const uncached = load(dir, undefined);
    expect(uncached.set).toBeUndefined();
    expect(uncached.issues.some((i) => i.severity === 'error')).toBe(true);
    for (let run = 0; run < 2; run++) {
      let loaded: ReturnType<typeof load> | undefined;
      expect(shapeChecks(() => (loaded = load(dir, cache)))).toBe(1);
      expect(loaded).toEqual(uncached);
    }
    expect(cacheText(cache)).not.toContain('"criteria-set"');
  });

  it('without a parse cache (--no-cache) the check is made every time', () => {
    const { dir } = project();
    expect(shapeChecks(() => load(dir, undefined))).toBe(1);
    expect(shapeChecks(() => load(dir, undefined))).toBe(1);
  });

  it('skips the check for unchanged shipped files, which the build loaded: each passes it as is', () => {
    let shippedFiles = 0;
    for (const file of builtinSetIds().map((id) => join(builtinCriteriaDir(), `${id}.yaml`))) {
      const shipped = shippedParse(file);
      if (!shipped?.prevalidated) continue;
      shippedFiles++;
      const parsed = criteriaSetSchema.safeParse(shipped.data());
      expect(parsed.success, file).toBe(true);
      expect(isDeepStrictEqual(parsed.data, shipped.data()), file).toBe(true);
    }
    expect(shippedFiles).toBeGreaterThan(3);
    const dir = makeTempDir('vendor-eval-shape-memo-');
    writeFileSync(
      join(dir, 'set.yaml'),
      'id: mine\nname: Mine\ninclude:\n  - set: customer-service\n',
    );
    let loaded: ReturnType<typeof load> | undefined;
    // only the user's own file is checked, with or without a cache
    expect(shapeChecks(() => (loaded = load(dir, undefined)))).toBe(1);
    expect(loaded?.set).toBeDefined();
    expect(loaded?.sources.length).toBeGreaterThan(2);
  });
});
