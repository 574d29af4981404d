import { failed, hasErrors, ok, type Issue, type Result } from '../issues.js';
import type { GroupNode, TreeNode } from '../model/types.js';
import { deriveAhp, type AhpResult } from './ahp.js';
import type { PerformanceColumns } from './evaluate.js';
import {
  deriveObjectiveWeights,
  isObjectiveWeighting,
  usesObjectiveWeighting,
} from './objective-weights.js';

/** Weighting methods this version can compute. */
export const supportedWeightings: readonly string[] = [
  'direct',
  'ahp',
  'roc',
  'swing',
  'entropy',
  'critic',
];

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
 * `performance` (raw performance columns over the reference vendors) is needed when a group is
 * weighted by `entropy` or `critic`. Never throws for user input: no performance for such a
 * set is a `vendors-needed` issue; a column the method cannot use is an issue with file and key
 * path; warnings (a constant column) come with the weights.
 */
export function computeWeights(
  root: GroupNode,
  overrides: ReadonlyMap<string, number> = new Map(),
  performance?: PerformanceColumns,
): Result<Map<string, NodeWeight>> {
  if (!usesObjectiveWeighting(root)) return ok(nodeWeights(root, overrides));
  if (!performance) return failed([vendorsNeeded(root)]);
  const derived = deriveObjectiveWeights(root, performance);
  if (hasErrors(derived.issues)) return failed(derived.issues);
  return ok(nodeWeights(root, overrides, derived.local), derived.issues);
}

/**
 * The weights a set has without vendor data (`criteria show`): groups weighted by their data
 * (entropy, CRITIC) share their weight equally among their children; every other group as
 * written. `deriveWeights` gives the derived ones.
 */
export function nominalWeights(root: GroupNode): Map<string, NodeWeight> {
  return nodeWeights(withoutDataWeighting(root), new Map());
}

function withoutDataWeighting(group: GroupNode): GroupNode {
  const dataDriven = isObjectiveWeighting(group.weighting?.method);
  return {
    ...group,
    weighting: dataDriven ? undefined : group.weighting,
    children: group.children.map((c) =>
      c.kind === 'group' ? withoutDataWeighting(c) : dataDriven ? { ...c, weight: 1 } : c,
    ),
  };
}

/** The weights of every node, given the local weights already derived for entropy/CRITIC groups. */
function nodeWeights(
  root: GroupNode,
  overrides: ReadonlyMap<string, number>,
  objective?: ReadonlyMap<string, number[]>,
): Map<string, NodeWeight> {
  const out = new Map<string, NodeWeight>();
  const visit = (group: GroupNode, parentGlobal: number): void => {
    const locals = localWeights(group, overrides, objective);
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

/**
 * The normalised weights of a group's children, in child order. `objective` holds the weights
 * already derived for `entropy` and `critic` groups, by group id; calling this for such a group
 * without them is a programming error (`computeWeights` never does).
 */
export function localWeights(
  group: GroupNode,
  overrides: ReadonlyMap<string, number>,
  objective?: ReadonlyMap<string, number[]>,
): number[] {
  const ids = group.children.map((c) => c.id);
  const method = group.weighting?.method ?? 'direct';
  if (isObjectiveWeighting(method)) {
    const derived = objective?.get(group.id);
    if (!derived) throw new Error(`no derived ${method} weights for "${group.id}"`);
    return derived;
  }
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

/** The issue for an entropy/critic group below `root` weighed without vendor data. */
export function vendorsNeeded(root: GroupNode): Issue {
  const group = findObjective(root) ?? root;
  return {
    severity: 'error',
    rule: 'vendors-needed',
    message: `"${group.id}" is weighted by ${group.weighting?.method}, which derives its weights from the vendors' answers, so vendor files are needed`,
    hint: 'name vendor files or folders after the criteria set, or set `vendors:` in vendor-eval.config.yaml',
  };
}

function findObjective(group: GroupNode): GroupNode | undefined {
  if (isObjectiveWeighting(group.weighting?.method)) return group;
  for (const child of group.children) {
    const found = child.kind === 'group' ? findObjective(child) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** Scales non-negative numbers to sum 1; all zeros stay zeros (validation reports that case). */
export function normalise(values: readonly number[]): number[] {
  const total = values.reduce((s, v) => s + v, 0);
  return total > 0 ? values.map((v) => v / total) : values.map(() => 0);
}

/** Derived AHP results by `weighting` object: one derivation per group per run, whatever reads it. */
const ahpCache = new WeakMap<object, Map<string, AhpResult>>();

/**
 * AHP result of an AHP-weighted group. Validation rejects AHP input that cannot be derived before
 * anything is weighted, so the AhpError `deriveAhp` throws is an internal invariant here.
 */
function ahpOf(group: GroupNode): AhpResult {
  const ids = group.children.map((c) => c.id);
  const weighting = group.weighting;
  const key = ids.join('\u0000');
  const cached = weighting ? ahpCache.get(weighting)?.get(key) : undefined;
  if (cached) return cached;
  const result = deriveAhp(ids, weighting?.comparisons ?? [], weighting?.riTable ?? 'saaty');
  if (weighting) {
    const byIds = ahpCache.get(weighting) ?? new Map<string, AhpResult>();
    byIds.set(key, result);
    ahpCache.set(weighting, byIds);
  }
  return result;
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
