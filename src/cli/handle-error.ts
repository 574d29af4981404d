import { CommanderError } from '@commander-js/extra-typings';
import { InputError, UsageError } from './errors.js';
import { formatIssueLine, sortIssues } from '../report/issue-format.js';
import { oneLine } from '../report/inert-text.js';
import type { Theme } from '../report/theme.js';
import type { TextSink } from './context.js';

/**
 * The one place errors become exit codes: usage and input problems 2 (no stack trace),
 * interruption 130, anything unexpected 2 with a line saying it is a bug. (Findings that fail
 * `validate` are not errors: the command returns exit code 1 in its result.)
 */
export function handleError(
  error: unknown,
  stderr: TextSink,
  style: Theme,
  debug: boolean,
): number {
  if (error instanceof CommanderError) {
    // Help asked for (`--help`, `help rank`) is success; help shown because a command was
    // incomplete (`vendor-eval criteria`) and every other commander error, already printed, is 2.
    return error.exitCode === 0 ? 0 : 2;
  }
  // Every problem is one line, `file:line:column error message (rule) — hint`; a command-line
  // mistake has no file, so its line starts at `error`.
  if (error instanceof UsageError) {
    const { rule, message, hint } = error;
    stderr.write(`${formatIssueLine({ severity: 'error', rule, message, hint }, style)}\n`);
    return 2;
  }
  if (error instanceof InputError) {
    for (const issue of sortIssues(error.issues))
      stderr.write(`${formatIssueLine(issue, style)}\n`);
    return 2;
  }
  // @inquirer/prompts rejects with ExitPromptError on Ctrl-C (the interactive commands to come).
  if (error instanceof Error && error.name === 'ExitPromptError') {
    stderr.write('interrupted\n');
    return 130;
  }
  // one line, like every problem: an error's text may quote a user's input
  const message = oneLine(error instanceof Error ? error.message : String(error));
  stderr.write(
    `${style.red('internal error')} ${message} — this is a bug in vendor-eval; please report it with the command you ran${debug ? '' : ' (set VENDOR_EVAL_DEBUG=1 for a stack trace)'}\n`,
  );
  if (debug && error instanceof Error && error.stack) stderr.write(`${error.stack}\n`);
  return 2;
}
