import type { CliContext } from './context.js';
import { cacheDir } from '../io/cache-dir.js';
import { CommanderError } from '@commander-js/extra-typings';
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
  // a context that names its cache folder (a test) keeps it unless --no-cache turns it off;
  // copied with its getters, which read process state on first use (`stdinIsTTY`, bin.ts)
  const runCtx = Object.defineProperties({} as CliContext, {
    ...Object.getOwnPropertyDescriptors(ctx),
    cacheDir: {
      value: cacheDir(argv, ctx.cacheDir ? { VENDOR_EVAL_CACHE_DIR: ctx.cacheDir } : ctx.env),
      enumerable: true,
    },
  });
  const program = buildProgram(runCtx, makeRunner(runCtx, state), argv);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return state.exitCode;
  } catch (error) {
    // `--help` and `--version` end by throwing, their text already printed: success, without
    // loading the error path (chalk, the issue formatter)
    if (error instanceof CommanderError && error.exitCode === 0) return 0;
    // chalk loads only here, on the error path, or in a command that renders
    const [{ themesOf }, { handleError }] = await Promise.all([
      import('./themes.js'),
      import('./handle-error.js'),
    ]);
    const { stderr } = themesOf(ctx, flag);
    return handleError(error, ctx.stderr, stderr, Boolean(ctx.env.VENDOR_EVAL_DEBUG));
  }
}
