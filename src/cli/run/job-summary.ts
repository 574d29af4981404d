import type { ValidateModel } from '../../report/models.js';
import type { CliContext, CommandResult } from '../context.js';

/**
 * The job summary of `--format github` (`validate` and `check`): when GitHub Actions names a
 * summary file (`$GITHUB_STEP_SUMMARY`), the Markdown to append to it; otherwise nothing. Other
 * formats write no summary. The renderer loads only when a summary is written.
 */
export async function jobSummaryAppends(
  format: string,
  model: ValidateModel,
  ctx: Pick<CliContext, 'env'>,
): Promise<CommandResult['appends']> {
  const path = ctx.env.GITHUB_STEP_SUMMARY;
  if (format !== 'github' || !path) return undefined;
  const { githubJobSummary } = await import('../../report/ci/job-summary.js');
  return [{ path, content: githubJobSummary(model) }];
}
