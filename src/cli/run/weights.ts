import { InputError, type Issue } from '../../core/issues.js';
import type { CriteriaSet } from '../../core/model/types.js';
import { evaluateVendors } from '../../core/scoring/evaluate.js';
import {
  deriveObjectiveWeights,
  performanceColumns,
  usesObjectiveWeighting,
} from '../../core/scoring/objective-weights.js';
import { computeWeights, needsVendors, type NodeWeight } from '../../core/scoring/weights.js';
import { loadCriteriaResult } from '../../io/criteria-loader.js';
import { placeIssues } from '../../io/locate.js';
import { loadProject } from '../../io/project.js';
import { isCriteriaRef, resolveInputs } from '../../io/resolve-inputs.js';
import { formatWeightsJson } from '../../report/weights-json.js';
import { renderWeightTree } from '../../ui/weight-tree.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import { UsageError } from '../../core/issues.js';
import { unwrap } from '../unwrap.js';
import { checkWeightOverrides, stdoutChalk, warningLines } from './shared.js';

/** Options of `weights`. */
export interface WeightsOptions {
  /** The positional `[criteria]`. */
  criteria?: string | undefined;
  /** `-c, --criteria`: with it, a positional that is no criteria set is the first vendor path. */
  criteriaOption?: string | undefined;
  /** Vendor files or folders; read only when the set weights a group by entropy or critic. */
  vendors?: string[] | undefined;
  format: 'table' | 'json';
  weights?: Map<string, number> | undefined;
}

/** `weights`: the effective weight tree of a set. */
export async function runWeights(
  options: WeightsOptions,
  ctx: CliContext,
  global: GlobalOptions,
): Promise<CommandResult> {
  options = withCriteriaOption(options, ctx.cwd);
  const inputs = unwrap(
    resolveInputs({
      cwd: ctx.cwd,
      criteria: options.criteria,
      paths: options.vendors,
      vendors: 'optional',
      command: 'weights',
    }),
  );
  const ref = inputs.criteria.ref;
  const loaded = unwrap(loadCriteriaResult(inputs.criteria.file, ctx.cwd));
  checkWeightOverrides(loaded.set, options.weights);
  const { set, weights, warnings } = usesObjectiveWeighting(loaded.set.root)
    ? objectiveWeights(loaded.set, ref, options, ctx, inputs.vendorPaths)
    : {
        ...loaded,
        warnings: [...inputs.notes, ...loaded.warnings],
        weights: computeWeights(loaded.set.root, options.weights),
      };
  const text =
    options.format === 'json'
      ? formatWeightsJson(set, weights)
      : renderWeightTree(set, weights, stdoutChalk(ctx, global));
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
  vendorPaths: readonly string[],
): { set: CriteriaSet; weights: Map<string, NodeWeight>; warnings: Issue[] } {
  const paths = options.vendors ?? [];
  if (vendorPaths.length === 0) throw needsVendors(criteria.root);
  const project = unwrap(
    loadProject({
      cwd: ctx.cwd,
      criteria: options.criteria,
      paths,
      example: `vendor-eval weights ${ref} vendors/`,
      command: 'weights',
    }),
  );
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

/**
 * `-c` and the positional `[criteria]` name the same thing: with `-c`, a positional that is not
 * itself a criteria set is the first vendor path (`weights -c set.yaml vendors/`); two sets are
 * a usage error.
 */
function withCriteriaOption(options: WeightsOptions, cwd: string): WeightsOptions {
  if (options.criteriaOption === undefined) return options;
  const positional = options.criteria;
  if (positional !== undefined && isCriteriaRef(positional, cwd)) {
    throw new UsageError(
      `two criteria sets given: -c ${options.criteriaOption} and ${positional}`,
      'name the set once, either with -c or as the first argument',
    );
  }
  const vendors =
    positional === undefined ? options.vendors : [positional, ...(options.vendors ?? [])];
  return { ...options, criteria: options.criteriaOption, criteriaOption: undefined, vendors };
}
