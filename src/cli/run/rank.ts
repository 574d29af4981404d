import { UsageError } from '../errors.js';
import { rankUnderEveryMethod } from '../../core/analysis/every-method.js';
import { compareMethods, comparisonOf } from '../../core/analysis/method-comparison.js';
import { paretoFront } from '../../core/analysis/pareto.js';
import { topRanked } from '../../core/analysis/top.js';
import { paretoNote } from '../../report/pareto.js';
import type { methodsFormats } from '../../ui/formats/methods.js';
import type { rankingFormats } from '../../ui/formats/ranking.js';
import type { priceFormulasFormats } from '../../ui/formats/price-formulas.js';
import { comparePriceFormulas } from '../../core/analysis/price-formulas.js';
import { resolveMethod } from '../../core/scoring/resolve-method.js';
import { inputFiles } from '../../io/project.js';
import { runSourceCache, type SourceCache } from '../../io/source-cache.js';
import type { RankRobustness } from '../../core/model/sensitivity.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import {
  refuseOverwritingInputs,
  renderAs,
  renderContext,
  renderReportAs,
  reportResult,
} from '../output.js';
import type { ReportText } from '../../report/format.js';
import { unwrap } from '../unwrap.js';
import { scoreProject, type ScoringOptions } from './score-project.js';
import { warningLines } from './shared.js';

/** Options of `rank`, as commander parses them. */
export interface RankOptions extends ScoringOptions {
  format: (typeof rankingFormats)[number]['id'];
  /** Its format list, passed by the command (which takes the ids from it for `--format`). */
  formats: typeof rankingFormats;
  /** The format list of `--all-methods`, passed by the command likewise. */
  methodFormats: typeof methodsFormats;
  output?: string | undefined;
  top?: number | undefined;
  /** Rank under every method, side by side. */
  allMethods?: boolean | undefined;
  /** Only the non-dominated eligible vendors. */
  pareto?: boolean | undefined;
  /** Rank the valid vendor files; the others are listed as skipped. */
  skipInvalid?: boolean | undefined;
  /** Rank under each scoring of the cost criteria, and by value for money. */
  priceFormulas?: boolean | undefined;
  /** Add each vendor's P(rank 1) over the default weight draws (`sensitivity`'s figure). */
  robustness?: boolean | undefined;
  /** The format list of `--price-formulas`, passed by the command. */
  priceFormulaFormats: typeof priceFormulasFormats;
}

/** `rank`: load, score, rank, and render in the chosen format. */
export async function runRank(
  options: RankOptions,
  ctx: CliContext,
  global: GlobalOptions,
): Promise<CommandResult> {
  if (options.allMethods && options.priceFormulas) {
    throw new UsageError(
      'conflicting-options',
      '--all-methods and --price-formulas cannot be used together',
      'compare the methods, or the price formulas under one method (-m), one at a time',
    );
  }
  if (options.allMethods && options.method !== undefined) {
    throw new UsageError(
      'conflicting-options',
      '--all-methods and -m/--method cannot be used together',
      '--all-methods ranks under every method; drop -m, or drop --all-methods',
    );
  }
  if (options.robustness && (options.allMethods || options.priceFormulas)) {
    throw new UsageError(
      'conflicting-options',
      `--robustness cannot be used with ${options.allMethods ? '--all-methods' : '--price-formulas'}`,
      'run `vendor-eval sensitivity -m <method>` for one method at a time',
    );
  }
  if (options.format === 'html' && (options.allMethods || options.priceFormulas)) {
    throw new UsageError(
      'conflicting-options',
      `--format html is the ranking alone; it cannot be used with ${options.allMethods ? '--all-methods' : '--price-formulas'}`,
      'use --format markdown, or drop --format html',
    );
  }
  const sources = runSourceCache(ctx.cacheDir);
  const scored = scoreProject(
    { ...options, example: 'vendor-eval rank vendors/' },
    { cwd: ctx.cwd, cacheDir: ctx.cacheDir, cache: sources },
  );
  const { project, prepared } = scored;
  const ranking = options.robustness
    ? { ...scored.ranking, robustness: await robustnessOf(scored, options, ctx, sources) }
    : scored.ranking;
  refuseOverwritingInputs(options.output, inputFiles(project), ctx.cwd);
  const front = options.pareto ? paretoFront(ranking) : ranking;
  const shown = topRanked(front, options.top);
  const scope = options.pareto ? paretoNote(ranking, front) : undefined;
  const rctx = renderContext(ctx, global, { output: options.output, scopeNote: scope });
  let text: ReportText;
  if (options.priceFormulas) {
    const method = unwrap(resolveMethod(ranking.method));
    const result = comparePriceFormulas(
      project.set,
      project.vendors,
      { missing: options.missing, weightOverrides: options.weights, skipped: project.skipped },
      method,
    );
    const compared = unwrap(result, project.sources);
    const ids = new Set(shown.vendors.map((v) => v.id));
    text = await renderAs(
      options.priceFormulaFormats,
      options.format,
      { ...compared, vendors: compared.vendors.filter((v) => ids.has(v.id)) },
      rctx,
    );
  } else if (options.allMethods) {
    const rankings = rankUnderEveryMethod(prepared, ranking);
    const model = comparisonOf(
      compareMethods(unwrap(rankings, project.sources)),
      shown.vendors.map((v) => v.id),
    );
    text = await renderAs(options.methodFormats, options.format, model, rctx);
  } else {
    text = await renderReportAs(options.formats, options.format, shown, rctx);
  }
  return reportResult(text, options.output, warningLines(project.warnings, ctx, global));
}

/**
 * Each eligible vendor's P(rank 1) under the default simulation (as `sensitivity` gives it, and
 * remembered with it: a `sensitivity` run of the same inputs has made the draws already).
 */
async function robustnessOf(
  { prepared, ranking, project }: ReturnType<typeof scoreProject>,
  options: ScoringOptions,
  ctx: CliContext,
  sources: SourceCache,
): Promise<RankRobustness> {
  const { rememberedRobustness, scoringMemo } = await import('./remembered.js');
  const method = unwrap(resolveMethod(ranking.method));
  const memo = scoringMemo(ctx, sources, options);
  const robustness = rememberedRobustness(memo, prepared, method, project.sources);
  memo.flush();
  return robustness;
}
