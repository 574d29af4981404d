import { resolve } from 'node:path';
import type { ChalkInstance } from 'chalk';
import { UsageError, type Issue } from '../../core/issues.js';
import { formatIssueLine, sortIssues } from '../../report/issue-format.js';
import { makeChalk, useColor } from '../../ui/color.js';
import type { CliContext, GlobalOptions } from '../context.js';

/** Chalk for stdout, honouring --color/--no-color, NO_COLOR and whether stdout is a terminal. */
export function stdoutChalk(ctx: CliContext, global: GlobalOptions, toFile = false): ChalkInstance {
  return makeChalk(
    !toFile && useColor({ isTTY: ctx.stdoutIsTTY, env: ctx.env, flag: global.color }),
  );
}

/** Chalk for stderr. */
export function stderrChalk(ctx: CliContext, global: GlobalOptions): ChalkInstance {
  return makeChalk(useColor({ isTTY: ctx.stderrIsTTY, env: ctx.env, flag: global.color }));
}

/** Warning lines for stderr. */
export function warningLines(
  warnings: readonly Issue[],
  ctx: CliContext,
  global: GlobalOptions,
): string[] {
  const style = stderrChalk(ctx, global);
  return sortIssues(warnings).map((w) => formatIssueLine(w, style));
}

/**
 * `-o` must never replace one of the files the command read (a vendor file or criteria set):
 * no command rewrites a user's input.
 */
export function refuseOverwritingInputs(
  output: string | undefined,
  inputs: Iterable<string>,
  cwd: string,
): void {
  if (output === undefined) return;
  const target = resolve(cwd, output);
  for (const input of inputs) {
    if (resolve(cwd, input) === target) {
      throw new UsageError(
        `-o ${output} would overwrite an input file`,
        'write the report to a new file',
      );
    }
  }
}
