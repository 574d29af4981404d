import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { findMethod, validateMethodOptions } from '../../../src/core/methods/index.js';
import type { MethodInput, MethodOutput } from '../../../src/core/methods/types.js';
import { compromiseSet, vikor } from '../../../src/core/methods/vikor.js';
import { methodInput, problemArb, type Dir } from './fixtures.js';
import { boolean, number, ranked, set, vendor } from '../builders.js';

interface Problem {
  matrix: (number | null)[][];
  weights: number[];
  directions: Dir[];
  v?: number;
  ids?: string[];
  reference?: boolean[];
  missing?: 'zero' | 'exclude';
}

/** A MethodInput from a decision matrix (rows = alternatives A1, A2, …; criteria C1, C2, …). */
const input = (p: Problem): MethodInput =>
  methodInput({
    performance: p.matrix,
    utilities: p.matrix.map((row) => row.map(() => 0)),
    weights: p.weights,
    directions: p.directions,
    ids: p.ids ?? p.matrix.map((_, i) => `A${i + 1}`),
    criterionIds: p.weights.map((_, j) => `C${j + 1}`),
    missing: p.missing,
    reference: p.reference,
    options: p.v === undefined ? {} : { v: p.v },
  });

const run = (p: Problem): MethodOutput => vikor.score(input(p));
const column = (out: MethodOutput, key: 'S' | 'R' | 'Q'): number[] =>
  (out.details ?? []).map((d) => d[key] ?? NaN);
const compromiseOf = (out: MethodOutput) => out.summary?.compromise;

/** Every element of `actual` within `tol` of `expected`. */
function expectClose(actual: number[], expected: number[], tol: number): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(Math.abs(a - (expected[i] ?? NaN))).toBeLessThanOrEqual(tol));
}

const same = (n: number, w = 1 / n): number[] => Array.from({ length: n }, () => w);
const higher = (n: number): Dir[] => Array.from({ length: n }, () => 'higher');

