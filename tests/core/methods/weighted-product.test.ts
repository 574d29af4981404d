import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { findMethod } from '../../../src/core/methods/index.js';
import type { MethodInput } from '../../../src/core/methods/types.js';
import { methodInput, problemArb, type Problem } from './fixtures.js';
import { weightedProduct } from '../../../src/core/methods/weighted-product.js';
import { ranked, scale, set, vendor } from '../builders.js';
import { chakrabortySet, chakrabortyVendors } from './chakraborty2015.js';

/** A MethodInput from a utility matrix (rows = alternatives), every row in the field. */
const input = (
  utilities: (number | null)[][],
  weights: number[],
  o: Partial<Problem> = {},
): MethodInput => methodInput({ ...o, performance: utilities, weights });

const scores = (inp: MethodInput): number[] => weightedProduct.score(inp).scores;

/** Each column divided by its sum (the sum scaler of scikit-criteria and pymcdm). */
const sumScaled = (m: number[][]): number[][] =>
  m.map((row) => row.map((x, j) => x / m.reduce((s, r) => s + (r[j] ?? 0), 0)));

describe('weighted product: published worked examples', () => {
  it('is registered under its id', () => {
    expect(findMethod('weighted-product')).toBe(weightedProduct);
  });

  // Wikipedia, "Weighted product model" (revision 1015567716), as tested in scikit-criteria
  // tests/agg/test_simple.py (test_WeightedProductModel_enwiki_1015567716): sum-scaled matrix,
  // weights 20/15/40/25 %, scores published as log10 Π = [-0.50128589, -0.50448471, -0.52947246].
  it('Wikipedia WPM example (scikit-criteria): log10 scores to 8 decimals', () => {
    const m = sumScaled([
      [25, 20, 15, 30],
      [10, 30, 20, 30],
      [30, 10, 30, 10],
    ]);
    const s = scores(input(m, [0.2, 0.15, 0.4, 0.25]));
    [-0.50128589, -0.50448471, -0.52947246].forEach((want, i) =>
      expect(Math.log10((s[i] ?? 0) / 100)).toBeCloseTo(want, 8),
    );
    // The page's pairwise ratios: P(A1/A2) = 1.007, P(A1/A3) = 1.067, P(A2/A3) = 1.059.
    const [a1 = 0, a2 = 0, a3 = 0] = s;
    expect(a1 / a2).toBeCloseTo(1.007, 3);
    expect(a1 / a3).toBeCloseTo(1.067, 3);
    expect(a2 / a3).toBeCloseTo(1.059, 3);
  });

  // scikit-criteria tests/agg/test_waspas.py (test_WASPAS_verify_intermediate_calculations):
  // a normalised matrix whose WPM part is published as log10 scores to 8 decimals.
  it('scikit-criteria WASPAS intermediate WPM scores', () => {
    const m = [
      [0.5099, 0.0465, 0.2427, 0.3246, 0.1166],
      [0.2123, 0.7622, 0.2051, 0.3259, 0.5295],
      [0.028, 0.0456, 0.2134, 0.1151, 0.1359],
      [0.2496, 0.1455, 0.3386, 0.2342, 0.2177],
    ];
    const s = scores(input(m, [0.3672, 0.0933, 0.2405, 0.277, 0.0217]));
    [-0.53523796, -0.56448693, -1.13554217, -0.60153986].forEach((want, i) =>
      expect(Math.log10((s[i] ?? 0) / 100)).toBeCloseTo(want, 8),
    );
  });

  // pymcdm test/test_mcdm.py (TestWPM, "self-reference"): sum normalisation, cost columns as
  // (1/x)/Σ(1/x), weights 8/13, 5/13, 6/13, 7/13 (they sum to 2 — notes §2.4 — and are passed
  // as they are). Published to 3 decimals: [0.065, 0.017, 0.019, 0.007, 0.052].
  it('pymcdm TestWPM: [0.065, 0.017, 0.019, 0.007, 0.052]', () => {
    const raw = [
      [96, 83, 75, 7],
      [63, 5, 56, 9],
      [72, 30, 32, 48],
      [11, 4, 27, 9],
      [77, 21, 17, 11],
    ];
    const cost = [false, false, true, true];
    const inverted = raw.map((row) => row.map((x, j) => (cost[j] ? 1 / x : x)));
    const s = scores(input(sumScaled(inverted), [8 / 13, 5 / 13, 6 / 13, 7 / 13]));
    [0.065, 0.017, 0.019, 0.007, 0.052].forEach((want, i) =>
      expect((s[i] ?? 0) / 100).toBeCloseTo(want, 3),
    );
    // Our own exact recomputation, tight (notes §2.12).
    [0.06462384, 0.01691743, 0.01923186, 0.00742777, 0.05172566].forEach((want, i) =>
      expect((s[i] ?? 0) / 100).toBeCloseTo(want, 8),
    );
  });
});

