import { compareVendors } from '../../core/analysis/compare-vendors.js';
import type { Ranking } from '../../core/model/ranking.js';
import type { CriteriaSet } from '../../core/model/types.js';
import { withAnswers } from '../compare-rows.js';
import type { TopTwo } from './model.js';

/** How many criteria the top-two comparison shows as deciding the difference. */
export const decidingLimit = 10;

/**
 * The first two vendors of the ranking side by side (an eligible pair when there is one):
 * each top-level category's figures and its part of the lead (the sum of its criteria's parts
 * under the method, so the categories add up to the lead), and the criteria with the largest
 * parts. Undefined with fewer than two vendors.
 */
export function topTwo(set: CriteriaSet, ranking: Ranking): TopTwo | undefined {
  const [a, b] = ranking.vendors;
  if (!a || !b) return undefined;
  const comparison = withAnswers(set, compareVendors(ranking, a, b));
  const categories = ranking.topLevel.map((t) => ({
    id: t.id,
    name: t.name,
    weight: t.weight,
    a: a.categories.find((c) => c.id === t.id)?.score ?? null,
    b: b.categories.find((c) => c.id === t.id)?.score ?? null,
    difference: comparison.rows
      .filter((r) => (r.path[0] ?? r.id) === t.id)
      .reduce((s, r) => s + r.difference, 0),
  }));
  const scale = Math.max(1, Math.abs(comparison.scoreDifference));
  const deciding = comparison.rows
    .filter((r) => Math.abs(r.difference) > 1e-9 * scale)
    .slice(0, decidingLimit);
  return { comparison, categories, deciding };
}