describe('VIKOR: published worked examples', () => {
  it('is registered as `vikor`', () => {
    expect(findMethod('vikor')).toBe(vikor);
  });

  // Opricovic, S. & Tzeng, G.-H. (2004). Compromise solution by MCDM methods: A comparative
  // analysis of VIKOR and TOPSIS. EJOR 156(2), 445–455, numerical example: risk (min) and
  // altitude (max), equal weights, v = 0.5. The same figures are in scikit-criteria
  // tests/agg/test_vikor.py::test_VIKOR_opricovic2004compromise (plus a shifted variant) and
  // pymcdm test/test_mcdm.py TestVIKOR::test_output_opricovic (Q = [1, 0, 1]).
  describe('Opricovic & Tzeng 2004 numerical example', () => {
    const base: Problem = {
      matrix: [
        [1, 3000],
        [2, 3750],
        [5, 4500],
      ],
      weights: [0.5, 0.5],
      directions: ['lower', 'higher'],
    };
    const shifted: Problem = {
      ...base,
      matrix: base.matrix.map(([r, a]) => [r! + 5, a! / 1000 - 1]),
    };

    it.each([
      ['original', base],
      ['shifted (scikit-criteria variant)', shifted],
    ])('%s: S, R, Q and the compromise {A2} with C1 and C2', (_, p) => {
      const out = run(p);
      expectClose(column(out, 'S'), [0.5, 0.375, 0.5], 1e-12);
      expectClose(column(out, 'R'), [0.5, 0.25, 0.5], 1e-12);
      expectClose(column(out, 'Q'), [1, 0, 1], 1e-12);
      expectClose(out.scores, [0, 100, 0], 1e-9);
      expect(compromiseOf(out)).toEqual({
        vendors: ['A2'],
        acceptableAdvantage: true,
        acceptableStability: true,
      });
    });
  });

  // pymcdm test/test_mcdm.py TestVIKOR::test_output_yang, after Yang, W. & Wu, Y. (2020). A new
  // improvement method to avoid rank reversal in VIKOR. IEEE Access 8, 21261–21271.
  describe('Yang & Wu 2020 (pymcdm TestVIKOR)', () => {
    const out = run({
      matrix: [
        [78, 56, 34, 6],
        [4, 45, 3, 97],
        [18, 2, 50, 63],
        [9, 14, 11, 92],
        [85, 9, 100, 29],
      ],
      weights: same(4),
      directions: higher(4),
    });

    it('Q = [0.5679, 0.7667, 1, 0.7493, 0] to 4 decimals', () => {
      expectClose(column(out, 'Q'), [0.5679, 0.7667, 1, 0.7493, 0], 5e-5);
    });

    it('S and R from the linear distances (ranges 81, 54, 97, 91)', () => {
      // Hand-derived: A5 regrets 47/54 on C2 and 68/91 on C4; A3 is the worst by S.
      const S5 = 0.25 * (47 / 54 + 68 / 91);
      const S3 = 0.25 * (67 / 81 + 1 + 50 / 97 + 34 / 91);
      expectClose(
        column(out, 'S'),
        [
          0.25 * (7 / 81 + 66 / 97 + 1),
          0.25 * (1 + 11 / 54 + 1),
          S3,
          0.25 * (76 / 81 + 42 / 54 + 89 / 97 + 5 / 91),
          S5,
        ],
        1e-12,
      );
      expectClose(column(out, 'R'), [0.25, 0.25, 0.25, 0.25 * (76 / 81), 0.25 * (47 / 54)], 1e-12);
    });

    it('A5 is the compromise: advantage 0.5679 ≥ DQ = 0.25, best by S and R', () => {
      expect(compromiseOf(out)).toEqual({
        vendors: ['A5'],
        acceptableAdvantage: true,
        acceptableStability: true,
      });
    });
  });

  // pyrepo-mcda tests/test_mcda_methods_1.py Test_VIKOR::test_vikor, after Papathanasiou, J. &
  // Ploskas, N. (2018). VIKOR. In Multiple Criteria Decision Aid (pp. 31–55). Springer. v = 0.625.
  // The source publishes Q to 3 decimals.
  describe('Papathanasiou & Ploskas 2018 (pyrepo-mcda Test_VIKOR), v = 0.625', () => {
    const out = run({
      matrix: [
        [8, 7, 2, 1],
        [5, 3, 7, 5],
        [7, 5, 6, 4],
        [9, 9, 7, 3],
        [11, 10, 3, 7],
        [6, 9, 5, 4],
      ],
      weights: [0.4, 0.3, 0.1, 0.2],
      directions: higher(4),
      v: 0.625,
    });

    it('Q = [0.640, 1.000, 0.693, 0.271, 0.000, 0.694] to the published 3 decimals', () => {
      expectClose(column(out, 'Q'), [0.64, 1, 0.693, 0.271, 0, 0.694], 5e-4);
    });

    it('S and R of A1 and A5 from the linear distances (ranges 6, 7, 5, 6)', () => {
      const S = column(out, 'S');
      const R = column(out, 'R');
      expect(S[0]).toBeCloseTo(0.4 * (3 / 6) + 0.3 * (3 / 7) + 0.1 + 0.2, 12);
      expect(R[0]).toBeCloseTo(0.2, 12);
      expect(S[4]).toBeCloseTo(0.1 * (4 / 5), 12);
      expect(R[4]).toBeCloseTo(0.08, 12);
    });

    it('A5 is the compromise with both conditions (Q gap 0.271 ≥ DQ = 0.2)', () => {
      expect(compromiseOf(out)).toEqual({
        vendors: ['A5'],
        acceptableAdvantage: true,
        acceptableStability: true,
      });
    });
  });

  // scikit-criteria tests/agg/test_vikor.py::test_VIKOR (4 alternatives, DUR/CAP/REL, all max).
  it('scikit-criteria test_VIKOR: C1 fails, compromise {A3, A2}', () => {
    const out = run({
      matrix: [
        [5, 8, 4],
        [7, 6, 8],
        [8, 8, 6],
        [7, 4, 6],
      ],
      weights: [0.3, 0.4, 0.3],
      directions: higher(3),
    });
    expectClose(column(out, 'R'), [0.3, 0.2, 0.15, 0.4], 1e-12);
    expectClose(column(out, 'S'), [0.6, 0.3, 0.15, 0.65], 1e-12);
    expectClose(column(out, 'Q'), [0.75, 0.25, 0, 1], 1e-12);
    expect(compromiseOf(out)).toEqual({
      vendors: ['A3', 'A2'],
      acceptableAdvantage: false,
      acceptableStability: true,
    });
  });

  // scikit-criteria tests/agg/test_vikor.py::test_VIKOR_tied: A3 and A4 tie at Q = 0.
  it('scikit-criteria test_VIKOR_tied: tied best Q, compromise {A3, A4, A2}', () => {
    const out = run({
      matrix: [
        [4, 4, 4],
        [7, 6, 8],
        [8, 8, 6],
        [6, 8, 8],
      ],
      weights: [0.3, 0.4, 0.3],
      directions: higher(3),
    });
    expectClose(column(out, 'R'), [0.4, 0.2, 0.15, 0.15], 1e-12);
    expectClose(column(out, 'S'), [1, 0.275, 0.15, 0.15], 1e-12);
    expectClose(column(out, 'Q'), [1, 0.17352941, 0, 0], 5e-9);
    expect(compromiseOf(out)).toEqual({
      vendors: ['A3', 'A4', 'A2'],
      acceptableAdvantage: false,
      acceptableStability: true,
    });
  });

  // scikit-criteria tests/agg/test_vikor.py::test_VIKOR_acceptable_advantage_but_not_stability:
  // only C2 fails, so the compromise is {a′, a″}.
  it('scikit-criteria: acceptable advantage but not stability gives {a′, a″} = {A4, A5}', () => {
    const out = run({
      matrix: [
        [1, 101, 1, 101, 1],
        [101, 1, 101, 1, 101],
        [1, 1, 1, 1, 101],
        [11, 11, 11, 16, 61],
        [56, 56, 56, 56, 56],
      ],
      weights: same(5),
      directions: ['lower', 'lower', 'lower', 'lower', 'lower'],
    });
    expectClose(column(out, 'R'), [0.2, 0.2, 0.2, 0.12, 0.11], 1e-12);
    expectClose(column(out, 'S'), [0.4, 0.6, 0.2, 0.21, 0.55], 1e-12);
    // Q(A4) = 0.5·(0.21 − 0.2)/0.4 + 0.5·(0.12 − 0.11)/0.09 = 0.0125 + 0.0556 (source: 0.068).
    expectClose(column(out, 'Q'), [0.75, 1, 0.5, 0.0125 + 0.5 / 9, 0.4375], 1e-12);
    expect(compromiseOf(out)).toEqual({
      vendors: ['A4', 'A5'],
      acceptableAdvantage: true,
      acceptableStability: false,
    });
  });

  // Opricovic, S. & Tzeng, G.-H. (2007). Extended VIKOR method in comparison with outranking
  // methods. EJOR 178(2), 514–529: six hydro-power alternatives, eight criteria, four weight sets,
  // as in scikit-criteria tests/agg/test_vikor.py::test_VIKOR_opricovic2007extended. The paper
  // publishes 3 decimals.
  describe('Opricovic & Tzeng 2007 extended VIKOR (four weight sets)', () => {
    const matrix = [
      [4184.3, 2914.0, 407.2, 251.0, 195, 244, 15, 2.41],
      [5211.9, 3630.0, 501.7, 308.3, 282, 346, 21, 1.41],
      [5021.3, 3920.5, 504.0, 278.6, 12, 56, 3, 4.42],
      [5566.1, 3957.9, 559.5, 335.3, 167, 268, 16, 3.36],
      [5060.5, 3293.5, 514.1, 284.2, 69, 90, 7, 4.04],
      [4317.9, 2925.9, 432.8, 239.3, 12, 55, 3, 4.36],
    ];
    const directions: Dir[] = [
      'higher',
      'lower',
      'higher',
      'higher',
      'lower',
      'lower',
      'lower',
      'higher',
    ];
    it.each([
      {
        W: [1, 1, 1, 1, 1, 1, 1, 1],
        R: [0.125, 0.125, 0.121, 0.125, 0.067, 0.125],
        S: [0.692, 0.7, 0.29, 0.423, 0.28, 0.346],
        Q: [0.991, 1.0, 0.473, 0.67, 0.0, 0.578],
        compromise: { vendors: ['A5'], acceptableAdvantage: true, acceptableStability: true },
      },
      {
        W: [2, 2, 2, 2, 1, 1, 1, 1],
        R: [0.167, 0.114, 0.161, 0.167, 0.089, 0.167],
        S: [0.701, 0.6, 0.386, 0.365, 0.317, 0.459],
        Q: [1.0, 0.533, 0.552, 0.563, 0.0, 0.686],
        compromise: { vendors: ['A5'], acceptableAdvantage: true, acceptableStability: true },
      },
      {
        W: [1, 1, 1, 1, 2, 2, 2, 2],
        R: [0.113, 0.167, 0.08, 0.122, 0.044, 0.083],
        S: [0.683, 0.8, 0.193, 0.48, 0.243, 0.232],
        Q: [0.684, 1.0, 0.147, 0.554, 0.041, 0.191],
        compromise: {
          vendors: ['A5', 'A3', 'A6'],
          acceptableAdvantage: false,
          acceptableStability: true,
        },
      },
      {
        W: [1, 1, 1, 1, 3.2, 3.2, 3.2, 3.2],
        R: [0.129, 0.19, 0.057, 0.139, 0.042, 0.06],
        S: [0.678, 0.857, 0.138, 0.513, 0.222, 0.167],
        Q: [0.668, 1.0, 0.051, 0.588, 0.058, 0.078],
        compromise: {
          vendors: ['A3', 'A5', 'A6'],
          acceptableAdvantage: false,
          acceptableStability: true,
        },
      },
    ])('weights $W', ({ W, R, S, Q, compromise }) => {
      const total = W.reduce((a, b) => a + b, 0);
      const out = run({ matrix, weights: W.map((w) => w / total), directions });
      expectClose(column(out, 'R'), R, 1e-3);
      expectClose(column(out, 'S'), S, 1e-3);
      expectClose(column(out, 'Q'), Q, 1e-3);
      expect(compromiseOf(out)).toEqual(compromise);
    });
  });
});

