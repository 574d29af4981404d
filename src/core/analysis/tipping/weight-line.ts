import type { GroupNode, TreeNode } from '../../model/types.js';
import type { NodeWeight } from '../../scoring/weights.js';

/**
 * One node's weight as a free variable t ∈ [0, 1], every other weight following it: the
 * criteria under the node share t in the proportions they have within it, the others share
 * 1 − t in the proportions they have outside it. At t = the stated global weight every
 * criterion has its stated weight again.
 */
export interface WeightLine {
  /** The node's id. */
  id: string;
  kind: 'criterion' | 'group';
  /** The node's global weight as stated. */
  weight: number;
  /**
   * Per criterion (input order), its share of the node's weight: the product of the local
   * weights from below the node down to the criterion (w_j / g when g > 0); 0 outside the node.
   * Sums to 1 over the node's criteria.
   */
  inside: Float64Array;
  /** Per criterion, its share of the weight outside the node, w_j / (1 − g); 0 inside it. */
  outside: Float64Array;
}

/** Below this a weight sum is nothing: a node holding all the weight has nothing to trade. */
const nothing = 1e-12;

/**
 * The weight line of every criterion and every group below the root (categories and included
 * sets, at any depth), in tree order. `criterionIds` is the decision matrix's criterion order.
 * A node is left out when its weight cannot move: it holds all the weight (g = 1, so there is
 * no other weight to rescale), or its criteria carry no weight within it (a group whose
 * children all weigh 0).
 */
export function weightLines(
  root: GroupNode,
  weights: ReadonlyMap<string, NodeWeight>,
  criterionIds: readonly string[],
): WeightLine[] {
  const index = new Map(criterionIds.map((id, j) => [id, j]));
  const n = criterionIds.length;
  const globals = new Float64Array(n);
  criterionIds.forEach((id, j) => (globals[j] = weights.get(id)?.global ?? 0));
  const lines: WeightLine[] = [];
  const visit = (node: TreeNode): void => {
    const line = lineOf(node, weights, index, globals);
    if (line) lines.push(line);
    if (node.kind === 'group') node.children.forEach(visit);
  };
  root.children.forEach(visit);
  return lines;
}

function lineOf(
  node: TreeNode,
  weights: ReadonlyMap<string, NodeWeight>,
  index: ReadonlyMap<string, number>,
  globals: Float64Array,
): WeightLine | undefined {
  const g = weights.get(node.id)?.global ?? 0;
  const inside = new Float64Array(globals.length);
  const within = new Uint8Array(globals.length);
  // shares within the node from local weights, so a node weighing 0 still has them
  const spread = (n: TreeNode, share: number): void => {
    if (n.kind === 'group') {
      for (const child of n.children) spread(child, share * (weights.get(child.id)?.local ?? 0));
      return;
    }
    const j = index.get(n.id);
    if (j === undefined) return;
    inside[j] = share;
    within[j] = 1;
  };
  spread(node, 1);
  const outside = new Float64Array(globals.length);
  let insideTotal = 0;
  let outsideTotal = 0;
  for (let j = 0; j < globals.length; j++) {
    insideTotal += inside[j] ?? 0;
    if (!within[j]) outsideTotal += globals[j] ?? 0;
  }
  if (insideTotal <= nothing || outsideTotal <= nothing) return undefined;
  for (let j = 0; j < globals.length; j++) {
    inside[j] = (inside[j] ?? 0) / insideTotal;
    if (!within[j]) outside[j] = (globals[j] ?? 0) / outsideTotal;
  }
  return { id: node.id, kind: node.kind, weight: g, inside, outside };
}

/** Every criterion's global weight when the line's node weighs `t`, into `out` (input order). */
export function weightsAt(line: WeightLine, t: number, out: Float64Array): Float64Array {
  const { inside, outside } = line;
  for (let j = 0; j < out.length; j++) out[j] = t * (inside[j] ?? 0) + (1 - t) * (outside[j] ?? 0);
  return out;
}
