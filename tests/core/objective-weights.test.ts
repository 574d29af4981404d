import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weightedSum } from '../../src/core/methods/weighted-sum.js';
import { criticWeights } from '../../src/core/scoring/critic-weights.js';
import { columnEntropy, entropyWeights } from '../../src/core/scoring/entropy-weights.js';
import { deriveWeights } from '../../src/core/scoring/derive-weights.js';
import type { PerformanceColumns } from '../../src/core/scoring/evaluate.js';
import { deriveObjectiveWeights } from '../../src/core/scoring/objective-weights.js';
import { rankVendors } from '../../src/core/scoring/rank.js';
import { computeWeights } from '../../src/core/scoring/weights.js';
import { group, number, ranked, scale, set, vendor, weightsOf } from './builders.js';
import { match } from '../helpers/match.js';

/** Rows (alternatives) of a published decision matrix → columns (criteria). */
const columnsOf = (rows: readonly (readonly number[])[]): number[][] =>
  (rows[0] ?? []).map((_, j) => rows.map((r) => r[j] ?? NaN));

const critic = (rows: number[][]): number[] => {
  const r = criticWeights(columnsOf(rows));
  if (!('weights' in r)) throw new Error(`CRITIC failed: ${r.failure}`);
  return r.weights;
};
const entropy = (rows: number[][]): number[] => {
  const w = entropyWeights(columnsOf(rows));
  if (!w) throw new Error('entropy: every column constant');
  return w;
};

const expectWeights = (actual: number[], expected: number[], digits: number): void => {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((e, i) => expect(actual[i]).toBeCloseTo(e, digits));
};

// Published matrices (rows = alternatives, columns = criteria), as the cited sources give them.
const elsayed2017 = [
  [7, 312, 1891, 6613, 163],
  [72, 88, 728, 941804, 1078],
  [10, 252, 2594, 3466, 117471],
  [10, 145, 980, 2371, 86329],
  [65, 54, 350, 501, 29897],
  [29, 48, 380, 912, 34051],
  [7, 476, 3300, 78470, 2212],
  [70, 87, 650, 733, 819000],
  [4, 86, 591, 3015, 103],
  [12, 79, 579, 3240, 96098],
  [21, 45, 261, 1253, 453],
  [1, 72, 530, 4333, 0.1048],
];
const xu2004 = [
  [30, 30, 38, 29],
  [19, 54, 86, 29],
  [19, 15, 85, 28.9],
  [68, 70, 60, 29],
];
const zavadskas2016 = [
  [3.0, 100, 10, 7],
  [2.5, 80, 8, 5],
  [1.8, 50, 20, 11],
  [2.2, 70, 12, 9],
];
const ersoy2021 = [
  [256, 8, 41, 1.6, 1.77, 7347.16],
  [256, 8, 32, 1.0, 1.8, 6919.99],
  [256, 8, 53, 1.6, 1.9, 8400],
  [256, 8, 41, 1.0, 1.75, 6808.9],
  [512, 8, 35, 1.6, 1.7, 8479.99],
  [256, 4, 35, 1.6, 1.7, 7499.99],
];
const leeChang2018 = [
  [4550, 30, 6.74, 20, 15, 5, 85, 150, 0.87, 4.76],
  [3005, 60.86, 2.4, 35, 27, 4, 26, 200, 0.17, 4.51],
  [2040, 14.85, 1.7, 90, 25, 5, 26, 500, 0.27, 4.19],
  [3370, 99.4, 3.25, 25.3, 54, 3, 45, 222, 0.21, 3.78],
  [3920, 112.6, 4.93, 11.4, 71.7, 2, 50, 100, 0.25, 4.11],
];
const tus2019 = [
  [5000, 3, 3, 4, 3, 2],
  [680, 5, 3, 2, 2, 1],
  [2000, 3, 2, 3, 4, 3],
  [600, 4, 3, 1, 2, 2],
  [800, 2, 4, 3, 3, 4],
];
const diakoulaki1995 = [
  [61, 1.08, 4.33],
  [20.7, 0.26, 4.34],
  [16.3, 1.98, 2.53],
  [9.0, 3.29, 1.65],
  [5.4, 2.77, 2.33],
  [4.0, 4.12, 1.21],
  [-6.1, 3.52, 2.1],
  [-34.6, 3.31, 0.98],
];

