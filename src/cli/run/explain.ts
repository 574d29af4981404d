import { UsageError } from '../../core/issues.js';
import type { MissingPolicy } from '../../core/model/ranking.js';
import { rankVendors } from '../../core/scoring/rank.js';
import { loadProject } from '../../io/project.js';
import { didYouMean } from '../../io/suggest.js';
import { formatExplainMarkdown } from '../../report/explain-markdown.js';
import { vendorToJson } from '../../report/ranking-json.js';
import { renderExplain } from '../../ui/explain-view.js';
import { version } from '../../version.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import { checkWeightOverrides, chooseMethod, stdoutChalk, warningLines } from './shared.js';

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
  const project = loadProject({
    cwd: ctx.cwd,
    criteria: options.criteria,
    paths: options.paths,
    example: `vendor-eval explain ${options.vendor} vendors/`,
  });
  const method = chooseMethod(project.set, options.method ?? project.config?.input?.method);
  checkWeightOverrides(project.set, options.weights);
  const ranking = rankVendors(project.set, project.vendors, {
    method,
    missing: options.missing,
    weightOverrides: options.weights,
  });
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
