// Small decision problems for the tipping-point tests: number criteria scored linearly from 0
// to 1, so a vendor's answer is its utility, and a helper that re-scores a moved weight.
import type { DecisionMethod } from '../../../src/core/methods/types.js';
import { resolveMethodOptions } from '../../../src/core/methods/index.js';
import type { MissingPolicy } from '../../../src/core/model/ranking.js';
import type { CriteriaSet, TreeNode, Vendor } from '../../../src/core/model/types.js';
import { competitionRank } from '../../../src/core/scoring/competition-rank.js';
import { prepareRanking, type PreparedRanking } from '../../../src/core/scoring/rank.js';
import { number, valueOf, vendor } from '../builders.js';

/** A criterion whose answer is its utility (linear from 0 to 1). */
export const unit = (id: string, weight = 1, o: { min?: number } = {}) =>
  number(id, {
    weight,
    scoring: { kind: 'linear', worst: 0, best: 1 },
    ...(o.min === undefined ? {} : { must: { kind: 'min', min: o.min } }),
  });

/** Vendors from utilities by criterion id. */
export const vendors = (rows: Record<string, Record<string, number>>): Vendor[] =>
  Object.entries(rows).map(([id, answers]) => vendor(id, answers));

/** `prepareRanking` for a preparation the test expects to succeed. */
export function prepared(
  s: CriteriaSet,
  vs: readonly Vendor[],
  missing: MissingPolicy = 'zero',
): PreparedRanking {
  return valueOf(prepareRanking(s, vs, { missing }));
}

/** Ids of the criteria under a node of the tree (the node itself for a criterion). */
export function criteriaUnder(node: TreeNode): string[] {
  return node.kind === 'group' ? node.children.flatMap(criteriaUnder) : [node.id];
}

/**
 * The eligible vendors ranked first when the node's global weight is `t` and every other weight
 * is rescaled proportionally, scored by the method itself: an independent reading of the
 * tipping-point rule (only for nodes that weigh more than 0 and less than 1).
 */
export function leadersAt(
  p: PreparedRanking,
  method: DecisionMethod,
  nodeIds: readonly string[],
  g: number,
  t: number,
): string[] {
  const inside = new Set(nodeIds);
  const criteria = p.input.criteria.map((c) => ({
    ...c,
    weight: inside.has(c.id) ? (c.weight * t) / g : (c.weight * (1 - t)) / (1 - g),
  }));
  const { scores } = method.score({
    ...p.input,
    criteria,
    options: resolveMethodOptions(method, p.set),
  });
  const eligible = p.evaluations.flatMap((e, i) =>
    e.eligible ? [{ id: e.vendor.id, score: scores[i] ?? 0 }] : [],
  );
  return competitionRank(eligible)
    .filter((r) => r.rank === 1)
    .map((r) => r.item.id);
}
