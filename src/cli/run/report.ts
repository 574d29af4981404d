import { UsageError } from '../errors.js';
import { winnerOf } from '../../core/analysis/decision-change.js';
import { robustnessOf } from '../../core/analysis/sensitivity/robustness.js';
import { defaultSimulation } from '../../core/analysis/sensitivity/settings.js';
import { resolveMethodOptions } from '../../core/methods/index.js';
import type { SensitivityResult } from '../../core/model/sensitivity.js';
import { resolveMethod } from '../../core/scoring/resolve-method.js';
import { hashInputFiles } from '../../io/input-hash.js';
import { inputFiles } from '../../io/project.js';
import { runSourceCache } from '../../io/source-cache.js';
import { buildDecisionRecord } from '../../report/decision-record/build.js';
import { shellLine } from '../../report/decision-record/shell-words.js';
import type { reportFormats } from '../../ui/formats/report.js';
import { version } from '../../version.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import { refuseOverwritingInputs, renderAs, renderContext, reportResult } from '../output.js';
import { unwrap } from '../unwrap.js';
import { rememberedSimulation, rememberedTipping, scoringMemo } from './remembered.js';
import { scoreProject, type ScoringOptions } from './score-project.js';
import { warningLines } from './shared.js';

/** Options of `report`, as commander parses them. */
export interface ReportOptions extends ScoringOptions {
  format?: (typeof reportFormats)[number]['id'] | undefined;
  formats: typeof reportFormats;
  output?: string | undefined;
  robustness?: boolean | undefined;
  iterations?: number | undefined;
  spread?: number | undefined;
  seed?: number | undefined;
  /** False with `--no-answers`: no per-vendor answer tables. */
  answers?: boolean | undefined;
  /** The command line as typed after `vendor-eval`, for the record's provenance. */
  argv: string[];
}

/** The format a record is written in: `--format`, else markdown for `-o *.md`, else HTML. */
export function reportFormatOf(
  options: Pick<ReportOptions, 'format' | 'output'>,
): (typeof reportFormats)[number]['id'] {
  if (options.format) return options.format;
  return options.output !== undefined && /\.(md|markdown)$/i.test(options.output)
    ? 'markdown'
    : 'html';
}

/**
 * When the record was made: `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention)
 * when set, so the same inputs give the same file; else now.
 */
export function recordDate(env: CliContext['env'], now: () => Date = () => new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  // beyond the year 275760 a Date is invalid and toISOString throws: read as not set
  const date = epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now();
  return (Number.isNaN(date.getTime()) ? now() : date).toISOString();
}

/** `report`: rank as `rank` does, compute what the record shows, render it. */
export async function runReport(
  options: ReportOptions,
  ctx: CliContext,
  global: GlobalOptions,
): Promise<CommandResult> {
  const format = reportFormatOf(options);
  if (format === 'html' && options.output === undefined && ctx.stdoutIsTTY) {
    throw new UsageError(
      'html-to-terminal',
      'the HTML record is a file to open in a browser, not terminal output',
      'write it with -o decision.html, pipe it, or use --format markdown',
    );
  }
  const simulated =
    options.robustness ||
    options.iterations !== undefined ||
    options.spread !== undefined ||
    options.seed !== undefined;
  const sources = runSourceCache(ctx.cacheDir);
  const scored = scoreProject(
    { ...options, example: 'vendor-eval report vendors/' },
    { cwd: ctx.cwd, cacheDir: ctx.cacheDir, cache: sources },
  );
  const { project, prepared } = scored;
  refuseOverwritingInputs(options.output, inputFiles(project), ctx.cwd);
  const method = unwrap(resolveMethod(scored.ranking.method));
  // the draws and the tipping points of unchanged inputs are taken from the last run's
  const memo = scoringMemo(ctx, sources, options);
  let sensitivity: SensitivityResult | undefined;
  if (simulated) {
    const settings = {
      iterations: options.iterations ?? defaultSimulation.iterations,
      spread: options.spread ?? defaultSimulation.spread,
      seed: options.seed ?? defaultSimulation.seed,
    };
    sensitivity = rememberedSimulation(memo, prepared, method, settings, project.sources);
  }
  // P(rank 1) in the table and the glance is the simulation's own figure, whatever its settings
  const ranking = sensitivity
    ? { ...scored.ranking, robustness: robustnessOf(sensitivity) }
    : scored.ranking;
  const tipping = rememberedTipping(memo, prepared, method);
  memo.flush();
  if (sensitivity) {
    sensitivity.tippingPoints = tipping.criteria;
    sensitivity.categoryTippingPoints = tipping.categories;
  }
  const record = buildDecisionRecord({
    set: project.set,
    ranking,
    method: { id: method.id, name: method.name, summary: method.summary },
    methodOptions: resolveMethodOptions(method, project.set),
    sensitivity,
    tipping,
    leader: winnerOf(ranking),
    inputHash: hashInputFiles(inputFiles(project), ctx.cwd),
    toolVersion: version,
    generatedAt: recordDate(ctx.env),
    command: shellLine(['vendor-eval', ...options.argv]),
    answerTables: options.answers !== false,
  });
  const text = await renderAs(
    options.formats,
    format,
    record,
    renderContext(ctx, global, { output: options.output }),
  );
  return reportResult(text, options.output, warningLines(project.warnings, ctx, global));
}
