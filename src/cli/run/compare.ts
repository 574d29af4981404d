import { UsageError } from '../../core/issues.js';
import { formatCompareJson } from '../../report/compare-json.js';
import { formatCompareMarkdown } from '../../report/compare-markdown.js';
import { compareVendors } from '../../core/analysis/compare-vendors.js';
import { withAnswers } from '../../report/compare-rows.js';
import { renderCompare } from '../../ui/compare-view.js';
import { version } from '../../version.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import { findVendor } from './find-vendor.js';
import { scoreProject, type ScoringOptions } from './score-project.js';
import { stdoutChalk, warningLines } from './shared.js';

/** Options of `compare`. */
export interface CompareOptions extends ScoringOptions {
  a: string;
  b: string;
  format: 'table' | 'json' | 'markdown';
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
  const shown = options.top ?? comparison.rows.length;
  const notes = warningLines(project.warnings, ctx, global);
  const text =
    options.format === 'json'
      ? formatCompareJson(comparison, shown, version)
      : options.format === 'markdown'
        ? formatCompareMarkdown(comparison, shown)
        : renderCompare(comparison, shown, stdoutChalk(ctx, global));
  return { stdout: text, notes };
}
