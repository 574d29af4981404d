import { winnerOf } from '../../core/analysis/decision-change.js';
import { topLevelIndices } from '../../core/scoring/records.js';
import { resolveMethod } from '../../core/scoring/resolve-method.js';
import { inputFiles } from '../../io/project.js';
import { runSourceCache } from '../../io/source-cache.js';
import type { sensitivityFormats } from '../../ui/formats/sensitivity.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import { refuseOverwritingInputs, renderAs, renderContext, reportResult } from '../output.js';
import { unwrap } from '../unwrap.js';
import { rememberedSimulation, rememberedTipping, scoringMemo } from './remembered.js';
import { scoreProject, type ScoringOptions } from './score-project.js';
import { warningLines } from './shared.js';

/** Options of `sensitivity`, as commander parses them. */
export interface SensitivityOptions extends ScoringOptions {
  iterations: number;
  spread: number;
  seed: number;
  format: (typeof sensitivityFormats)[number]['id'];
  /** Its format list, passed by the command (which takes the ids from it for `--format`). */
  formats: typeof sensitivityFormats;
  output?: string | undefined;
}

/** `sensitivity`: load and rank as `rank` does, draw the weights, render the rank shares. */
export async function runSensitivity(
  options: SensitivityOptions,
  ctx: CliContext,
  global: GlobalOptions,
): Promise<CommandResult> {
  const sources = runSourceCache(ctx.cacheDir);
  const { project, ranking, prepared } = scoreProject(
    { ...options, example: 'vendor-eval sensitivity vendors/' },
    { cwd: ctx.cwd, cacheDir: ctx.cacheDir, cache: sources },
  );
  refuseOverwritingInputs(options.output, inputFiles(project), ctx.cwd);
  const method = unwrap(resolveMethod(ranking.method));
  // the draws and the tipping points of unchanged inputs are taken from the last run's
  const memo = scoringMemo(ctx, sources, options);
  const settings = { iterations: options.iterations, seed: options.seed, spread: options.spread };
  const result = rememberedSimulation(memo, prepared, method, settings, project.sources);
  // one weight moved at a time, exactly: what the draws cannot say is which weight tips it
  const tipping = rememberedTipping(memo, prepared, method);
  memo.flush();
  result.tippingPoints = tipping.criteria;
  result.categoryTippingPoints = tipping.categories;
  const text = await renderAs(
    options.formats,
    options.format,
    {
      result,
      ranking,
      leader: winnerOf(ranking),
      groups: topLevelIndices(prepared.set).map((indices, g) => {
        const id = prepared.set.root.children[g]?.id ?? '';
        return {
          id,
          weight: prepared.weights.get(id)?.global ?? 0,
          criteria: indices.map((j) => prepared.set.criteria[j]?.id ?? ''),
        };
      }),
    },
    renderContext(ctx, global, { output: options.output }),
  );
  return reportResult(text, options.output, warningLines(project.warnings, ctx, global));
}
