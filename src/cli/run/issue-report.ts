import type { FormatEntry } from '../../report/format.js';
import type { ValidateModel } from '../../report/models.js';
import type { CliContext, CommandResult, GlobalOptions } from '../context.js';
import { renderContext, renderReportAs, reportResult } from '../output.js';
import { repositoryFor } from '../repository.js';
import { jobSummaryAppends } from './job-summary.js';

/**
 * The report of `validate` or `check` in the chosen format: on stdout, or in the `-o` file (with
 * the note saying so, as every command writes one), plus
 * the GitHub job summary when `--format github` runs in Actions. The CI formats name files from
 * the repository's root, so they land on the right lines in a pull request.
 */
export async function issueReport<Model extends ValidateModel>(
  formats: readonly FormatEntry<Model>[],
  format: string,
  model: Model,
  io: { ctx: CliContext; global: GlobalOptions; output: string | undefined },
): Promise<Pick<CommandResult, 'stdout' | 'files' | 'notes' | 'appends'>> {
  const { ctx, global, output } = io;
  const text = await renderReportAs(
    formats,
    format,
    model,
    renderContext(ctx, global, { output, repository: repositoryFor(format, ctx) }),
  );
  return { ...reportResult(text, output), appends: await jobSummaryAppends(format, model, ctx) };
}
