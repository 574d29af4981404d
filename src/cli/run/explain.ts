import type { explainFormats } from '../../ui/formats/explain.js';
import { inputFiles } from '../../io/project.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import { refuseOverwritingInputs, renderAs, renderContext, reportResult } from '../output.js';
import { findVendor } from './find-vendor.js';
import { scoreProject, type ScoringOptions } from './score-project.js';
import { warningLines } from './shared.js';

/** Options of `explain`. */
export interface ExplainOptions extends ScoringOptions {
  vendor: string;
  format: (typeof explainFormats)[number]['id'];
  /** Its format list, passed by the command (which takes the ids from it for `--format`). */
  formats: typeof explainFormats;
  output?: string | undefined;
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
  refuseOverwritingInputs(options.output, inputFiles(project), ctx.cwd);
  const text = await renderAs(
    options.formats,
    options.format,
    { set: project.set, ranking, vendor },
    renderContext(ctx, global, { output: options.output }),
  );
  return reportResult(text, options.output, warningLines(project.warnings, ctx, global));
}
