import { deriveWeights } from '../../core/scoring/derive-weights.js';
import { describeWeightOverrides } from '../../core/scoring/weight-overrides.js';
import { usesObjectiveWeighting } from '../../core/scoring/objective-weights.js';
import { loadCriteriaResult } from '../../io/criteria-loader.js';
import { loadResolvedProject } from '../../io/project.js';
import { isCriteriaRef, resolveInputs, resolveVendorPaths } from '../../io/resolve-inputs.js';
import { runSourceCache } from '../../io/source-cache.js';
import type { weightsFormats } from '../../ui/formats/weights.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import type { Issue } from '../../core/issues.js';
import type { CriteriaSet } from '../../core/model/types.js';
import { twoCriteriaSets } from '../errors.js';
import { placedWarnings, unwrap } from '../unwrap.js';
import { renderAs, renderContext } from '../output.js';
import { warningLines } from './shared.js';

/** Options of `weights`. */
export interface WeightsOptions {
  /** The positional `[criteria]`. */
  criteria?: string | undefined;
  /** `-c, --criteria`: with it, a positional that is no criteria set is the first vendor path. */
  criteriaOption?: string | undefined;
  /** Vendor files or folders; read only when the set weights a group by entropy or critic. */
  vendors?: string[] | undefined;
  format: (typeof weightsFormats)[number]['id'];
  /** Its format list, passed by the command (which takes the ids from it for `--format`). */
  formats: typeof weightsFormats;
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
  options = withCriteriaOption(options, ctx.cwd);
  // one cache for the run: the set is parsed once however it is read below
  const cache = runSourceCache(ctx.cacheDir);
  const inputs = unwrap(
    resolveInputs({
      cwd: ctx.cwd,
      criteria: options.criteria,
      vendors: 'none',
      command: 'weights',
      cache,
    }),
  );
  const criteria = unwrap(loadCriteriaResult(inputs.criteria.file, ctx.cwd, ctx.cwd, cache));
  // Vendors are read (and their paths checked) only when the set derives weights from them.
  const vendorsNamed =
    (options.vendors ?? []).length > 0 || inputs.config?.input?.vendors !== undefined;
  const withVendors = usesObjectiveWeighting(criteria.set.root) && vendorsNamed;
  const loaded = withVendors
    ? unwrap(
        loadResolvedProject(
          { cwd: ctx.cwd, paths: options.vendors ?? [], command: 'weights' },
          {
            ...inputs,
            vendorPaths: unwrap(
              resolveVendorPaths(
                { cwd: ctx.cwd, paths: options.vendors, vendors: 'required' },
                inputs.config,
              ),
            ),
          },
          cache,
        ),
      )
    : {
        ...criteria,
        warnings: [...inputs.notes, ...criteria.warnings, ...unreadVendors(criteria.set, options)],
        vendors: undefined,
      };
  // every file is read by now: what this run parsed is kept for the next one
  cache.parseCache?.flush();
  const result = deriveWeights(loaded.set, loaded.vendors, options.weights);
  const weights = unwrap(result, loaded.sources);
  const text = await renderAs(
    options.formats,
    options.format,
    {
      set: loaded.set,
      weights,
      weightOverrides: describeWeightOverrides(loaded.set, options.weights, weights),
    },
    renderContext(ctx, global),
  );
  const warnings = [...loaded.warnings, ...placedWarnings(result, loaded.sources)];
  return { stdout: text, notes: warningLines(warnings, ctx, global) };
}

/** The note that vendors named on the command line were not needed (so not read or checked). */
function unreadVendors(set: CriteriaSet, options: WeightsOptions): Issue[] {
  if ((options.vendors ?? []).length === 0 || usesObjectiveWeighting(set.root)) return [];
  return [
    {
      severity: 'info',
      rule: 'vendors-not-read',
      message: `vendor files not read: "${set.id}" derives no weights from answers`,
      hint: 'only entropy and critic weighting read vendors',
    },
  ];
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
    throw twoCriteriaSets(options.criteriaOption, positional);
  }
  const vendors =
    positional === undefined ? options.vendors : [positional, ...(options.vendors ?? [])];
  return { ...options, criteria: options.criteriaOption, criteriaOption: undefined, vendors };
}