describe('VIKOR: the option v', () => {
  const p: Problem = {
    matrix: [
      [5, 8, 4],
      [7, 6, 8],
      [8, 8, 6],
      [7, 4, 6],
    ],
    weights: [0.3, 0.4, 0.3],
    directions: higher(3),
  };

  it('defaults to 0.5', () => {
    expect(run(p).scores).toEqual(run({ ...p, v: 0.5 }).scores);
  });

  it('v = 1 ranks by S alone and v = 0 by R alone', () => {
    // S = [0.6, 0.3, 0.15, 0.65] → (S − 0.15)/0.5; R = [0.3, 0.2, 0.15, 0.4] → (R − 0.15)/0.25.
    expectClose(column(run({ ...p, v: 1 }), 'Q'), [0.9, 0.3, 0, 1], 1e-12);
    expectClose(column(run({ ...p, v: 0 }), 'Q'), [0.6, 0.2, 0, 1], 1e-12);
  });

  it.each([[1.1], [-0.1], ['0.5'], [Number.NaN], [Infinity], [null]])(
    'v = %s is an invalid-method-option error that names v and its range',
    (v) => {
      const issues = validateMethodOptions('vikor', { v }, 'set.yaml');
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({
        severity: 'error',
        rule: 'invalid-method-option',
        file: 'set.yaml',
        path: ['methodOptions', 'v'],
      });
      expect(issues[0]?.message).toMatch(
        /^VIKOR option v must be a number from 0 to 1 \(weight of group utility S against regret R; default 0\.5\); found /,
      );
    },
  );

  it('the method itself never throws on a bad v: it runs with the default', () => {
    const bad = { ...input(p), options: { v: 2 } };
    expect(vikor.score(bad).scores).toEqual(run(p).scores);
  });
});

