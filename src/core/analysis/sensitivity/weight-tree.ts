/**
 * The weight tree the simulation draws on: every sibling group of the criteria set with its
 * children's stated local weights, parents before children, so one pass from the root turns
 * drawn local weights into global ones.
 */
import type { PreparedRanking } from '../../scoring/rank.js';
import type { GroupNode } from '../../model/types.js';

/** One sibling group: the set itself (its id is the set id), a category or an included set. */
export interface WeightGroup {
  /** The group's id: `set.root.id` (the criteria set's id) for the top level. */
  id: string;
  /** The children's ids, in the order a `GroupSampler` fills its `out` array. */
  children: string[];
  /** The children's stated local weights (summing to 1), from the prepared ranking. */
  stated: number[];
  /** Per child: its index in `set.criteria` when it is a criterion, else −1. */
  criterion: number[];
  /** Per child: its index in the group list when it is a group, else −1. */
  group: number[];
}

/**
 * The set's sibling groups in pre-order (the root first, every group before its subgroups),
 * with the local weights `prepared` ranks with (overrides applied, AHP, ROC, swing, entropy and
 * CRITIC derived).
 */
export function weightGroups(prepared: PreparedRanking): WeightGroup[] {
  const criterionIndex = new Map(prepared.set.criteria.map((c, i) => [c.id, i]));
  const out: WeightGroup[] = [];
  const visit = (node: GroupNode): void => {
    const entry: WeightGroup = {
      id: node.id,
      children: node.children.map((c) => c.id),
      stated: node.children.map((c) => prepared.weights.get(c.id)?.local ?? 0),
      criterion: node.children.map((c) =>
        c.kind === 'criterion' ? (criterionIndex.get(c.id) ?? -1) : -1,
      ),
      group: node.children.map(() => -1),
    };
    out.push(entry);
    node.children.forEach((child, k) => {
      if (child.kind !== 'group') return;
      entry.group[k] = out.length;
      visit(child);
    });
  };
  visit(prepared.set.root);
  return out;
}
