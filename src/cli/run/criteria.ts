import { readFileSync } from 'node:fs';
import { nominalWeights } from '../../core/scoring/weights.js';
import { builtinSetIds } from '../../io/builtin.js';
import { loadCriteriaResult } from '../../io/criteria-loader.js';
import { resolveCriteria } from '../../io/resolve-inputs.js';
import { unwrap } from '../unwrap.js';
import { criteriaListFormats, criteriaShowFormats } from '../../ui/formats/criteria.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import { renderAs, renderContext } from '../output.js';

/** `criteria list`: every built-in set with its size. */
export async function runCriteriaList(
  options: { format: (typeof criteriaListFormats)[number]['id'] },
  ctx: CliContext,
  global: GlobalOptions,
): Promise<CommandResult> {
  const sets = builtinSetIds().map((id) => unwrap(loadCriteriaResult(id, ctx.cwd)).set);
  return {
    stdout: await renderAs(criteriaListFormats, options.format, sets, renderContext(ctx, global)),
  };
}

/** `criteria show <id>`: the tree with weights, questions and knock-outs (or the YAML). */
export async function runCriteriaShow(
  options: { id: string; format: (typeof criteriaShowFormats)[number]['id'] | 'yaml' },
  ctx: CliContext,
  global: GlobalOptions,
): Promise<CommandResult> {
  const { file } = unwrap(
    resolveCriteria({ cwd: ctx.cwd, criteria: options.id, command: 'criteria show' }, undefined),
  );
  if (options.format === 'yaml') return { stdout: readFileSync(file, 'utf8') };
  const { set } = unwrap(loadCriteriaResult(file, ctx.cwd));
  // no vendors here: entropy/CRITIC groups show equal weights (`weights <set> <vendors>` derives them)
  const weights = nominalWeights(set.root);
  return {
    stdout: await renderAs(
      criteriaShowFormats,
      options.format,
      { set, weights },
      renderContext(ctx, global),
    ),
  };
}
