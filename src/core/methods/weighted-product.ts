import * as z from 'zod';
import type { DecisionMethod, MethodInput, MethodOutput } from './types.js';

const clamp01 = (u: number): number => (u < 0 ? 0 : u > 1 ? 1 : u);

/**
 * Weighted product (Bridgman 1922, Miller & Starr 1969): score = 100 × Π uᵢ^wᵢ on utilities in
 * [0, 1]; a zero utility on a weighted criterion gives 0. Utilities are already relative to the
 * field where the criterion says so, so the reference alternatives play no further part.
 * Under `missing: zero` an unanswered criterion is utility 0 (the worst a column can hold), so
 * the vendor scores 0. Under `missing: exclude` it is left out of the product and the remaining
 * exponents renormalised: 100 × Π uᵢ^(wᵢ / Σ wᵢ) over answered i; nothing answered scores 0.
 */
export const weightedProduct: DecisionMethod = {
  id: 'weighted-product',
  name: 'Weighted product',
  summary:
    'score = Π utility^weight × 100; a zero on any criterion gives 0, so weak spots cost more',
  options: z.strictObject({}),
  score(input: MethodInput): MethodOutput {
    const exclude = input.missing === 'exclude';
    const scores = input.alternatives.map((alt) => {
      // Sum of wᵢ·ln uᵢ: a product of many factors below 1 would underflow long before its
      // logarithm loses precision.
      let logSum = 0;
      let answeredWeight = 0;
      let zero = false;
      input.criteria.forEach((c, j) => {
        const raw = alt.utilities[j];
        if ((raw === null || raw === undefined) && exclude) return;
        const u = clamp01(raw ?? 0);
        answeredWeight += c.weight;
        // 0⁰ = 1: a criterion without weight has no say, not even a veto.
        if (c.weight === 0) return;
        if (u === 0) zero = true;
        else logSum += c.weight * Math.log(u);
      });
      if (zero) return 0;
      if (exclude) return answeredWeight > 0 ? 100 * Math.exp(logSum / answeredWeight) : 0;
      return 100 * Math.exp(logSum);
    });
    return { scores };
  },
};
