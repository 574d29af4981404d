import { computeWeights } from '../../core/scoring/weights.js';
import { loadCriteriaOrThrow } from '../../io/criteria-loader.js';
import { readProjectConfig, defaultCriteria } from '../../io/project.js';
import { formatWeightsJson } from '../../report/weights-json.js';
import { renderWeightTree } from '../../ui/weight-tree.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import { checkWeightOverrides, stdoutChalk, warningLines } from './shared.js';

/** Options of `weights`. */
export interface WeightsOptions {
  criteria?: string | undefined;
  format: 'table' | 'json';
  weights?: Map<string, number> | undefined;
}

/** `weights`: the effective weight tree of a set. */
export async function runWeights(
  options: WeightsOptions,
  ctx: CliContext,
  global: GlobalOptions,
): Promise<CommandResult> {
  const config = options.criteria === undefined ? readProjectConfig(ctx.cwd) : undefined;
  const ref = options.criteria ?? config?.input?.criteria ?? defaultCriteria;
  const base = options.criteria === undefined && config?.input?.criteria ? config.dir : ctx.cwd;
  const { set, warnings } = loadCriteriaOrThrow(ref, ctx.cwd, base);
  checkWeightOverrides(set, options.weights);
  const weights = computeWeights(set.root, options.weights);
  const text =
    options.format === 'json'
      ? formatWeightsJson(set, weights)
      : renderWeightTree(set, weights, stdoutChalk(ctx, global));
  return { stdout: text, notes: warningLines(warnings, ctx, global) };
}