describe('VIKOR: degenerate columns and ranges', () => {
  it('a constant criterion contributes 0 to S and R and is named in the summary', () => {
    // scikit-criteria test_VIKOR_warn_zerodiv "criterion_all_equals": the middle column is 0,0.
    const out = run({
      matrix: [
        [1, 0, 3],
        [5, 0, 6],
      ],
      weights: same(3),
      directions: higher(3),
    });
    expectClose(column(out, 'S'), [2 / 3, 0], 1e-12);
    expectClose(column(out, 'R'), [1 / 3, 0], 1e-12);
    expectClose(column(out, 'Q'), [1, 0], 1e-12);
    expect(out.summary?.constantCriteria).toEqual(['C2']);
    expect(out.scores.every(Number.isFinite)).toBe(true);
  });

  it('a zero range of R makes its Q term 0 (no division by zero)', () => {
    // scikit-criteria "regret_all_equals": R = [1/3, 1/3], S = [2/3, 1/3].
    const out = run({
      matrix: [
        [1, 0, 3],
        [0, 5, 6],
      ],
      weights: same(3),
      directions: higher(3),
    });
    expectClose(column(out, 'R'), [1 / 3, 1 / 3], 1e-12);
    expectClose(column(out, 'S'), [2 / 3, 1 / 3], 1e-12);
    expectClose(column(out, 'Q'), [0.5, 0], 1e-12);
    expect(out.summary?.constantCriteria).toBeUndefined();
  });

  it('a range of S or of R within 1e-12 (times max(1, |S⁻|) or max(1, |R⁻|)) counts as zero', () => {
    // docs/methods/vikor.md: rounding noise in a range must not decide the ranking
    const matrix = [
      [0, 1, 1],
      [1, 0, 0],
    ];
    // S = [0.4, 0.4 + 1e-13] (noise), R = [0.4, 0.3]: only the R term counts
    const sNoise = run({ matrix, weights: [0.4, 0.3, 0.1 + 1e-13], directions: higher(3) });
    expectClose(column(sNoise, 'Q'), [0.5, 0], 1e-12);
    // S = [0.3, 0.4], R = [0.3, 0.3 + 1e-13] (noise): only the S term counts
    const rNoise = run({ matrix, weights: [0.3, 0.3 + 1e-13, 0.1], directions: higher(3) });
    expectClose(column(rNoise, 'Q'), [0, 0.5], 1e-12);
    // a range of 1e-11 is a real range: S = [0.4, 0.4 + 1e-11] decides the S term
    const real = run({ matrix, weights: [0.4, 0.3, 0.1 + 1e-11], directions: higher(3) });
    expectClose(column(real, 'Q'), [0.5, 0.5], 1e-9);
  });

  it('all vendors equal: Q = 0 and score 100 for everyone, compromise fails C1', () => {
    const out = run({
      matrix: [
        [3, 3],
        [3, 3],
        [3, 3],
      ],
      weights: [0.5, 0.5],
      directions: ['higher', 'lower'],
    });
    expect(out.scores).toEqual([100, 100, 100]);
    expect(compromiseOf(out)).toEqual({
      vendors: ['A1', 'A2', 'A3'],
      acceptableAdvantage: false,
      acceptableStability: true,
    });
  });

  it('one alternative is its own compromise', () => {
    const out = run({ matrix: [[1, 2]], weights: [0.5, 0.5], directions: higher(2) });
    expect(out.scores).toEqual([100]);
    expect(compromiseOf(out)).toEqual({
      vendors: ['A1'],
      acceptableAdvantage: true,
      acceptableStability: true,
    });
  });

  it('no alternatives: no scores and an empty compromise', () => {
    const out = run({ matrix: [], weights: [1], directions: higher(1) });
    expect(out.scores).toEqual([]);
    expect(compromiseSet([])).toEqual({
      vendors: [],
      acceptableAdvantage: false,
      acceptableStability: false,
    });
  });

  it('a Q gap of exactly DQ counts as acceptable advantage despite rounding', () => {
    const c = compromiseSet([
      { id: 'a', S: 0, R: 0, Q: 0.1 },
      { id: 'b', S: 1, R: 1, Q: 0.1 + 1 / 3 },
      { id: 'c', S: 1, R: 1, Q: 0.9 },
      { id: 'd', S: 1, R: 1, Q: 1 },
    ]);
    expect(c).toEqual({ vendors: ['a'], acceptableAdvantage: true, acceptableStability: true });
  });
});

