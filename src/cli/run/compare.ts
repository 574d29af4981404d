import { UsageError } from '../errors.js';
import { compareVendors } from '../../core/analysis/compare-vendors.js';
import { withAnswers } from '../../report/compare-rows.js';
import type { compareFormats } from '../../ui/formats/compare.js';
import { inputFiles } from '../../io/project.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import { refuseOverwritingInputs, renderAs, renderContext, reportResult } from '../output.js';
import { findVendor } from './find-vendor.js';
import { scoreProject, type ScoringOptions } from './score-project.js';
import { warningLines } from './shared.js';

/** Options of `compare`. */
export interface CompareOptions extends ScoringOptions {
  a: string;
  b: string;
  format: (typeof compareFormats)[number]['id'];
  /** Its format list, passed by the command (which takes the ids from it for `--format`). */
  formats: typeof compareFormats;
  output?: string | undefined;
  /** Show only the n criteria that differ most. */
  top?: number | undefined;
}

/** `compare`: rank everyone (scores can be relative to the field), then put two vendors side by side. */
export async function runCompare(
  options: CompareOptions,
  ctx: CliContext,
  global: GlobalOptions,
): Promise<CommandResult> {
  if (options.a === options.b) {
    throw new UsageError(
      'same-vendor-twice',
      `compare needs two different vendors, got "${options.a}" twice`,
      `use "vendor-eval explain ${options.a}" for one vendor`,
    );
  }
  const { project, ranking } = scoreProject(
    { ...options, example: `vendor-eval compare ${options.a} ${options.b} vendors/` },
    ctx,
  );
  const comparison = withAnswers(
    project.set,
    compareVendors(ranking, findVendor(ranking, options.a), findVendor(ranking, options.b)),
  );
  refuseOverwritingInputs(options.output, inputFiles(project), ctx.cwd);
  const shown = options.top ?? comparison.rows.length;
  const text = await renderAs(
    options.formats,
    options.format,
    { comparison, shown },
    renderContext(ctx, global, { output: options.output }),
  );
  return reportResult(text, options.output, warningLines(project.warnings, ctx, global));
}
