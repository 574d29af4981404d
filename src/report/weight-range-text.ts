import type { TreeNode } from '../core/model/types.js';

/**
 * A node's weight range as every view states it, e.g. `weight 1–3, 2 used` (rank and the other
 * commands use the middle; `sensitivity` draws within it). Undefined for a point weight, or
 * when `--weights` overrode the node (the override wins over the range).
 */
export function weightRangeText(node: TreeNode, overridden = false): string | undefined {
  const r = node.weightRange;
  if (!r || overridden) return undefined;
  return `weight ${r.min}–${r.max}, ${node.weight} used`;
}

/** The additive `range` key of a node in the JSON outputs: the raw `{ min, max }` as written. */
export function weightRangeJson(
  node: TreeNode,
  overridden = false,
): { range: { min: number; max: number } } | Record<string, never> {
  const r = node.weightRange;
  return r && !overridden ? { range: { min: r.min, max: r.max } } : {};
}
