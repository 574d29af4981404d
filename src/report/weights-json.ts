import type { WeightOverride } from '../core/model/ranking.js';
import type { CriteriaSet, TreeNode } from '../core/model/types.js';
import { ahpReports, type NodeWeight } from '../core/scoring/weights.js';
import type { Format } from './format.js';
import { criteriaSetToJson } from './json-header.js';
import type { WeightsModel } from './models.js';
import { overridesToJson } from './weight-overrides.js';
import { weightRangeJson } from './weight-range-text.js';

/** Nodes of a tree in depth-first order. */
export function treeNodes(set: CriteriaSet): TreeNode[] {
  const out: TreeNode[] = [];
  const visit = (n: TreeNode): void => {
    out.push(n);
    if (n.kind === 'group') n.children.forEach(visit);
  };
  set.root.children.forEach(visit);
  return out;
}

/**
 * `weights --format json` (SPEC "Weighting"): every category and criterion with its path,
 * local weight among siblings and global weight; `ahp` has one entry per AHP-weighted node
 * (priorities, λmax, CI, CR with its RI table, and the comparisons completed by λmax-optimal completion).
 * A node whose weight is written as a range has `range: { min, max }` (raw, as written; additive).
 */
export function formatWeightsJson(
  set: CriteriaSet,
  weights: ReadonlyMap<string, NodeWeight>,
  overrides: readonly WeightOverride[] = [],
): string {
  const doc = {
    criteriaSet: criteriaSetToJson(set),
    weightOverrides: overridesToJson(overrides),
    weights: treeNodes(set).map((n) => {
      const w = weights.get(n.id);
      return {
        id: n.id,
        name: n.name,
        kind: n.kind === 'group' ? (n.source === 'set' ? 'set' : 'category') : 'criterion',
        path: n.path,
        local: w?.local ?? 0,
        global: w?.global ?? 0,
        weighting: n.kind === 'group' ? (n.weighting?.method ?? 'direct') : undefined,
        ...weightRangeJson(
          n,
          overrides.some((o) => o.id === n.id),
        ),
      };
    }),
    ahp: ahpReports(set.root),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** `weights --format json`. */
export const weightsJsonFormat: Format<WeightsModel> = {
  id: 'json',
  description: 'every node with its path, local and global weight, and the AHP reports',
  extension: 'json',
  userText: 'encoded',
  render: (m) => formatWeightsJson(m.set, m.weights, m.weightOverrides),
};