describe('VIKOR: reference (eligible) alternatives', () => {
  // The Opricovic & Tzeng 2004 field plus an ineligible A4 that is better than everyone.
  const p: Problem = {
    matrix: [
      [1, 3000],
      [2, 3750],
      [5, 4500],
      [0, 6000],
    ],
    weights: [0.5, 0.5],
    directions: ['lower', 'higher'],
    reference: [true, true, true, false],
  };
  const out = run(p);

  it('f*, f⁻ and the S/R ranges come from the reference only', () => {
    expectClose(column(out, 'S').slice(0, 3), [0.5, 0.375, 0.5], 1e-12);
    expectClose(column(out, 'Q').slice(0, 3), [1, 0, 1], 1e-12);
  });

  it('a non-reference vendor is scored against them: raw S, R, Q in details, Q clamped for the score', () => {
    // A4 lies beyond f* on both: 0.5·(1 − 0)/(1 − 5) + 0.5·(4500 − 6000)/1500 = −0.125 − 0.5
    const S4 = -0.125 - 0.5;
    const R4 = -0.125;
    const Q4 = 0.5 * ((S4 - 0.375) / 0.125) + 0.5 * ((R4 - 0.25) / 0.25);
    expectClose([out.details?.[3]?.S ?? NaN, out.details?.[3]?.R ?? NaN], [S4, R4], 1e-12);
    expect(out.details?.[3]?.Q).toBeCloseTo(Q4, 12);
    expect(Q4).toBeLessThan(0);
    expect(out.scores[3]).toBe(100);
  });

  it('the compromise is over the reference with m = 3 (DQ = 0.5)', () => {
    expect(compromiseOf(out)).toEqual({
      vendors: ['A2'],
      acceptableAdvantage: true,
      acceptableStability: true,
    });
  });
});

