import { nominalWeights } from '../../core/scoring/weights.js';
import { builtinSetIds } from '../../io/builtin.js';
import { loadCriteriaResult } from '../../io/criteria-loader.js';
import { runSourceCache } from '../../io/source-cache.js';
import { resolveInputs } from '../../io/resolve-inputs.js';
import { twoCriteriaSets } from '../errors.js';
import { unwrap } from '../unwrap.js';
import type { criteriaListFormats, criteriaShowFormats } from '../../ui/formats/criteria.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import { renderAs, renderContext } from '../output.js';
import { warningLines } from './shared.js';

/** `criteria list`: every built-in set with its size. */
export async function runCriteriaList(
  options: {
    format: (typeof criteriaListFormats)[number]['id'];
    formats: typeof criteriaListFormats;
  },
  ctx: CliContext,
  global: GlobalOptions,
): Promise<CommandResult> {
  const sets = builtinSetIds().map((id) => unwrap(loadCriteriaResult(id, ctx.cwd)).set);
  return {
    stdout: await renderAs(options.formats, options.format, sets, renderContext(ctx, global)),
  };
}

/**
 * `criteria show [id]` (or `-c id`): the tree with weights, questions and knock-outs (or the
 * YAML); with neither, the project file's set, else the built-in default, like every command.
 */
export async function runCriteriaShow(
  options: {
    id?: string | undefined;
    criteria?: string | undefined;
    format: (typeof criteriaShowFormats)[number]['id'];
    formats: typeof criteriaShowFormats;
  },
  ctx: CliContext,
  global: GlobalOptions,
): Promise<CommandResult> {
  if (options.id !== undefined && options.criteria !== undefined) {
    throw twoCriteriaSets(options.criteria, options.id);
  }
  const cache = runSourceCache(ctx.cacheDir);
  const inputs = unwrap(
    resolveInputs({
      cwd: ctx.cwd,
      criteria: options.id ?? options.criteria,
      vendors: 'none',
      command: 'criteria show',
      cache,
    }),
  );
  const { file } = inputs.criteria;
  const notes = warningLines(inputs.notes, ctx, global);
  const { set, sources } = unwrap(loadCriteriaResult(file, ctx.cwd, ctx.cwd, cache));
  // every file is read by now: what this run parsed is kept for the next one
  cache.parseCache?.flush();
  const text = sources.get(set.file)?.text ?? '';
  // no vendors here: entropy/CRITIC groups show equal weights (`weights <set> <vendors>` derives them)
  const weights = nominalWeights(set.root);
  return {
    stdout: await renderAs(
      options.formats,
      options.format,
      { set, weights, text },
      renderContext(ctx, global),
    ),
    notes,
  };
}
