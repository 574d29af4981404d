import type { GroupNode, TreeNode } from '../model/types.js';
import { deriveAhp, type AhpResult } from './ahp.js';

/** Weighting methods this version can compute. */
export const supportedWeightings: readonly string[] = ['direct', 'ahp', 'roc', 'swing'];

/** A node's weight: `local` among its siblings (siblings sum to 1), `global` along its path. */
export interface NodeWeight {
  id: string;
  kind: 'group' | 'criterion';
  /** Ids of the groups above the node, top level first. */
  path: string[];
  local: number;
  global: number;
}

/**
 * Rank-order centroid weights for n ranked items: wₖ = (1/n) Σᵢ₌ₖⁿ 1/i (Barron & Barrett 1996).
 * Index 0 is the most important. The weights sum to 1.
 */
export function rocWeights(n: number): number[] {
  const out: number[] = [];
  for (let k = 1; k <= n; k++) {
    let sum = 0;
    for (let i = k; i <= n; i++) sum += 1 / i;
    out.push(sum / n);
  }
  return out;
}

/**
 * Local and global weights of every node below `root`, in tree order. `overrides` replaces a
 * node's raw weight (the `--weights id=w` option) before its siblings are normalised.
 */
export function computeWeights(
  root: GroupNode,
  overrides: ReadonlyMap<string, number> = new Map(),
): Map<string, NodeWeight> {
  const out = new Map<string, NodeWeight>();
  const visit = (group: GroupNode, parentGlobal: number): void => {
    const locals = localWeights(group, overrides);
    group.children.forEach((child: TreeNode, i) => {
      const local = locals[i] ?? 0;
      const global = parentGlobal * local;
      out.set(child.id, { id: child.id, kind: child.kind, path: child.path, local, global });
      if (child.kind === 'group') visit(child, global);
    });
  };
  visit(root, 1);
  return out;
}

/** The normalised weights of a group's children, in child order. */
export function localWeights(group: GroupNode, overrides: ReadonlyMap<string, number>): number[] {
  const ids = group.children.map((c) => c.id);
  const method = group.weighting?.method ?? 'direct';
  if (method === 'roc') {
    const order = group.weighting?.order ?? ids;
    const roc = rocWeights(order.length);
    return ids.map((id) => roc[order.indexOf(id)] ?? 0);
  }
  if (method === 'ahp') return ahpOf(group).priorities;
  if (method === 'swing') {
    const points = group.weighting?.points ?? {};
    const raw = ids.map((id) => (Object.hasOwn(points, id) ? (points[id] ?? 0) : 0));
    return normalise(raw);
  }
  return normalise(group.children.map((c) => overrides.get(c.id) ?? c.weight));
}

/** Scales non-negative numbers to sum 1; all zeros stay zeros (validation reports that case). */
export function normalise(values: readonly number[]): number[] {
  const total = values.reduce((s, v) => s + v, 0);
  return total > 0 ? values.map((v) => v / total) : values.map(() => 0);
}

/** AHP result of an AHP-weighted group (throws AhpError on input validation would reject). */
function ahpOf(group: GroupNode): AhpResult {
  const ids = group.children.map((c) => c.id);
  return deriveAhp(ids, group.weighting?.comparisons ?? [], group.weighting?.riTable ?? 'saaty');
}

/** The consistency report of one AHP-weighted group (`weights --format json`, SPEC "Weighting"). */
export interface AhpReport {
  /** Id of the group whose children are weighted (the set id for the top level). */
  node: string;
  method: 'eigenvector';
  /** Local priority of each child by id; they sum to 1. */
  priorities: Record<string, number>;
  lambdaMax: number;
  ci: number;
  cr: number;
  riTable: string;
  /** CR ≤ 0.1. */
  consistent: boolean;
  /** Missing comparisons filled by λmax-optimal completion: [a, b, value]. */
  completed: [string, string, number][];
}

/** One report per AHP-weighted group below and including `root`, in tree order (depth first). */
export function ahpReports(root: GroupNode): AhpReport[] {
  const out: AhpReport[] = [];
  const visit = (group: GroupNode): void => {
    if (group.weighting?.method === 'ahp') {
      const r = ahpOf(group);
      const priorities: Record<string, number> = {};
      group.children.forEach((c, i) => (priorities[c.id] = r.priorities[i] ?? 0));
      out.push({
        node: group.id,
        method: 'eigenvector',
        priorities,
        lambdaMax: r.lambdaMax,
        ci: r.ci,
        cr: r.cr,
        riTable: r.riTable,
        consistent: r.consistent,
        completed: r.completed,
      });
    }
    for (const child of group.children) if (child.kind === 'group') visit(child);
  };
  visit(root);
  return out;
}
