import * as z from 'zod';
import type {
  CriterionTerms,
  DecisionMethod,
  MethodExplanation,
  MethodInput,
  MethodOutput,
  ScoredAlternative,
} from './types.js';

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
 * The weighted mean utility × 100 of the criteria at `indices`, over those the alternative
 * answered (an unanswered criterion is utility 0 under `zero`, left out under `exclude`): a
 * category's weighted-sum column. No weight left gives 0.
 */
export function weightedMeanUtility(
  alt: Pick<ScoredAlternative, 'utilities'>,
  indices: readonly number[],
  weights: readonly number[],
): number {
  let points = 0;
  let full = 0;
  for (const j of indices) {
    const u = alt.utilities[j];
    if (u === null || u === undefined) continue;
    const w = weights[j] ?? 0;
    points += w * u;
    full += w;
  }
  return full > 0 ? (100 * points) / full : 0;
}

/** The `points` of each criterion, read back from an alternative's terms. */
export const pointsOf = (alt: ScoredAlternative): number[] =>
  alt.terms.map((t) => (typeof t.points === 'number' ? t.points : 0));

const explanation: MethodExplanation = {
  columns: [{ key: 'points', label: 'Points', digits: 1 }],
  groupLabel: 'weighted mean utility of the category’s criteria × 100',
  groupScore: weightedMeanUtility,
  lead(a, b) {
    const pa = pointsOf(a);
    const pb = pointsOf(b);
    return pa.map((p, j) => p - (pb[j] ?? 0));
  },
  legend: 'Points = weight × utility × 100; they add up to the score.',
  leadLabel: 'weighted-sum points (weight × utility × 100)',
  perSide: 'points',
};

/**
 * Weighted sum (simple additive weighting): score = 100 × Σ wᵢ·uᵢ. Under `missing: exclude` the
 * weights of a vendor's unanswered criteria are left out and the rest renormalised:
 * 100 × Σ wᵢ·uᵢ / Σ wᵢ over answered i. The score is the sum of `weightedSumPoints`, and each
 * criterion's term is its `points`.
 */
export const weightedSum: DecisionMethod = {
  id: 'weighted-sum',
  name: 'Weighted sum',
  summary: 'score = Σ weight × utility × 100; compensatory, easy to explain',
  options: z.strictObject({}),
  defaults: {},
  reads: 'utilities',
  score(input: MethodInput): MethodOutput {
    const points = weightedSumPoints(input);
    const scores = points.map((row) => row.reduce((s, p) => s + p, 0));
    const terms = points.map((row) => row.map((p): CriterionTerms => ({ points: p })));
    return { scores, points, terms };
  },
  explanation,
};
