import { comparePriceFormulas } from '../../core/analysis/price-formulas.js';
import { costVendors } from '../../core/cost/cost.js';
import { resolveMethod } from '../../core/scoring/resolve-method.js';
import { inputFiles, loadProject } from '../../io/project.js';
import type { costFormats } from '../../ui/formats/cost.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import { refuseOverwritingInputs, renderAs, renderContext, reportResult } from '../output.js';
import { placedWarnings, unwrap } from '../unwrap.js';
import { UsageError } from '../errors.js';
import { findVendor } from './find-vendor.js';
import { warningLines } from './shared.js';

/** Options of `cost`, as commander parses them. */
export interface CostOptions {
  paths: string[];
  criteria?: string | undefined;
  format: (typeof costFormats)[number]['id'];
  /** Its format list, passed by the command (which takes the ids from it for `--format`). */
  formats: typeof costFormats;
  output?: string | undefined;
  /** A vendor id: show its arithmetic step by step. */
  explain?: string | undefined;
}

/** `cost`: load the set and vendors, cost every bid, render in the chosen format. */
export async function runCost(
  options: CostOptions,
  ctx: CliContext,
  global: GlobalOptions,
): Promise<CommandResult> {
  const project = unwrap(
    loadProject({
      cwd: ctx.cwd,
      criteria: options.criteria,
      paths: options.paths,
      example: 'vendor-eval cost vendors/',
      command: 'cost',
      cacheDir: ctx.cacheDir,
    }),
  );
  refuseOverwritingInputs(options.output, inputFiles(project), ctx.cwd);
  const result = costVendors(project.set, project.vendors);
  const report = unwrap(result, project.sources);
  const names = new Map(project.vendors.map((v) => [v.id, v.name]));
  const explain = options.explain === undefined ? undefined : explained(options.explain);
  function explained(id: string): string {
    const vendor = findVendor(project, id);
    if (report.vendors.has(vendor.id)) return vendor.id;
    throw new UsageError(
      'missing-pricing',
      `vendor "${vendor.id}" has no \`pricing\`, so it has no cost to explain`,
      `add its bid as \`pricing:\` in ${vendor.origin.file}`,
    );
  }
  // with a cost criterion, whether the winner depends on how price is scored
  const priceFormulas = project.set.criteria.some((c) => c.type === 'cost')
    ? comparePriceFormulas(
        project.set,
        project.vendors,
        { missing: 'zero' },
        unwrap(resolveMethod(project.config?.input?.method ?? project.set.method)),
      )
    : undefined;
  const text = await renderAs(
    options.formats,
    options.format,
    {
      set: project.set,
      report,
      names,
      explain,
      priceFormulas: priceFormulas?.ok ? priceFormulas.value : undefined,
    },
    renderContext(ctx, global, { output: options.output }),
  );
  const warnings = [...project.warnings, ...placedWarnings(result, project.sources)];
  return reportResult(text, options.output, warningLines(warnings, ctx, global));
}
