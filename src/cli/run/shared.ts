import type { Issue } from '../../core/issues.js';
import { formatIssueLine, sortIssues } from '../../report/issue-format.js';
import type { CliContext, GlobalOptions } from '../context.js';
import { themesOf } from '../themes.js';

/** Warning lines for stderr. */
export function warningLines(
  warnings: readonly Issue[],
  ctx: CliContext,
  global: GlobalOptions,
): string[] {
  const { stderr } = themesOf(ctx, global.color);
  return sortIssues(warnings).map((w) => formatIssueLine(w, stderr));
}
