import type { Ranking } from '../core/model/ranking.js';

/** One line saying what `--pareto` left out and why, e.g. for under a table's title. */
export function paretoNote(full: Ranking, front: Ranking): string {
  const kept = new Set(front.vendors.map((v) => v.id));
  const names = new Map(full.vendors.map((v) => [v.id, v.name]));
  const left = full.vendors
    .filter((v) => !kept.has(v.id))
    .map((v) =>
      v.eligible
        ? `${v.name} (dominated by ${v.dominatedBy.map((id) => names.get(id) ?? id).join(', ')})`
        : `${v.name} (ineligible)`,
    );
  const head = `Pareto front: ${front.vendors.length} of ${full.vendors.length} vendors`;
  return left.length
    ? `${head}; left out: ${left.join('; ')}`
    : `${head}; no vendor is dominated or ineligible`;
}
