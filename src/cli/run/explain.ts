import { formatExplainMarkdown } from '../../report/explain-markdown.js';
import { criteriaSetToJson, vendorToJson } from '../../report/ranking-json.js';
import { renderExplain } from '../../ui/explain-view.js';
import { version } from '../../version.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import { findVendor } from './find-vendor.js';
import { scoreProject, type ScoringOptions } from './score-project.js';
import { stdoutChalk, warningLines } from './shared.js';

/** Options of `explain`. */
export interface ExplainOptions extends ScoringOptions {
  vendor: string;
  format: 'table' | 'json' | 'markdown';
}

/** `explain`: rank everyone (scores can be relative to the field), then show one vendor. */
export async function runExplain(
  options: ExplainOptions,
  ctx: CliContext,
  global: GlobalOptions,
): Promise<CommandResult> {
  const { project, ranking } = scoreProject(
    { ...options, example: `vendor-eval explain ${options.vendor} vendors/` },
    ctx,
  );
  const vendor = findVendor(ranking, options.vendor);
  const notes = warningLines(project.warnings, ctx, global);
  if (options.format === 'json') {
    const doc = {
      tool: { name: 'vendor-eval', version },
      criteriaSet: criteriaSetToJson(ranking.criteriaSet),
      method: ranking.method,
      ...(ranking.methodSummary ?? {}),
      missingPolicy: ranking.missing,
      vendor: vendorToJson(vendor),
    };
    return { stdout: `${JSON.stringify(doc, null, 2)}\n`, notes };
  }
  const eligibleCount = ranking.vendors.filter((v) => v.eligible).length;
  if (options.format === 'markdown')
    return { stdout: formatExplainMarkdown(project.set, ranking, vendor, eligibleCount), notes };
  return {
    stdout: renderExplain(project.set, ranking, vendor, eligibleCount, stdoutChalk(ctx, global)),
    notes,
  };
}