describe('entropy weights reproduce published worked examples (direction ignored)', () => {
  it.each([
    {
      source:
        'pymcdm test/test_weights.py TestEntropyWeights (Elsayed, Dawood & Karthikeyan 2017, IJETT 46(2))',
      rows: elsayed2017,
      expected: [0.104991, 0.069124, 0.071373, 0.449937, 0.304575],
      digits: 6,
    },
    {
      source: 'pyrepo-mcda tests/test_weighting_methods.py test_Entropy (Xu 2004, EJOR 156(2))',
      rows: xu2004,
      expected: [0.463, 0.3992, 0.1378, 0.0],
      digits: 4,
    },
    {
      source:
        'pyrepo-mcda test_Entropy2 and docs/notes/mcda-landscape.md §2.5 (Zavadskas & Podvezko 2016, IJITDM 15(2))',
      rows: zavadskas2016,
      expected: [0.1146, 0.1981, 0.4185, 0.2689],
      digits: 4,
    },
    {
      source:
        'scikit-criteria tests/preprocessing/test_weighters.py test_EntropyWeighter_simple_matrix',
      rows: [
        [1, 2],
        [4, 16],
      ],
      expected: [0.358889, 0.641111],
      digits: 5,
    },
  ])('$source', ({ rows, expected, digits }) => {
    expectWeights(entropy(rows), expected, digits);
  });

  // These two sources print 3 decimals only, so they are compared at the precision published.
  it.each([
    {
      source: 'pyrepo-mcda test_Entropy3 (Ersoy 2021, LogForum 17(3))',
      rows: ersoy2021,
      expected: [0.405, 0.221, 0.134, 0.199, 0.007, 0.034],
    },
    {
      source: 'pyrepo-mcda test_Entropy4 (Lee & Chang 2018, RSER 92)',
      rows: leeChang2018,
      expected: [0.026, 0.154, 0.089, 0.199, 0.115, 0.04, 0.08, 0.123, 0.172, 0.002],
    },
  ])('$source (3 decimals as published)', ({ rows, expected }) => {
    expectWeights(entropy(rows), expected, 3);
  });

  it('matches an independent NumPy recomputation of the textbook formula to 1e-9 (Ersoy 2021, Zavadskas 2016)', () => {
    // numpy: P = X / X.sum(0); E = −Σ P ln P / ln m; d = 1 − E; w = d / Σd
    expectWeights(
      entropy(ersoy2021),
      [0.4047317568, 0.221290679, 0.1335727886, 0.1994158342, 0.0068013627, 0.0341875786],
      9,
    );
    expectWeights(
      entropy(zavadskas2016),
      [0.1145754499, 0.1980819718, 0.4184612446, 0.2688813337],
      9,
    );
  });

  it('takes 0 · ln 0 = 0, unlike pymcdm (≤ 1.3.1: a zero gives E = 0; 1.4.0: a zero is refused)', () => {
    // column [0, 1, 1, 1]: p = (0, ⅓, ⅓, ⅓), E = ln 3 / ln 4 = 0.792481…
    expect(columnEntropy([0, 1, 1, 1])).toBeCloseTo(Math.log(3) / Math.log(4), 12);
    expectWeights(
      entropy([
        [0, 5],
        [1, 1],
        [1, 2],
        [1, 3],
      ]),
      [0.6639448188, 0.3360551812],
      9,
    );
  });

  it('gives a constant column entropy 1 and weight 0 exactly; all constant gives no weights', () => {
    expect(columnEntropy([4, 4, 4])).toBe(1);
    expect(columnEntropy([0, 0])).toBe(1);
    expect(
      entropyWeights([
        [4, 4, 4],
        [1, 2, 3],
      ]),
    ).toEqual([0, 1]);
    expect(
      entropyWeights([
        [4, 4, 4],
        [0, 0, 0],
      ]),
    ).toBeUndefined();
  });
});

