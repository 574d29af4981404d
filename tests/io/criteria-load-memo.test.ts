import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCriteria } from '../../src/io/criteria-loader.js';
import { createSourceCache } from '../../src/io/source-cache.js';
import { repoRoot } from '../cli/run-cli.js';
import { makeTempDir } from '../helpers/temp.js';

/** A folder holding the scoring tests' set as set.yaml. */
function folder(): string {
  const dir = makeTempDir('vendor-eval-load-memo-');
  cpSync(join(repoRoot, 'tests', 'fixtures', 'score', 'set.yaml'), join(dir, 'set.yaml'));
  return dir;
}

describe('loadCriteria within one run (one source cache)', () => {
  it('loads a set once: the same set again, with lists of its own to change', () => {
    const dir = folder();
    const cache = createSourceCache();
    const first = loadCriteria('set.yaml', dir, dir, cache);
    // the file changes on disk: the run's cache has read it, so the run keeps the set it read
    writeFileSync(join(dir, 'set.yaml'), 'id: [not a set\n');
    const again = loadCriteria('set.yaml', dir, dir, cache);
    expect(first.set).toBeDefined();
    expect(again.set).toBe(first.set);
    expect(again).toStrictEqual(first);
    // a caller that adds to its issues or sources does not change the next caller's
    expect(again.issues).not.toBe(first.issues);
    expect(again.sources).not.toBe(first.sources);
    again.issues.push({ severity: 'warning', rule: 'unknown-key', message: 'added by a caller' });
    expect(loadCriteria('set.yaml', dir, dir, cache).issues).toStrictEqual(first.issues);
  });

  it('loads it afresh for another working directory, and for another run (another cache)', () => {
    const dir = folder();
    const cache = createSourceCache();
    const first = loadCriteria('set.yaml', dir, dir, cache);
    // files are named from the working directory: another one is another load
    const elsewhere = loadCriteria(join(dir, 'set.yaml'), repoRoot, dir, cache);
    expect(elsewhere.set?.id).toBe(first.set?.id);
    expect(elsewhere.set).not.toBe(first.set);
    writeFileSync(join(dir, 'set.yaml'), 'id: [not a set\n');
    const next = loadCriteria('set.yaml', dir, dir, createSourceCache());
    expect(next.set).toBeUndefined();
    expect(next.issues.some((i) => i.severity === 'error')).toBe(true);
  });
});
