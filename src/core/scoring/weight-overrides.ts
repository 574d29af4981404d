import type { Issue } from '../issues.js';
import type { WeightOverride } from '../model/ranking.js';
import type { CriteriaSet, GroupNode, TreeNode } from '../model/types.js';
import { didYouMean } from '../suggest.js';
import type { NodeWeight } from './weights.js';

/**
 * Checks `--weights id=w` overrides against a set: every weight is a finite number ≥ 0 (the
 * command line parses only that, but a caller of the core may pass anything), every id names a node whose weight is
 * written directly (its parent is weighted `direct`), and no group is left with every child at
 * weight 0. One `invalid-weight-override` issue per problem, with a did-you-mean for a misspelt id.
 */
export function validateWeightOverrides(
  set: CriteriaSet,
  overrides: ReadonlyMap<string, number> | undefined,
): Issue[] {
  if (!overrides || overrides.size === 0) return [];
  const parents = new Map<string, GroupNode>();
  const ids: string[] = [];
  const visit = (node: TreeNode): void => {
    ids.push(node.id);
    if (node.kind === 'group') {
      for (const child of node.children) parents.set(child.id, node);
      node.children.forEach(visit);
    }
  };
  set.root.children.forEach((c) => parents.set(c.id, set.root));
  set.root.children.forEach(visit);
  const issues: Issue[] = [];
  const zeroed = new Set<string>();
  for (const [id, weight] of overrides) {
    if (!Number.isFinite(weight) || weight < 0) {
      issues.push(
        invalid(
          `--weights gives "${id}" the weight ${weight}`,
          'a weight is a number of 0 or more',
        ),
      );
      continue;
    }
    const parent = parents.get(id);
    if (!parent) {
      issues.push(
        invalid(
          `--weights names "${id}", which is not a category, included set or criterion of "${set.id}"`,
          didYouMean(id, ids) ??
            `top-level ids: ${set.root.children.map((c) => c.id).join(', ')} (see "vendor-eval weights" for all)`,
        ),
      );
      continue;
    }
    const method = parent.weighting?.method ?? 'direct';
    if (method !== 'direct') {
      issues.push(
        invalid(
          `--weights cannot set "${id}": its parent "${parent.id}" derives weights by ${method}`,
        ),
      );
      continue;
    }
    const total = parent.children.reduce((s, c) => s + (overrides.get(c.id) ?? c.weight), 0);
    if (total === 0 && !zeroed.has(parent.id)) {
      zeroed.add(parent.id);
      issues.push(invalid(`--weights leaves every child of "${parent.id}" at weight 0`));
    }
  }
  return issues;
}

function invalid(message: string, hint?: string): Issue {
  return { severity: 'error', rule: 'invalid-weight-override', message, hint };
}

/**
 * The applied overrides as every output states them: the value given, the node's raw weight in
 * the set, and its effective global weight. Call after `validateWeightOverrides` passed.
 */
export function describeWeightOverrides(
  set: CriteriaSet,
  overrides: ReadonlyMap<string, number> | undefined,
  weights: ReadonlyMap<string, NodeWeight>,
): WeightOverride[] {
  if (!overrides || overrides.size === 0) return [];
  const nodes = new Map<string, TreeNode>();
  const visit = (node: TreeNode): void => {
    nodes.set(node.id, node);
    if (node.kind === 'group') node.children.forEach(visit);
  };
  set.root.children.forEach(visit);
  return [...overrides].map(([id, weight]) => ({
    id,
    name: nodes.get(id)?.name ?? id,
    weight,
    setWeight: nodes.get(id)?.weight ?? 0,
    ...(nodes.get(id)?.weightRange ? { setRange: nodes.get(id)?.weightRange } : {}),
    global: weights.get(id)?.global ?? 0,
  }));
}
