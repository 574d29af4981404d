import { resolve } from 'node:path';
import type { ChalkInstance } from 'chalk';
import { UsageError, type Issue } from '../../core/issues.js';
import { findMethod, methodIds } from '../../core/methods/index.js';
import type { DecisionMethod } from '../../core/methods/types.js';
import type { CriteriaSet, TreeNode } from '../../core/model/types.js';
import { didYouMean } from '../../core/suggest.js';
import { formatIssueLine, sortIssues } from '../../report/issue-format.js';
import { makeChalk, useColor } from '../../ui/color.js';
import type { CliContext, GlobalOptions } from '../context.js';

/** Chalk for stdout, honouring --color/--no-color, NO_COLOR and whether stdout is a terminal. */
export function stdoutChalk(ctx: CliContext, global: GlobalOptions, toFile = false): ChalkInstance {
  return makeChalk(
    !toFile && useColor({ isTTY: ctx.stdoutIsTTY, env: ctx.env, flag: global.color }),
  );
}

/** Chalk for stderr. */
export function stderrChalk(ctx: CliContext, global: GlobalOptions): ChalkInstance {
  return makeChalk(useColor({ isTTY: ctx.stderrIsTTY, env: ctx.env, flag: global.color }));
}

/** Warning lines for stderr. */
export function warningLines(
  warnings: readonly Issue[],
  ctx: CliContext,
  global: GlobalOptions,
): string[] {
  const style = stderrChalk(ctx, global);
  return sortIssues(warnings).map((w) => formatIssueLine(w, style));
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

/**
 * `-o` must never replace one of the files the command read (a vendor file or criteria set):
 * no command rewrites a user's input.
 */
export function refuseOverwritingInputs(
  output: string | undefined,
  inputs: Iterable<string>,
  cwd: string,
): void {
  if (output === undefined) return;
  const target = resolve(cwd, output);
  for (const input of inputs) {
    if (resolve(cwd, input) === target) {
      throw new UsageError(
        `-o ${output} would overwrite an input file`,
        'write the report to a new file',
      );
    }
  }
}
