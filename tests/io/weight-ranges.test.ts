import { describe, expect, it } from 'vitest';
import { loadCriteria } from '../../src/io/criteria-loader.js';
import { lines, tempDir, writeTree } from './helpers.js';

function load(files: Record<string, string>) {
  const dir = tempDir();
  writeTree(dir, files);
  return loadCriteria('s.yaml', dir);
}

describe('weights written as ranges', () => {
  it('a range is used at its middle and kept as weightRange, on criteria, categories and includes', () => {
    const loaded = load({
      's.yaml': [
        'id: s',
        'include:',
        '  - { set: part.yaml, weight: { min: 1, max: 2 } }',
        'categories:',
        '  - id: service',
        '    weight: { min: 2, max: 4 }',
        '    criteria:',
        '      - { id: sla, type: scale, weight: { min: 1, max: 3 } }',
        '      - { id: csat, type: scale, weight: 2 }',
        '',
      ].join('\n'),
      'part.yaml': 'id: part\ncriteria:\n  - { id: price, type: scale }\n',
    });
    expect(lines(loaded.issues)).toEqual([]);
    const [service, part] = loaded.set?.root.children ?? [];
    expect([service?.weight, service?.weightRange]).toEqual([3, { min: 2, max: 4 }]);
    expect([part?.weight, part?.weightRange]).toEqual([1.5, { min: 1, max: 2 }]);
    expect(loaded.set?.criteria.map((c) => [c.id, c.weight, c.weightRange])).toEqual([
      ['sla', 2, { min: 1, max: 3 }],
      ['csat', 2, undefined],
      ['price', 1, undefined],
    ]);
  });

  it('refuses min above max, at the weight key, saying the fix', () => {
    const loaded = load({
      's.yaml': 'id: s\ncriteria:\n  - id: sla\n    type: scale\n    weight: { min: 3, max: 1 }\n',
    });
    expect(loaded.set).toBeUndefined();
    expect(lines(loaded.issues)).toEqual([
      's.yaml:5:5 error the weight range of "sla" runs from 3 down to 1: min is above max (invalid-weight-range) — write the low weight as min and the high one as max: { min: 1, max: 3 }',
    ]);
  });

  it('refuses a negative bound and an unknown key', () => {
    const loaded = load({
      's.yaml': 'id: s\ncriteria:\n  - { id: sla, type: scale, weight: { min: -1, high: 2 } }\n',
    });
    expect(lines(loaded.issues)).toEqual([
      's.yaml:3:44 error criteria[0].weight.min must be at least 0, found number -1 (out-of-range)',
      's.yaml:3:37 error criteria[0].weight.max is required (required)',
      's.yaml:3:48 error unknown key "high" in criteria[0].weight (unknown-key) — allowed keys: min, max',
    ]);
  });

  it('refuses a range under a group whose weights are derived', () => {
    const loaded = load({
      's.yaml': [
        'id: s',
        'weighting: { method: roc, order: [a, b] }',
        'criteria:',
        '  - { id: a, type: scale, weight: { min: 1, max: 2 } }',
        '  - { id: b, type: scale }',
        '',
      ].join('\n'),
    });
    expect(loaded.set).toBeUndefined();
    expect(lines(loaded.issues)).toEqual([
      's.yaml:4:27 error "a" has a weight range, but "s" derives its children\'s weights by roc, so the range would never be used (weight-range-unused) — remove the range, or drop the `weighting` of "s" to weight its children directly',
    ]);
  });

  it('siblings whose ranges all end at 0 cannot be normalised', () => {
    const loaded = load({
      's.yaml':
        'id: s\ncriteria:\n  - { id: a, type: scale, weight: { min: 0, max: 0 } }\n  - { id: b, type: scale, weight: 0 }\n',
    });
    expect(lines(loaded.issues)).toEqual([
      's.yaml:3:35 error every child of "s" has weight 0, so their weights cannot be normalised (zero-weights) — give at least one of them a positive weight',
    ]);
  });
});
