import { readFileSync } from 'node:fs';
import { UsageError } from '../../core/issues.js';
import type { GroupNode } from '../../core/model/types.js';
import { computeWeights } from '../../core/scoring/weights.js';
import { builtinSetIds } from '../../io/builtin.js';
import { loadCriteriaOrThrow, resolveSetRef } from '../../io/criteria-loader.js';
import { didYouMean } from '../../core/suggest.js';
import { criteriaListFormats, criteriaShowFormats } from '../../ui/formats/criteria.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import { renderAs, renderContext } from '../output.js';

/** `criteria list`: every built-in set with its size. */
export async function runCriteriaList(
  options: { format: (typeof criteriaListFormats)[number]['id'] },
  ctx: CliContext,
  global: GlobalOptions,
): Promise<CommandResult> {
  const sets = builtinSetIds().map((id) => loadCriteriaOrThrow(id, ctx.cwd).set);
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
  const file = resolveSetRef(options.id, ctx.cwd);
  if (!file) {
    throw new UsageError(
      `no built-in criteria set or file named "${options.id}"`,
      didYouMean(options.id, builtinSetIds()) ?? `built-in sets: ${builtinSetIds().join(', ')}`,
    );
  }
  if (options.format === 'yaml') return { stdout: readFileSync(file, 'utf8') };
  const { set } = loadCriteriaOrThrow(options.id, ctx.cwd);
  const weights = computeWeights(withoutDataWeighting(set.root));
  return {
    stdout: await renderAs(
      criteriaShowFormats,
      options.format,
      { set, weights },
      renderContext(ctx, global),
    ),
  };
}

/**
 * `criteria show` has no vendors, so groups weighted by their data (entropy, CRITIC) are shown
 * with equal weights among their children; `weights <set> <vendors>` gives the derived ones.
 */
function withoutDataWeighting(group: GroupNode): GroupNode {
  const dataDriven = group.weighting?.method === 'entropy' || group.weighting?.method === 'critic';
  return {
    ...group,
    weighting: dataDriven ? undefined : group.weighting,
    children: group.children.map((c) =>
      c.kind === 'group' ? withoutDataWeighting(c) : dataDriven ? { ...c, weight: 1 } : c,
    ),
  };
}
