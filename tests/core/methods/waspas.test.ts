import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { findMethod } from '../../../src/core/methods/index.js';
import { waspas } from '../../../src/core/methods/waspas.js';
import { weightedProduct } from '../../../src/core/methods/weighted-product.js';
import { weightedSum } from '../../../src/core/methods/weighted-sum.js';
import { methodInput, problemArb } from './fixtures.js';
import { ranked } from '../builders.js';
import { chakrabortySet, chakrabortyVendors } from './chakraborty2015.js';

describe('WASPAS: published worked examples', () => {
  it('is registered under its id', () => {
    expect(findMethod('waspas')).toBe(waspas);
  });

  // scikit-criteria tests/agg/test_waspas.py (test_WASPAS_verify_intermediate_calculations): a
  // normalised matrix whose WSM scores and log10 WPM scores are published to 8 decimals.
  it('scikit-criteria intermediate WSM and WPM scores', () => {
    const m = [
      [0.5099, 0.0465, 0.2427, 0.3246, 0.1166],
      [0.2123, 0.7622, 0.2051, 0.3259, 0.5295],
      [0.028, 0.0456, 0.2134, 0.1151, 0.1359],
      [0.2496, 0.1455, 0.3386, 0.2342, 0.2177],
    ];
    const out = waspas.score(
      methodInput({ performance: m, weights: [0.3672, 0.0933, 0.2405, 0.277, 0.0217] }),
    );
    [0.3423875, 0.30016082, 0.10069051, 0.25625906].forEach((want, i) =>
      expect((out.details?.[i]?.wsm ?? NaN) / 100).toBeCloseTo(want, 8),
    );
    [-0.53523796, -0.56448693, -1.13554217, -0.60153986].forEach((want, i) =>
      expect(Math.log10((out.details?.[i]?.wpm ?? NaN) / 100)).toBeCloseTo(want, 8),
    );
  });

  // Chakraborty, Zavadskas & Antucheviciene (2015), Example 2, via scikit-criteria
  // test_waspas.py: see chakraborty2015.ts.
  const s = chakrabortySet;
  const vendors = chakrabortyVendors;
  const published: [number, number[]][] = [
    [0.5, [0.8584, 0.8169, 0.8419, 0.9417, 0.8638, 0.8278, 0.8503, 0.8949, 0.9027, 0.874]],
    [0.1, [0.858, 0.8149, 0.841, 0.9414, 0.8633, 0.8249, 0.8464, 0.8922, 0.8995, 0.8706]],
    [1, [0.859, 0.8194, 0.843, 0.942, 0.8645, 0.8315, 0.8552, 0.8983, 0.9067, 0.8784]],
  ];
  it.each(published)('λ = %s: the published scores to 4 decimals, A4 first', (lambda, want) => {
    const r = ranked(s, vendors, {
      method: waspas,
      missing: 'zero',
      methodOptions: { lambda },
    });
    want.forEach((w, i) => {
      const v = r.vendors.find((x) => x.id === `a${i + 1}`);
      expect(Math.abs((v?.score ?? NaN) / 100 - w)).toBeLessThanOrEqual(1e-4);
    });
    // published ranks [6, 10, 8, 1, 5, 9, 7, 3, 2, 4] for A1…A10
    expect(r.vendors.map((v) => v.id)).toEqual([4, 9, 8, 10, 5, 1, 7, 3, 6, 2].map((k) => `a${k}`));
  });
});

describe('WASPAS is λ·WSM + (1 − λ)·WPM', () => {
  it('on random problems, for any λ, and names the criteria that zero its product part', () => {
    fc.assert(
      fc.property(problemArb(), fc.double({ min: 0, max: 1, noNaN: true }), (p, lambda) => {
        const input = methodInput(p);
        const ws = weightedSum.score(input).scores;
        const wp = weightedProduct.score(input);
        const out = waspas.score({ ...input, options: { lambda } });
        out.scores.forEach((score, i) => {
          const want = lambda * (ws[i] ?? NaN) + (1 - lambda) * (wp.scores[i] ?? NaN);
          expect(score).toBeCloseTo(want, 9);
        });
        expect(out.zeroedBy).toEqual(wp.zeroedBy);
      }),
    );
  });

  it('rejects a λ outside 0–1 at its line', () => {
    expect(waspas.options.safeParse({ lambda: 1.5 }).success).toBe(false);
    expect(waspas.options.parse({})).toEqual({ lambda: 0.5 });
  });
});