describe('VIKOR: missing answers', () => {
  const matrix = [
    [1, 3000],
    [2, 3750],
    [5, 4500],
    [null, 4500],
  ];
  const base: Problem = { matrix, weights: [0.5, 0.5], directions: ['lower', 'higher'] };

  it('`zero`: an unanswered criterion counts as the worst reference value of its column', () => {
    const out = run(base);
    // A4 counts as risk 5, like A3.
    expectClose(column(out, 'S'), [0.5, 0.375, 0.5, 0.5], 1e-12);
    expectClose(column(out, 'R'), [0.5, 0.25, 0.5, 0.5], 1e-12);
  });

  it('`exclude`: the criterion is left out of that vendor’s S and R and its weights renormalised', () => {
    const out = run({ ...base, missing: 'exclude' });
    // A4 answered only the altitude, where it is the best: S = R = 0.
    expectClose(column(out, 'S'), [0.5, 0.375, 0.5, 0], 1e-12);
    expectClose(column(out, 'R'), [0.5, 0.25, 0.5, 0], 1e-12);
  });

  it('`exclude`: renormalisation keeps a one-answer vendor on the same scale as the rest', () => {
    const out = run({
      ...base,
      matrix: [
        [1, 3000],
        [2, 3750],
        [5, 4500],
        [null, 3000],
      ],
      missing: 'exclude',
    });
    // A4 is at the worst altitude: distance 1 with renormalised weight 1.
    expectClose(column(out, 'S'), [0.5, 0.375, 0.5, 1], 1e-12);
    expectClose(column(out, 'R'), [0.5, 0.25, 0.5, 1], 1e-12);
  });

  it('`exclude`: a vendor that answered nothing counts as the worst on every criterion', () => {
    const out = run({ ...base, matrix: [...matrix.slice(0, 3), [null, null]], missing: 'exclude' });
    expectClose(column(out, 'S').slice(3), [1], 1e-12);
    expectClose(column(out, 'R').slice(3), [0.5], 1e-12);
  });
});

