import { UsageError, type Issue } from '../../core/issues.js';
import { findMethod, methodIds } from '../../core/methods/index.js';
import type { DecisionMethod } from '../../core/methods/types.js';
import type { CriteriaSet, TreeNode } from '../../core/model/types.js';
import { didYouMean } from '../../core/suggest.js';
import { formatIssueLine, sortIssues } from '../../report/issue-format.js';
import type { CliContext, GlobalOptions } from '../context.js';
import { themesOf } from '../themes.js';

/** Warning lines for stderr. */
export function warningLines(
  warnings: readonly Issue[],
  ctx: CliContext,
  global: GlobalOptions,
): string[] {
  const { stderr } = themesOf(ctx, global.color);
  return sortIssues(warnings).map((w) => formatIssueLine(w, stderr));
}

/** The decision method named by `-m`, else by the set, else weighted-sum. */
export function chooseMethod(set: CriteriaSet, requested: string | undefined): DecisionMethod {
  const id = requested ?? set.method;
  const method = findMethod(id);
  if (!method) {
    throw new UsageError(
      `unknown decision method "${id}"`,
      didYouMean(id, methodIds()) ?? `available: ${methodIds().join(', ')}`,
    );
  }
  return method;
}

/** Checks that every `--weights` id names a node whose weight is written directly. */
export function checkWeightOverrides(
  set: CriteriaSet,
  overrides: ReadonlyMap<string, number> | undefined,
): void {
  if (!overrides) return;
  const parents = new Map<string, TreeNode & { kind: 'group' }>();
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
  for (const id of overrides.keys()) {
    const parent = parents.get(id);
    if (!parent) {
      throw new UsageError(
        `--weights names "${id}", which is not a category, included set or criterion of "${set.id}"`,
        didYouMean(id, ids) ??
          `top-level ids: ${set.root.children.map((c) => c.id).join(', ')} (see "vendor-eval weights" for all)`,
      );
    }
    const method = parent.weighting?.method ?? 'direct';
    if (method !== 'direct') {
      throw new UsageError(
        `--weights cannot set "${id}": its parent "${parent.id}" derives weights by ${method}`,
      );
    }
    const total = parent.children.reduce((s, c) => s + (overrides.get(c.id) ?? c.weight), 0);
    if (total === 0)
      throw new UsageError(`--weights leaves every child of "${parent.id}" at weight 0`);
  }
}
