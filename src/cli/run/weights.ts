import { deriveWeights } from '../../core/scoring/derive-weights.js';
import { usesObjectiveWeighting } from '../../core/scoring/objective-weights.js';
import { loadCriteriaOrThrow } from '../../io/criteria-loader.js';
import { readProjectConfig, defaultCriteria, loadProject } from '../../io/project.js';
import { formatWeightsJson } from '../../report/weights-json.js';
import { renderWeightTree } from '../../ui/weight-tree.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import { placedWarnings, unwrap } from '../unwrap.js';
import { stdoutChalk, warningLines } from './shared.js';

/** Options of `weights`. */
export interface WeightsOptions {
  criteria?: string | undefined;
  /** Vendor files or folders; read only when the set weights a group by entropy or critic. */
  vendors?: string[] | undefined;
  format: 'table' | 'json';
  weights?: Map<string, number> | undefined;
}

/**
 * `weights`: the effective weight tree of a set. Vendors (named, else the project file's) are
 * loaded only when the set derives weights from their answers (entropy, CRITIC).
 */
export async function runWeights(
  options: WeightsOptions,
  ctx: CliContext,
  global: GlobalOptions,
): Promise<CommandResult> {
  const config = options.criteria === undefined ? readProjectConfig(ctx.cwd) : undefined;
  const ref = options.criteria ?? config?.input?.criteria ?? defaultCriteria;
  const base = options.criteria === undefined && config?.input?.criteria ? config.dir : ctx.cwd;
  const criteria = loadCriteriaOrThrow(ref, ctx.cwd, base);
  const paths = options.vendors ?? [];
  const withVendors =
    usesObjectiveWeighting(criteria.set.root) &&
    (paths.length > 0 || readProjectConfig(ctx.cwd)?.input?.vendors !== undefined);
  const loaded = withVendors
    ? loadProject({
        cwd: ctx.cwd,
        criteria: options.criteria,
        paths,
        example: `vendor-eval weights ${ref} vendors/`,
      })
    : { ...criteria, vendors: undefined };
  const result = deriveWeights(loaded.set, loaded.vendors, options.weights);
  const weights = unwrap(result, loaded.sources);
  const text =
    options.format === 'json'
      ? formatWeightsJson(loaded.set, weights)
      : renderWeightTree(loaded.set, weights, stdoutChalk(ctx, global));
  const warnings = [...loaded.warnings, ...placedWarnings(result, loaded.sources)];
  return { stdout: text, notes: warningLines(warnings, ctx, global) };
}