describe('VIKOR through rankVendors', () => {
  // Opricovic & Tzeng 2004 as vendor files: risk (number, lower) and altitude (number, higher),
  // equal weights → global 0.5 each.
  const s = set([number('risk', { direction: 'lower' }), number('altitude')]);
  const vendors = [
    vendor('a1', { risk: 1, altitude: 3000 }),
    vendor('a2', { risk: 2, altitude: 3750 }),
    vendor('a3', { risk: 5, altitude: 4500 }),
  ];
  const r = ranked(s, vendors, { method: vikor, missing: 'zero' });

  it('ranks by Q, reports S, R, Q per vendor and the compromise at the top', () => {
    expect(r.method).toBe('vikor');
    expect(r.vendors.map((x) => [x.id, x.rank, x.score])).toEqual([
      ['a2', 1, 100],
      ['a1', 2, 0],
      ['a3', 2, 0],
    ]);
    const d = Object.fromEntries(r.vendors.map((x) => [x.id, x.details]));
    expect(d.a1).toEqual({ S: 0.5, R: 0.5, Q: 1 });
    expect(d.a2).toEqual({ S: 0.375, R: 0.25, Q: 0 });
    expect(d.a3).toEqual({ S: 0.5, R: 0.5, Q: 1 });
    expect(r.methodSummary).toEqual({
      compromise: { vendors: ['a2'], acceptableAdvantage: true, acceptableStability: true },
    });
  });

  it('takes v from the set’s methodOptions', () => {
    const withV = { ...s, method: 'vikor', methodOptions: { v: 1 } };
    const byS = ranked(withV, vendors, { method: vikor, missing: 'zero' });
    // v = 1: Q = (S − 0.375)/0.125 → a2 0, a1 and a3 1.
    expect(byS.vendors.map((x) => x.details?.Q)).toEqual([0, 1, 1]);
  });

  it('a knocked-out vendor does not stretch the field and is not in the compromise', () => {
    const gated = set([
      number('risk', { direction: 'lower' }),
      number('altitude'),
      boolean('pci', { must: { kind: 'true' } }),
    ]);
    const vs = [
      vendor('a1', { risk: 1, altitude: 3000, pci: true }),
      vendor('a2', { risk: 2, altitude: 3750, pci: true }),
      vendor('a3', { risk: 5, altitude: 4500, pci: true }),
      vendor('cheap', { risk: 0, altitude: 9000, pci: false }),
    ];
    const g = ranked(gated, vs, { method: vikor, missing: 'zero' });
    const cheap = g.vendors.find((x) => x.id === 'cheap');
    expect(cheap?.eligible).toBe(false);
    expect(cheap?.rank).toBeNull();
    expect(cheap?.score).toBe(100);
    expect((g.methodSummary?.compromise as { vendors: string[] }).vendors).not.toContain('cheap');
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

// Permutation (with the compromise) and dominance (score and Q) for every method:
// tests/core/properties.test.ts.
describe('VIKOR properties', () => {
  it('scores are finite and in [0, 100]; S, R, Q are finite', () => {
    fc.assert(
      fc.property(problemArb(), fc.double({ min: 0, max: 1, noNaN: true }), (p, v) => {
        const out = vikor.score(methodInput({ ...p, options: { v } }));
        for (const s of out.scores) expect(s >= 0 && s <= 100).toBe(true);
        for (const d of out.details ?? []) {
          expect([d.S, d.R, d.Q].every((x) => Number.isFinite(x))).toBe(true);
        }
      }),
    );
  });
});
