import * as z from 'zod';
import type { DecisionMethod, MethodInput, MethodOutput } from './types.js';

/**
 * Each alternative's weighted-sum points per criterion, 100·wᵢ·uᵢ (0 when unanswered). Under
 * `missing: exclude` they are taken over the alternative's answered weight, 100·wᵢ·uᵢ / Σ wⱼ over
 * answered j, so in both cases a row sums to the weighted-sum score. These are the
 * `contribution`s every ranking reports, whatever its method.
 */
export function weightedSumPoints(input: MethodInput): number[][] {
  const exclude = input.missing === 'exclude';
  return input.alternatives.map((alt) => {
    let answeredWeight = 0;
    if (exclude) {
      input.criteria.forEach((c, j) => {
        const u = alt.utilities[j];
        if (u !== null && u !== undefined) answeredWeight += c.weight;
      });
    }
    const factor = exclude ? (answeredWeight > 0 ? 1 / answeredWeight : 0) : 1;
    return input.criteria.map((c, j) => 100 * c.weight * (alt.utilities[j] ?? 0) * factor);
  });
}

/**
 * Weighted sum (simple additive weighting): score = 100 × Σ wᵢ·uᵢ. Under `missing: exclude` the
 * weights of a vendor's unanswered criteria are left out and the rest renormalised:
 * 100 × Σ wᵢ·uᵢ / Σ wᵢ over answered i. The score is the sum of `weightedSumPoints`.
 */
export const weightedSum: DecisionMethod = {
  id: 'weighted-sum',
  name: 'Weighted sum',
  summary: 'score = Σ weight × utility × 100; compensatory, easy to explain',
  options: z.strictObject({}),
  score(input: MethodInput): MethodOutput {
    const points = weightedSumPoints(input);
    const scores = points.map((row) => row.reduce((s, p) => s + p, 0));
    return { scores, points };
  },
};
