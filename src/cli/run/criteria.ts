import { readFileSync } from 'node:fs';
import { nominalWeights } from '../../core/scoring/weights.js';
import { builtinSetIds } from '../../io/builtin.js';
import { loadCriteriaResult } from '../../io/criteria-loader.js';
import { resolveCriteria } from '../../io/resolve-inputs.js';
import { unwrap } from '../unwrap.js';
import { renderCriteriaList, renderCriteriaShow } from '../../ui/criteria-view.js';
import { formatCriteriaJson } from '../../report/criteria-json.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import { stdoutChalk } from './shared.js';

/** `criteria list`: every built-in set with its size. */
export async function runCriteriaList(
  options: { format: 'table' | 'json' },
  ctx: CliContext,
  global: GlobalOptions,
): Promise<CommandResult> {
  const sets = builtinSetIds().map((id) => unwrap(loadCriteriaResult(id, ctx.cwd)).set);
  if (options.format === 'json') {
    const doc = sets.map((s) => ({
      id: s.id,
      name: s.name,
      version: s.version ?? null,
      description: s.description ?? null,
      criteria: s.criteria.length,
    }));
    return { stdout: `${JSON.stringify(doc, null, 2)}\n` };
  }
  return { stdout: renderCriteriaList(sets, stdoutChalk(ctx, global)) };
}

/** `criteria show <id>`: the tree with weights, questions and knock-outs (or the YAML). */
export async function runCriteriaShow(
  options: { id: string; format: 'table' | 'json' | 'yaml' },
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
  if (options.format === 'json') return { stdout: formatCriteriaJson(set, weights) };
  return { stdout: renderCriteriaShow(set, weights, stdoutChalk(ctx, global)) };
}
