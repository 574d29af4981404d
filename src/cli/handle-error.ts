import { CommanderError } from '@commander-js/extra-typings';
import { CancelledError, FindingsError, InputError, UsageError } from '../core/issues.js';
import { formatIssueLine, sortIssues } from '../report/issue-format.js';
import type { Style } from '../report/style.js';
import type { TextSink } from './context.js';

/**
 * The one place errors become exit codes: usage and input problems 2 (no stack trace),
 * findings 1, interruption 130, anything unexpected 2 with a line saying it is a bug.
 */
export function handleError(
  error: unknown,
  stderr: TextSink,
  style: Style,
  debug: boolean,
): number {
  if (error instanceof CommanderError) {
    // Help asked for (`--help`, `help rank`) is success; help shown because a command was
    // incomplete (`vendor-eval criteria`) and every other commander error, already printed, is 2.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof UsageError) {
    stderr.write(
      `${style.red('error')} ${error.message}${error.hint ? style.dim(` — ${error.hint}`) : ''}\n`,
    );
    return 2;
  }
  if (error instanceof InputError) {
    for (const issue of sortIssues(error.issues))
      stderr.write(`${formatIssueLine(issue, style)}\n`);
    return 2;
  }
  if (error instanceof FindingsError) return 1;
  if (
    error instanceof CancelledError ||
    (error instanceof Error && error.name === 'ExitPromptError')
  ) {
    stderr.write('interrupted\n');
    return 130;
  }
  const message = error instanceof Error ? error.message : String(error);
  stderr.write(
    `${style.red('internal error')} ${message} — this is a bug in vendor-eval; please report it with the command you ran${debug ? '' : ' (set VENDOR_EVAL_DEBUG=1 for a stack trace)'}\n`,
  );
  if (debug && error instanceof Error && error.stack) stderr.write(`${error.stack}\n`);
  return 2;
}
