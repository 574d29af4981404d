import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { builtinMethods } from '../../../src/core/methods/index.js';
import type {
  DecisionMethod,
  MethodInput,
  ScoredAlternative,
} from '../../../src/core/methods/types.js';
import { productLead } from '../../../src/core/methods/weighted-product.js';
import { methodInput, optionsArb, problemArb } from './fixtures.js';

/** Each alternative of a method's output as its explanation reads it. */
function scoredAll(method: DecisionMethod, input: MethodInput): ScoredAlternative[] {
  const out = method.score(input);
  return input.alternatives.map((alt, i) => ({
    score: out.scores[i] ?? NaN,
    details: out.details?.[i],
    terms: out.terms[i] ?? [],
    // as a ranking gives them: an unanswered criterion is utility 0 under `zero`
    utilities: alt.utilities.map((u) => (input.missing === 'zero' ? (u ?? 0) : u)),
  }));
}

const close = (a: number, b: number, tol = 1e-9): boolean =>
  Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));

describe.each(builtinMethods.map((m) => [m.id, m] as const))(
  '%s explains its own score',
  (_id, method) => {
    it('has a term per criterion for every alternative', () => {
      fc.assert(
        fc.property(problemArb(), (p) => {
          const input = methodInput(p);
          const out = method.score(input);
          expect(out.terms).toHaveLength(input.alternatives.length);
          for (const row of out.terms) expect(row).toHaveLength(input.criteria.length);
          // every column the method shows is one of its terms
          for (const col of method.explanation.columns)
            for (const row of out.terms) for (const t of row) expect(t).toHaveProperty(col.key);
        }),
      );
    });

    it('splits the lead between two field vendors exactly over the criteria', () => {
      let pairs = 0;
      fc.assert(
        fc.property(
          problemArb({ minWeight: 0 }).chain((p) => fc.tuple(fc.constant(p), optionsArb(method))),
          ([p, options]) => {
            // the field only: outside it, VIKOR and PROMETHEE II clamp the score
            const input = methodInput({ ...p, reference: p.performance.map(() => true), options });
            const all = scoredAll(method, input);
            const weights = input.criteria.map((c) => c.weight);
            for (const a of all) {
              for (const b of all) {
                const parts = method.explanation.lead(a, b, weights);
                expect(parts).toHaveLength(input.criteria.length);
                const sum = parts.reduce((s, x) => s + x, 0);
                expect(close(sum, a.score - b.score, 1e-8)).toBe(true);
                pairs++;
              }
            }
          },
        ),
      );
      expect(pairs).toBeGreaterThan(100);
    });

    it('gives every category a 0–100 figure', () => {
      fc.assert(
        fc.property(problemArb(), (p) => {
          const input = methodInput(p);
          const weights = input.criteria.map((c) => c.weight);
          const indices = input.criteria.map((_, j) => j);
          for (const a of scoredAll(method, input)) {
            for (const group of [indices, indices.slice(0, 1), indices.slice(1)]) {
              const g = method.explanation.groupScore(a, group, weights);
              expect(g).toBeGreaterThanOrEqual(-1e-9);
              expect(g).toBeLessThanOrEqual(100 + 1e-9);
            }
          }
        }),
      );
    });
  },
);

describe('weighted sum, weighted product and WASPAS: the category figure over all criteria is the score', () => {
  for (const id of ['weighted-sum', 'weighted-product', 'waspas']) {
    const method = builtinMethods.find((m) => m.id === id);
    it(id, () => {
      fc.assert(
        fc.property(problemArb({ min: 0, max: 20 }), (p) => {
          if (!method) return;
          const input = methodInput(p);
          const weights = input.criteria.map((c) => c.weight);
          const all = input.criteria.map((_, j) => j);
          for (const a of scoredAll(method, input)) {
            expect(close(method.explanation.groupScore(a, all, weights), a.score, 1e-9)).toBe(true);
          }
        }),
      );
    });
  }
});

describe('the log-mean split of a product (Ang 2004, LMDI)', () => {
  it('splits 80 against 40 by each factor’s log ratio', () => {
    // ln(80/40) = ln 2; factors 0.8/0.5 and 1/0.8 → ln 1.6 + ln 1.25 = ln 2.
    // L(80, 40) = 40 / ln 2, so the parts are 40·ln 1.6/ln 2 and 40·ln 1.25/ln 2.
    const parts = productLead(80, [0.8, 1], 40, [0.5, 0.8]);
    expect(parts[0]).toBeCloseTo((40 * Math.log(1.6)) / Math.LN2, 12);
    expect(parts[1]).toBeCloseTo((40 * Math.log(1.25)) / Math.LN2, 12);
    expect((parts[0] ?? 0) + (parts[1] ?? 0)).toBeCloseTo(40, 12);
  });

  it('puts the whole lead on the criteria that zeroed the other product, shared equally', () => {
    expect(productLead(60, [0.6, 1, 1], 0, [0, 1, 0])).toEqual([30, 0, 30]);
    expect(productLead(0, [0, 1], 25, [0.5, 0.5])).toEqual([-25, 0]);
    expect(productLead(0, [0, 1], 0, [1, 0])).toEqual([0, 0]);
  });

  it('gives no lead between equal products, whatever their factors', () => {
    const parts = productLead(50, [0.5, 1], 50, [1, 0.5]);
    expect(parts[0]).toBeCloseTo(50 * Math.log(0.5), 12);
    expect((parts[0] ?? 0) + (parts[1] ?? 0)).toBeCloseTo(0, 12);
  });
});
