import { explanationOf } from '../../core/methods/index.js';
import type { Ranking } from '../../core/model/ranking.js';
import type { CategoryProfile, CategorySplit } from './model.js';

/**
 * Each vendor's score split over the top-level categories, for the stacked bars. Under a method
 * whose score is a sum of per-criterion points (weighted-sum) a segment is the category's points,
 * exactly; under any other method the score does not split that way, so the bar is divided in
 * proportion to weight × the method's own category figure, and `basis` says so. Either way the
 * segments add up to the score shown beside the bar.
 */
export function categorySplit(ranking: Ranking): CategorySplit {
  const explanation = explanationOf(ranking.method);
  const exact = explanation.perSide === 'points';
  const categories = ranking.topLevel.map((t) => ({ id: t.id, name: t.name, weight: t.weight }));
  const bars = ranking.vendors.map((v) => {
    let segments: number[];
    if (exact) {
      segments = categories.map((t) =>
        v.criteria
          .filter((c) => (c.path[0] ?? c.id) === t.id)
          .reduce((s, c) => s + c.contribution, 0),
      );
    } else {
      const shares = categories.map(
        (t) => t.weight * Math.max(0, v.categories.find((c) => c.id === t.id)?.score ?? 0),
      );
      const total = shares.reduce((s, x) => s + x, 0);
      // no category figure at all (every one 0 or unscored): split by weight, so the bar still adds up
      const basis = total > 0 ? shares : categories.map((t) => t.weight);
      const sum = basis.reduce((s, x) => s + x, 0);
      segments = basis.map((x) => (sum > 0 ? (v.score * x) / sum : 0));
    }
    return {
      id: v.id,
      name: v.name,
      rank: v.rank,
      eligible: v.eligible,
      score: v.score,
      segments,
    };
  });
  const basis = exact
    ? "each segment is the category's points: the sum of its criteria's weight × utility × 100, so the segments add up to the score"
    : `a ${ranking.method} score does not split into category points; each bar is divided in proportion to the category's weight × its figure (${explanation.groupLabel}), so the segments add up to the score`;
  return { categories, bars, exact, basis };
}

/** Each vendor's 0–100 figure per top-level category, in ranking order (the small multiples). */
export function categoryProfiles(ranking: Ranking): CategoryProfile[] {
  return ranking.vendors.map((v) => ({
    id: v.id,
    name: v.name,
    rank: v.rank,
    eligible: v.eligible,
    scores: ranking.topLevel.map((t) => v.categories.find((c) => c.id === t.id)?.score ?? null),
  }));
}
