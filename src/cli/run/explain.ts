import { UsageError } from '../../core/issues.js';
import type { MissingPolicy } from '../../core/model/ranking.js';
import { didYouMean } from '../../io/suggest.js';
import { formatExplainMarkdown } from '../../report/explain-markdown.js';
import { vendorToJson } from '../../report/ranking-json.js';
import { renderExplain } from '../../ui/explain-view.js';
import { version } from '../../version.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import { scoreProject } from './score-project.js';
import { stdoutChalk, warningLines } from './shared.js';

/** Options of `explain`. */
export interface ExplainOptions {
  vendor: string;
  paths: string[];
  criteria?: string | undefined;
  method?: string | undefined;
  format: 'table' | 'json' | 'markdown';
  weights?: Map<string, number> | undefined;
  missing: MissingPolicy;
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
  const vendor = ranking.vendors.find((v) => v.id === options.vendor);
  if (!vendor) {
    const ids = ranking.vendors.map((v) => v.id);
    throw new UsageError(
      `no vendor "${options.vendor}" among ${ids.length} vendors`,
      didYouMean(options.vendor, ids) ?? `vendors: ${ids.join(', ')}`,
    );
  }
  const notes = warningLines(project.warnings, ctx, global);
  if (options.format === 'json') {
    const doc = {
      tool: { name: 'vendor-eval', version },
      criteriaSet: ranking.criteriaSet,
      method: ranking.method,
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
