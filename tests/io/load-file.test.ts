import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCriteria } from '../../src/io/criteria-loader.js';
import { loadFile } from '../../src/io/load-file.js';
import { createSourceCache, readCached } from '../../src/io/source-cache.js';
import { loadVendors } from '../../src/io/vendor-loader.js';
import { fixtures, lines, tempDir, writeTree } from './helpers.js';

describe('loadFile', () => {
  it('reads a criteria set once: telling its kind and loading it share one parse', () => {
    const cache = createSourceCache();
    const file = path.join(fixtures, 'valid-set.yaml');
    const loaded = loadFile(file, 'valid-set.yaml', fixtures, cache);
    expect(loaded.kind).toBe('criteria');
    if (loaded.kind !== 'criteria') return;
    // the set and its one built-in include: each parsed once
    expect(loaded.criteria.sources.size).toBe(2);
    expect(cache.size).toBe(2);
    expect(loaded.criteria.set?.id).toBeDefined();
    expect(loaded.criteria.sources.get('valid-set.yaml')).toBe(
      readCached(file, 'valid-set.yaml', cache).source,
    );
  });

  it('reads a vendor file once, and loadVendors takes it from the same cache', () => {
    const cache = createSourceCache();
    const set = loadCriteria('vendor-set.yaml', fixtures, fixtures, cache).set;
    if (!set) throw new Error('vendor-set.yaml does not load');
    const before = cache.size;
    const file = path.join(fixtures, 'vendors/boolean-yes.yaml');
    const loaded = loadFile(file, 'vendors/boolean-yes.yaml', fixtures, cache);
    expect(loaded.kind).toBe('vendor');
    loadVendors([{ path: file, display: 'vendors/boolean-yes.yaml', explicit: true }], set, cache);
    expect(cache.size).toBe(before + 1);
  });

  it('tells the project file and files it cannot read', () => {
    const dir = tempDir();
    writeTree(dir, {
      'vendor-eval.config.yaml': 'criteria: sla\npolicy:\n  minScroe: 1\n',
      'list.yaml': '- 1\n- 2\n',
      'broken.yaml': 'a: [1,\n',
    });
    const config = loadFile(path.join(dir, 'vendor-eval.config.yaml'), 'p', dir);
    expect(config.kind).toBe('config');
    expect(lines(config.issues)).toEqual([
      'vendor-eval.config.yaml:3:3 error unknown key "minScroe" in policy (unknown-key) — did you mean "minScore"?',
    ]);
    expect(loadFile(path.join(dir, 'list.yaml'), 'list.yaml', dir)).toMatchObject({
      kind: 'unknown',
      issues: [],
    });
    const broken = loadFile(path.join(dir, 'broken.yaml'), 'broken.yaml', dir);
    expect(broken.kind).toBe('unknown');
    expect(broken.issues.map((i) => i.rule)).toEqual(['yaml-syntax']);
  });
});
