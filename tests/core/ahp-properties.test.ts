// Invariants of the eigenvector method (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveAhp, type AhpComparison } from '../../src/core/scoring/ahp.js';

const idsOf = (n: number): string[] => Array.from({ length: n }, (_, i) => `c${i}`);

/** Every pair (i < j) judged as wᵢ/wⱼ: a perfectly consistent matrix. */
const consistent = (w: readonly number[]): AhpComparison[] =>
  w.flatMap((wi, i) =>
    w.slice(i + 1).map((wj, k): AhpComparison => [`c${i}`, `c${i + k + 1}`, wi / wj]),
  );

/** Positive weights whose pairwise ratios stay within Saaty's 1/9..9. */
const weights = fc.array(fc.double({ min: 1, max: 9, noNaN: true }), {
  minLength: 1,
  maxLength: 9,
});

/** A reciprocal judgement set over n elements: every pair, a ratio on the 1–9 scale or its inverse. */
const judgements = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc
    .array(fc.integer({ min: -8, max: 8 }), {
      minLength: (n * (n - 1)) / 2,
      maxLength: (n * (n - 1)) / 2,
    })
    .map((steps) => {
      const ids = idsOf(n);
      let k = 0;
      const comparisons: AhpComparison[] = [];
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const s = steps[k++] ?? 0;
          comparisons.push([`c${i}`, `c${j}`, s >= 0 ? s + 1 : 1 / (1 - s)]);
        }
      }
      return { ids, comparisons };
    }),
);

describe('AHP properties', () => {
  it('a consistent matrix aᵢⱼ = wᵢ/wⱼ returns w (normalised) to 1e-9 with CR = 0', () => {
    fc.assert(
      fc.property(weights, (w) => {
        const total = w.reduce((s, v) => s + v, 0);
        const r = deriveAhp(idsOf(w.length), consistent(w));
        w.forEach((wi, i) =>
          expect(Math.abs((r.priorities[i] ?? NaN) - wi / total)).toBeLessThan(1e-9),
        );
        expect(r.cr).toBeLessThan(1e-9);
        expect(Math.abs(r.lambdaMax - w.length)).toBeLessThan(1e-9);
      }),
    );
  });

  it('priorities are positive and sum to 1, λmax ≥ n', () => {
    fc.assert(
      fc.property(judgements, ({ ids, comparisons }) => {
        const r = deriveAhp(ids, comparisons);
        expect(r.priorities.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
        for (const p of r.priorities) expect(p).toBeGreaterThan(0);
        expect(r.lambdaMax).toBeGreaterThanOrEqual(ids.length - 1e-9);
      }),
    );
  });

  it('reordering the children permutes the priorities and changes nothing else', () => {
    fc.assert(
      fc.property(
        judgements.chain((input) =>
          fc
            .shuffledSubarray(input.ids, { minLength: input.ids.length })
            .map((order) => ({ ...input, order })),
        ),
        ({ ids, comparisons, order }) => {
          const a = deriveAhp(ids, comparisons);
          const b = deriveAhp(order, comparisons);
          order.forEach((id, k) =>
            expect(b.priorities[k]).toBeCloseTo(a.priorities[ids.indexOf(id)] ?? NaN, 10),
          );
          expect(b.lambdaMax).toBeCloseTo(a.lambdaMax, 10);
          expect(b.cr).toBeCloseTo(a.cr, 10);
        },
      ),
    );
  });

  it('writing a judgement the other way round, (b, a, 1/r), changes nothing', () => {
    fc.assert(
      fc.property(judgements, ({ ids, comparisons }) => {
        const flipped = comparisons.map(([a, b, r]): AhpComparison => [b, a, 1 / Number(r)]);
        const a = deriveAhp(ids, comparisons);
        const b = deriveAhp(ids, flipped);
        a.priorities.forEach((p, i) => expect(b.priorities[i]).toBeCloseTo(p, 10));
      }),
    );
  });
});
