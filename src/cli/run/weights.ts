import { InputError, type Issue } from '../../core/issues.js';
import type { CriteriaSet } from '../../core/model/types.js';
import { evaluateVendors } from '../../core/scoring/evaluate.js';
import {
  deriveObjectiveWeights,
  performanceColumns,
  usesObjectiveWeighting,
} from '../../core/scoring/objective-weights.js';
import { computeWeights, needsVendors, type NodeWeight } from '../../core/scoring/weights.js';
import { loadCriteriaOrThrow } from '../../io/criteria-loader.js';
import { placeIssues } from '../../io/locate.js';
import { readProjectConfig, defaultCriteria, loadProject } from '../../io/project.js';
import { weightsFormats } from '../../ui/formats/weights.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import { renderAs, renderContext } from '../output.js';
import { checkWeightOverrides, warningLines } from './shared.js';

/** Options of `weights`. */
export interface WeightsOptions {
  criteria?: string | undefined;
  /** Vendor files or folders; read only when the set weights a group by entropy or critic. */
  vendors?: string[] | undefined;
  format: (typeof weightsFormats)[number]['id'];
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
  const loaded = loadCriteriaOrThrow(ref, ctx.cwd, base);
  checkWeightOverrides(loaded.set, options.weights);
  const { set, weights, warnings } = usesObjectiveWeighting(loaded.set.root)
    ? objectiveWeights(loaded.set, ref, options, ctx)
    : { ...loaded, weights: computeWeights(loaded.set.root, options.weights) };
  const text = await renderAs(
    weightsFormats,
    options.format,
    { set, weights },
    renderContext(ctx, global),
  );
  return { stdout: text, notes: warningLines(warnings, ctx, global) };
}

/**
 * Weights of a set with entropy or critic groups: the vendors named (else the project file's)
 * are evaluated and the groups' weights derived from their answers over the eligible vendors.
 */
function objectiveWeights(
  criteria: CriteriaSet,
  ref: string,
  options: WeightsOptions,
  ctx: CliContext,
): { set: CriteriaSet; weights: Map<string, NodeWeight>; warnings: Issue[] } {
  const paths = options.vendors ?? [];
  if (paths.length === 0 && readProjectConfig(ctx.cwd)?.input?.vendors === undefined) {
    throw needsVendors(criteria.root);
  }
  const project = loadProject({
    cwd: ctx.cwd,
    criteria: options.criteria,
    paths,
    example: `vendor-eval weights ${ref} vendors/`,
  });
  const columns = performanceColumns(
    project.set,
    evaluateVendors(project.set, project.vendors, new Map()),
  );
  const derived = deriveObjectiveWeights(project.set.root, columns);
  const errors = derived.issues.filter((i) => i.severity === 'error');
  if (errors.length) throw new InputError(placeIssues(errors, project.sources));
  const found = placeIssues(
    derived.issues.filter((i) => i.severity !== 'error'),
    project.sources,
  );
  return {
    set: project.set,
    weights: computeWeights(project.set.root, options.weights, columns),
    warnings: [...project.warnings, ...found],
  };
}