describe('CRITIC weights reproduce published worked examples (direction ignored)', () => {
  it('Diakoulaki, Mavrotas & Papayannakis 1995 — scikit-criteria test_weighters.py test_CRITIC_diakoulaki1995determining', () => {
    expectWeights(critic(diakoulaki1995), [0.20222554, 0.48090173, 0.31687273], 7);
  });

  it('Tuş & Aytaç Adalı 2019, Opsearch 56(2) — pymcdm TestCRITICWeights and pyrepo-mcda test_critic (3 decimals as published)', () => {
    expectWeights(critic(tus2019), [0.157, 0.249, 0.168, 0.121, 0.154, 0.151], 3);
  });

  it('Tuş 2019 matches an independent NumPy recomputation to 1e-9', () => {
    // numpy: N = min-max(X); C = N.std(0) · Σ(1 − corrcoef(N)); w = C / ΣC
    expectWeights(
      critic(tus2019),
      [0.157003432, 0.2494892432, 0.1676752492, 0.1211002224, 0.1540992916, 0.1506325616],
      9,
    );
  });

  it('gives a constant column weight 0 and leaves it out of the conflict sums', () => {
    const withConstant = criticWeights([[7, 7, 7, 7, 7, 7, 7, 7], ...columnsOf(diakoulaki1995)]);
    expect('weights' in withConstant && withConstant.weights[0]).toBe(0);
    if ('weights' in withConstant)
      expectWeights(withConstant.weights.slice(1), [0.20222554, 0.48090173, 0.31687273], 7);
  });

  it('gives the one varying column weight 1, and fails on no variation or perfect correlation', () => {
    expect(
      criticWeights([
        [1, 1, 1],
        [1, 2, 3],
      ]),
    ).toEqual({ weights: [0, 1] });
    expect(
      criticWeights([
        [1, 1, 1],
        [2, 2, 2],
      ]),
    ).toEqual({ failure: 'constant' });
    expect(
      criticWeights([
        [1, 2, 3],
        [10, 20, 30],
      ]),
    ).toEqual({ failure: 'correlated' });
  });
});

describe('objective weights: properties', () => {
  const matrix = (min: number) =>
    fc
      .record({ m: fc.integer({ min: 3, max: 8 }), n: fc.integer({ min: 2, max: 6 }) })
      .chain(({ m, n }) =>
        fc.record({
          columns: fc.array(
            fc.array(fc.integer({ min, max: 1000 }), { minLength: m, maxLength: m }),
            { minLength: n, maxLength: n },
          ),
          order: fc.shuffledSubarray(
            Array.from({ length: m }, (_, i) => i),
            { minLength: m, maxLength: m },
          ),
          factor: fc.double({ min: 0.001, max: 1000, noNaN: true }),
          column: fc.nat({ max: n - 1 }),
        }),
      );
  const methods = [
    { name: 'entropy', min: 0, weigh: (c: number[][]) => entropyWeights(c) },
    {
      name: 'critic',
      min: -1000,
      weigh: (c: number[][]) => {
        const r = criticWeights(c);
        return 'weights' in r ? r.weights : undefined;
      },
    },
  ];

  it.each(methods)(
    '$name: weights are non-negative and sum to 1; permuting vendors changes nothing; scaling a column by k > 0 changes nothing',
    ({ min, weigh }) => {
      fc.assert(
        fc.property(matrix(min), ({ columns, order, factor, column }) => {
          const w = weigh(columns);
          fc.pre(w !== undefined);
          if (!w) return;
          for (const x of w) expect(x).toBeGreaterThanOrEqual(0);
          expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);

          const permuted = columns.map((col) => order.map((i) => col[i] ?? NaN));
          expectWeights(weigh(permuted) ?? [], w, 9);

          const scaled = columns.map((col, j) => (j === column ? col.map((v) => v * factor) : col));
          expectWeights(weigh(scaled) ?? [], w, 9);
        }),
        { numRuns: 300 },
      );
    },
  );
});

