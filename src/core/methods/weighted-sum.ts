import * as z from 'zod';
import type { DecisionMethod, MethodInput, MethodOutput } from './types.js';

/**
 * Weighted sum (simple additive weighting): score = 100 × Σ wᵢ·uᵢ. Under `missing: exclude` the
 * weights of a vendor's unanswered criteria are left out and the rest renormalised:
 * 100 × Σ wᵢ·uᵢ / Σ wᵢ over answered i.
 */
export const weightedSum: DecisionMethod = {
  id: 'weighted-sum',
  name: 'Weighted sum',
  summary: 'score = Σ weight × utility × 100; compensatory, easy to explain',
  options: z.strictObject({}),
  score(input: MethodInput): MethodOutput {
    const scores = input.alternatives.map((alt) => {
      let sum = 0;
      let answeredWeight = 0;
      input.criteria.forEach((c, j) => {
        const u = alt.utilities[j];
        if (u === null || u === undefined) return;
        sum += c.weight * u;
        answeredWeight += c.weight;
      });
      if (input.missing === 'exclude') return answeredWeight > 0 ? (100 * sum) / answeredWeight : 0;
      return 100 * sum;
    });
    return { scores };
  },
};