describe('weighted product through rankVendors with number criteria', () => {
  // Chakraborty, Zavadskas & Antucheviciene (2015), Example 2, via scikit-criteria
  // test_waspas.py: see chakraborty2015.ts.
  const s = chakrabortySet;
  const vendors = chakrabortyVendors;
  const r = ranked(s, vendors, { method: weightedProduct, missing: 'zero' });
  const published = [
    0.8578, 0.8144, 0.8408, 0.9413, 0.8632, 0.8241, 0.8454, 0.8915, 0.8987, 0.8697,
  ];

  it('reproduces the published WPM scores to 4 decimals', () => {
    published.forEach((want, i) => {
      const v = r.vendors.find((x) => x.id === `a${i + 1}`);
      expect((v?.score ?? 0) / 100).toBeCloseTo(want, 4);
    });
  });

  it('ranks as published: A4 first, A2 last', () => {
    const order = [4, 9, 8, 10, 5, 1, 7, 3, 6, 2].map((k) => `a${k}`);
    expect(r.vendors.map((v) => v.id)).toEqual(order);
    expect(r.vendors.map((v) => v.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe('weighted product: zeros and missing answers', () => {
  it('a zero utility anywhere gives 0', () => {
    expect(scores(input([[1, 0, 1]], [0.2, 0.3, 0.5]))).toEqual([0]);
  });

  it('a criterion with weight 0 has no say, not even a veto', () => {
    expect(scores(input([[0.25, 0]], [1, 0]))).toEqual([25]);
  });

  it('is 100 × Π u^w', () => {
    expect(scores(input([[0.5, 0.8]], [0.25, 0.75]))[0]).toBeCloseTo(
      100 * 0.5 ** 0.25 * 0.8 ** 0.75,
      12,
    );
  });

  it('missing: zero — an unanswered criterion is utility 0 (rankVendors passes 0; null alike)', () => {
    expect(scores(input([[0.9, null]], [0.5, 0.5]))).toEqual([0]);
    const r = ranked(set([scale('a'), scale('b')]), [vendor('v', { a: 5 })], {
      method: weightedProduct,
      missing: 'zero',
    });
    expect(r.vendors[0]?.score).toBe(0);
  });

  it('missing: exclude — the answered criteria only, exponents renormalised', () => {
    const s = scores(
      input(
        [
          [0.5, null, 0.8],
          [null, null, null],
        ],
        [0.2, 0.3, 0.5],
        { missing: 'exclude' },
      ),
    );
    expect(s[0]).toBeCloseTo(100 * 0.5 ** (0.2 / 0.7) * 0.8 ** (0.5 / 0.7), 12);
    expect(s[1]).toBe(0);
    const r = ranked(set([scale('a'), scale('b')]), [vendor('v', { a: 4 })], {
      method: weightedProduct,
      missing: 'exclude',
    });
    expect(r.vendors[0]?.score).toBeCloseTo(75, 12);
  });

  it('the reference alternatives change nothing: utilities are already relative', () => {
    const m = [
      [0.5, 0.8],
      [0.9, 0.1],
    ];
    expect(scores(input(m, [0.5, 0.5], { reference: [true, false] }))).toEqual(
      scores(input(m, [0.5, 0.5])),
    );
  });
});

// Permutation and dominance for every method: tests/core/properties.test.ts.
describe('weighted product: properties', () => {
  it('scores are finite and in [0, 100] on any utilities in [0, 1]', () => {
    fc.assert(
      fc.property(problemArb({ min: 0, max: 1, doubles: true }), (p) => {
        for (const s of weightedProduct.score(methodInput(p)).scores) {
          expect(Number.isFinite(s)).toBe(true);
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(100 + 1e-9);
        }
      }),
    );
  });
});
