import type { CriteriaSet, GroupNode } from '../../core/model/types.js';
import { ahpReports } from '../../core/scoring/weights.js';
import type { WeightSource } from './model.js';

/**
 * Where each group's children took their weights from, in tree order: as written (`direct`),
 * or derived by AHP (with its consistency ratio), ROC, swing, entropy or CRITIC.
 */
export function weightSources(set: CriteriaSet): WeightSource[] {
  const ahp = new Map(ahpReports(set.root).map((r) => [r.node, r]));
  const out: WeightSource[] = [];
  const visit = (group: GroupNode, depth: number): void => {
    const method = group.weighting?.method ?? 'direct';
    const report = ahp.get(group.id);
    out.push({
      id: group.id,
      name: depth === 0 ? set.name : group.name,
      depth,
      method,
      ...(report
        ? {
            cr: report.cr,
            consistent: report.consistent,
            riTable: report.riTable,
            comparisons: {
              given: group.weighting?.comparisons?.length ?? 0,
              completed: report.completed.length,
            },
          }
        : {}),
      ranges: group.children.filter((c) => c.weightRange).map((c) => c.id),
    });
    for (const child of group.children) if (child.kind === 'group') visit(child, depth + 1);
  };
  visit(set.root, 0);
  return out;
}
