import type { CriteriaSet, GroupNode } from '../model/types.js';
import { pairwiseConsistency } from '../scoring/pairwise.js';
import { ahpReports } from '../scoring/weights.js';
import type { ConsistencyFigure } from './types.js';

/**
 * Every AHP judgement of a set with its consistency ratio, in tree order: each AHP-weighted
 * group (as `weights` reports it) and each pairwise criterion (as `criteria show` reports it;
 * one whose comparisons cannot be scored is left out).
 */
export function consistencyFigures(set: CriteriaSet): ConsistencyFigure[] {
  const groups = new Map<string, GroupNode>();
  const visit = (g: GroupNode): void => {
    groups.set(g.id, g);
    for (const c of g.children) if (c.kind === 'group') visit(c);
  };
  visit(set.root);
  const weights = ahpReports(set.root).flatMap((r): ConsistencyFigure[] => {
    const group = groups.get(r.node);
    if (!group) return [];
    const origin = { file: group.definition.file, path: [...group.definition.path, 'weighting'] };
    return [{ node: r.node, kind: 'weights', cr: r.cr, origin }];
  });
  const pairwise = set.criteria.flatMap((c): ConsistencyFigure[] => {
    if (c.type !== 'pairwise') return [];
    const judged = pairwiseConsistency(c);
    return judged
      ? [{ node: c.id, kind: 'pairwise', cr: judged.cr, origin: c.comparisonsOrigin }]
      : [];
  });
  return [...weights, ...pairwise];
}
