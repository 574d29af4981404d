// AHP inside the weight tree: local and global weights, and the per-node report of `weights --format json`.
import { describe, expect, it } from 'vitest';
import { ahpReports, supportedWeightings } from '../../src/core/scoring/weights.js';
import { formatWeightsJson } from '../../src/report/weights-json.js';
import { boolean, group, set, weightsOf } from './builders.js';
import { match } from '../helpers/match.js';

// The Bozóki–Fülöp–Rónyai 4×4 example (see ahp-published.test.ts) as a category's weighting.
const bfr = () =>
  set([
    group('quality', [boolean('a'), boolean('b'), boolean('c'), boolean('d')], {
      weight: 3,
      weighting: {
        method: 'ahp',
        riTable: 'donegan-dodd',
        comparisons: [
          ['a', 'b', 1],
          ['a', 'c', 5],
          ['a', 'd', '2'],
          ['b', 'c', 3],
          ['b', 'd', 4],
        ],
      },
    }),
    boolean('price', { weight: 1 }),
  ]);

describe('ahp weighting in the tree', () => {
  it('is supported', () => {
    expect(supportedWeightings).toContain('ahp');
  });

  it('gives the eigenvector as local weights and multiplies down the path', () => {
    const w = weightsOf(bfr().root);
    expect(w.get('quality')?.global).toBeCloseTo(0.75, 12);
    const expected = { a: 0.3738, b: 0.392, c: 0.0985, d: 0.1357 };
    for (const [id, local] of Object.entries(expected)) {
      expect(w.get(id)?.local, id).toBeCloseTo(local, 4);
      expect(w.get(id)?.global, id).toBeCloseTo(0.75 * (w.get(id)?.local ?? NaN), 12);
    }
  });

  it('reports each AHP node: priorities by id, λmax, CI, CR, RI table, consistency, completions', () => {
    const [report, ...rest] = ahpReports(bfr().root);
    expect(rest).toEqual([]);
    expect(report).toMatchObject({
      node: 'quality',
      method: 'eigenvector',
      riTable: 'donegan-dodd',
      consistent: true,
    });
    expect(Object.keys(report?.priorities ?? {})).toEqual(['a', 'b', 'c', 'd']);
    expect(report?.cr).toBeCloseTo(0.0372, 4);
    expect(report?.ci).toBeCloseTo((report?.cr ?? NaN) * 0.8286, 12);
    expect(report?.lambdaMax).toBeCloseTo(4 + 3 * (report?.ci ?? NaN), 12);
    expect(report?.completed).toHaveLength(1);
    expect(report?.completed[0]?.[2]).toBeCloseTo(Math.sqrt(8 / 15), 10);
  });

  it('fills the `ahp` array of weights --format json in the SPEC shape', () => {
    const s = bfr();
    const doc = JSON.parse(formatWeightsJson(s, weightsOf(s.root))) as {
      ahp: Record<string, unknown>[];
    };
    expect(doc.ahp).toHaveLength(1);
    expect(Object.keys(doc.ahp[0] ?? {})).toEqual([
      'node',
      'method',
      'priorities',
      'lambdaMax',
      'ci',
      'cr',
      'riTable',
      'consistent',
      'completed',
    ]);
    expect(doc.ahp[0]?.completed).toEqual([['c', 'd', match.closeTo(0.7302967433, 9)]]);
  });

  it('lists nested AHP nodes depth first and none for direct weighting', () => {
    const inner = group('inner', [boolean('x'), boolean('y')], {
      weighting: { method: 'ahp', comparisons: [['x', 'y', '1/4']] },
    });
    const s = set([
      group('outer', [inner, boolean('z')], {
        weighting: { method: 'ahp', comparisons: [['inner', 'z', 3]] },
      }),
    ]);
    expect(ahpReports(s.root).map((r) => [r.node, r.priorities])).toEqual([
      ['outer', { inner: match.closeTo(0.75, 12), z: match.closeTo(0.25, 12) }],
      ['inner', { x: match.closeTo(0.2, 12), y: match.closeTo(0.8, 12) }],
    ]);
    expect(ahpReports(set([boolean('p'), boolean('q')]).root)).toEqual([]);
  });
});
