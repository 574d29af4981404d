import type { Ranking } from '../../core/model/ranking.js';
import type { ValueMap, ValuePoint } from './model.js';

/**
 * Score against monthly cost for every costed vendor, with the Pareto front among the eligible
 * ones: a vendor is on it when no other eligible costed vendor scores at least as high for no
 * more money and is better on one of the two. Undefined when no vendor has a cost.
 */
export function valueMap(ranking: Ranking): ValueMap | undefined {
  const costed = ranking.vendors.filter((v) => v.cost);
  if (costed.length === 0) return undefined;
  const points: ValuePoint[] = costed.map((v) => ({
    id: v.id,
    name: v.name,
    score: v.score,
    monthly: v.cost?.monthly ?? 0,
    contract: v.cost?.contract ?? 0,
    eligible: v.eligible,
    onFront: false,
  }));
  const field = points.filter((p) => p.eligible);
  for (const p of field) {
    p.onFront = !field.some(
      (q) =>
        q !== p &&
        q.score >= p.score &&
        q.monthly <= p.monthly &&
        (q.score > p.score || q.monthly < p.monthly),
    );
  }
  const front = field
    .filter((p) => p.onFront)
    .sort((a, b) => a.monthly - b.monthly || a.id.localeCompare(b.id))
    .map((p) => p.id);
  return {
    currency: costed.find((v) => v.cost?.currency)?.cost?.currency ?? null,
    points,
    front,
    uncosted: ranking.vendors.filter((v) => !v.cost).map((v) => v.id),
  };
}
