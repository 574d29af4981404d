import type { CliContext } from './context.js';
import { cacheDir } from '../io/cache-dir.js';
import { CommanderError } from '@commander-js/extra-typings';
import { commanderExitCode, handleError } from './handle-error.js';
import { buildProgram } from './program.js';
import { makeRunner, type RunState } from './runner.js';

/**
 * Runs the CLI with the given arguments and world; returns the exit code. The only code that
 * touches `process` is the call at the bottom of this file.
 */
export async function main(argv: readonly string[], ctx: CliContext): Promise<number> {
  // the last of --color/--no-color wins, as it does for commander's options on stdout
  const flag =
    argv.lastIndexOf('--no-color') > argv.lastIndexOf('--color')
      ? false
      : argv.includes('--color')
        ? true
        : undefined;
  const state: RunState = { exitCode: 0 };
  // a context that names its cache folder (a test) keeps it unless --no-cache turns it off
  const runCtx: CliContext = {
    ...ctx,
    cacheDir: cacheDir(argv, ctx.cacheDir ? { VENDOR_EVAL_CACHE_DIR: ctx.cacheDir } : ctx.env),
  };
  const program = buildProgram(runCtx, makeRunner(runCtx, state));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return state.exitCode;
  } catch (error) {
    // commander has printed its help or its message already: `--help` (which commander ends by
    // throwing) needs no theme, and chalk stays unloaded
    if (error instanceof CommanderError) return commanderExitCode(error);
    // chalk loads only here, on the error path, or in a command that renders
    const { themesOf } = await import('./themes.js');
    const { stderr } = themesOf(ctx, flag);
    return handleError(error, ctx.stderr, stderr, Boolean(ctx.env.VENDOR_EVAL_DEBUG));
  }
}