describe('entropy and critic in the weight tree', () => {
  const tree = (method: 'entropy' | 'critic') =>
    set([
      group('service', [number('aht'), number('fcr'), number('csat')], {
        weight: 3,
        weighting: { method },
      }),
      scale('culture', { weight: 1 }),
    ]);
  const zavadskasVendors = zavadskas2016.map((r, i) =>
    vendor(`v${i}`, { aht: r[0] ?? 0, fcr: r[1] ?? 0, csat: r[2] ?? 0, culture: 3 }),
  );
  const columns = (cols: Record<string, (number | null)[]>): PerformanceColumns =>
    new Map(Object.entries(cols));

  it('computeWeights takes the group weights from the columns and the rest as written', () => {
    const s = tree('entropy');
    const w = weightsOf(
      s.root,
      new Map(),
      columns({ aht: [3, 2.5, 1.8, 2.2], fcr: [100, 80, 50, 70], csat: [10, 8, 20, 12] }),
    );
    // the first three Zavadskas 2016 columns, renormalised: d = (1 − E) of each
    const d = columnsOf(zavadskas2016)
      .slice(0, 3)
      .map((c) => 1 - columnEntropy(c));
    const total = d.reduce((a, b) => a + b, 0);
    expect(w.get('service')?.global).toBeCloseTo(0.75, 12);
    expect(w.get('aht')?.local).toBeCloseTo((d[0] ?? NaN) / total, 12);
    expect(w.get('csat')?.global).toBeCloseTo((0.75 * (d[2] ?? NaN)) / total, 12);
  });

  it('rankVendors derives the weights over the vendors and fills them into every record', () => {
    const s = tree('critic');
    const ranking = ranked(s, zavadskasVendors, { method: weightedSum, missing: 'zero' });
    const expected = criticWeights(columnsOf(zavadskas2016.map((r) => r.slice(0, 3))));
    if (!('weights' in expected)) throw new Error('CRITIC failed');
    const first = ranking.vendors[0];
    const record = first?.criteria.find((c) => c.id === 'fcr');
    expect(record?.weight).toBeCloseTo(0.75 * (expected.weights[1] ?? NaN), 12);
    expect(record?.contribution).toBeCloseTo(
      100 * (record?.weight ?? NaN) * (record?.utility ?? NaN),
      12,
    );
    const total = (first?.criteria ?? []).reduce((sum, c) => sum + c.weight, 0);
    expect(total).toBeCloseTo(1, 12);
  });

  it('ignores unanswered cells: entropy per column, CRITIC over the vendors who answered all', () => {
    const cols = columns({
      aht: [3, 2.5, 1.8, 2.2, null],
      fcr: [100, 80, 50, 70, 90],
      csat: [10, 8, 20, 12, 14],
    });
    const e = deriveObjectiveWeights(tree('entropy').root, cols).local.get('service') ?? [];
    const fcr = [100, 80, 50, 70, 90];
    const d = [[3, 2.5, 1.8, 2.2], fcr, [10, 8, 20, 12, 14]].map((c) => 1 - columnEntropy(c));
    const sum = d.reduce((a, b) => a + b, 0);
    expectWeights(
      e,
      d.map((x) => x / sum),
      12,
    );
    const c = deriveObjectiveWeights(tree('critic').root, cols).local.get('service') ?? [];
    const ref = criticWeights([
      [3, 2.5, 1.8, 2.2],
      [100, 80, 50, 70],
      [10, 8, 20, 12],
    ]);
    expectWeights(c, 'weights' in ref ? ref.weights : [], 12);
  });

  it('without performance data an entropy group is a vendors-needed issue naming it, not a throw', () => {
    const r = computeWeights(tree('entropy').root);
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'vendors-needed',
        message: match.stringContaining('"service" is weighted by entropy'),
      }),
    ]);
    // the weights command without vendor files
    expect(deriveWeights(tree('entropy'), undefined).issues.map((i) => i.rule)).toEqual([
      'vendors-needed',
    ]);
  });

  it('fewer than 2 vendors with answers is a too-few-vendors issue at the group’s weighting', () => {
    const one = columns({ aht: [3, null], fcr: [100, 80], csat: [10, 8] });
    const e = deriveObjectiveWeights(tree('entropy').root, one);
    expect(e.local.has('service')).toBe(false);
    expect(e.issues).toEqual([
      {
        severity: 'error',
        rule: 'too-few-vendors',
        message:
          'entropy weighting of "service" needs at least 2 vendors with answers: "aht" answered by 1 vendor',
        hint: 'name more vendor files, or give the group another weighting',
        file: 'test.yaml',
        path: ['weighting'],
      },
    ]);
    expect(deriveObjectiveWeights(tree('critic').root, one).issues).toEqual([
      expect.objectContaining({
        rule: 'too-few-vendors',
        message: match.stringContaining('only 1 vendor answers all of its criteria'),
      }),
    ]);
  });

  it.each(['entropy', 'critic'] as const)(
    'rankVendors returns a too-few-vendors issue (no throw) for a %s set with one vendor',
    (method) => {
      const r = rankVendors(tree(method), zavadskasVendors.slice(0, 1), {
        method: weightedSum,
        missing: 'zero',
      });
      expect(r.ok).toBe(false);
      expect(r.value).toBeUndefined();
      expect(r.issues).toEqual([
        expect.objectContaining({
          severity: 'error',
          rule: 'too-few-vendors',
          file: 'test.yaml',
          path: ['weighting'],
        }),
      ]);
    },
  );

  it('rankVendors passes a constant-column warning on with the ranking', () => {
    const vs = zavadskasVendors.map((v) => ({
      ...v,
      answers: new Map(
        [...v.answers].map(([k, a]) => [k, k === 'aht' ? [{ ...a[0]!, value: 3 }] : a]),
      ),
    }));
    const r = rankVendors(tree('entropy'), vs, { method: weightedSum, missing: 'zero' });
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => [i.severity, i.rule])).toEqual([['warning', 'constant-column']]);
  });

  it('a negative value under entropy is an error at the criterion, with a hint', () => {
    const d = deriveObjectiveWeights(
      tree('entropy').root,
      columns({ aht: [3, 2], fcr: [-5, 80], csat: [10, 8] }),
    );
    expect(d.local.has('service')).toBe(false);
    expect(d.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'negative-value',
        message: 'entropy weighting needs values of 0 or more, but "fcr" has -5',
        file: 'test.yaml',
        hint: match.stringContaining('critic'),
      }),
    ]);
    const w = computeWeights(
      tree('entropy').root,
      new Map(),
      columns({ aht: [3, 2], fcr: [-5, 80], csat: [10, 8] }),
    );
    expect(w.ok).toBe(false);
    expect(w.issues.map((i) => i.rule)).toEqual(['negative-value']);
  });

  it.each(['entropy', 'critic'] as const)(
    '%s: one constant column is a warning and weight 0; every column constant is an error at the group’s weighting',
    (method) => {
      const one = deriveObjectiveWeights(
        tree(method).root,
        columns({ aht: [3, 3, 3], fcr: [100, 80, 50], csat: [10, 8, 20] }),
      );
      expect(one.local.get('service')?.[0]).toBe(0);
      expect(one.issues).toEqual([
        expect.objectContaining({
          severity: 'warning',
          rule: 'constant-column',
          message: match.stringContaining('"aht"'),
        }),
      ]);
      const all = deriveObjectiveWeights(
        tree(method).root,
        columns({ aht: [3, 3, 3], fcr: [80, 80, 80], csat: [0, 0, 0] }),
      );
      expect(all.local.has('service')).toBe(false);
      expect(all.issues).toEqual([
        expect.objectContaining({
          severity: 'error',
          rule: 'constant-group',
          path: ['weighting'],
          message: match.stringContaining(`${method} weighting of "service" cannot derive weights`),
          hint: match.any(String),
        }),
      ]);
    },
  );

  it('a group holding a sub-group cannot use entropy', () => {
    const s = set([
      group('g', [group('inner', [scale('a')]), scale('b')], { weighting: { method: 'entropy' } }),
    ]);
    const d = deriveObjectiveWeights(s.root, columns({ a: [1, 2], b: [3, 4] }));
    expect(d.issues[0]).toMatchObject({ rule: 'invalid-weighting', path: ['weighting'] });
  });
});
