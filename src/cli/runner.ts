import { resolve } from 'node:path';
import { appendText } from '../io/append-file.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { UsageError } from './errors.js';
import type { ReportText } from '../report/format.js';
import type { CliContext, CommandResult, GlobalOptions } from './context.js';

/** Runs a command body with the context and writes what it returns. */
export type CommandRunner = (
  command: { optsWithGlobals(): unknown },
  body: (ctx: CliContext, global: GlobalOptions) => Promise<CommandResult>,
) => Promise<void>;

/** Exit code the last command asked for (0 unless it said otherwise). */
export interface RunState {
  exitCode: number;
}

/**
 * Makes the runner every command action calls: it hands the body the context and global
 * options, then writes stdout once, notes to stderr (unless --quiet) and files atomically.
 */
export function makeRunner(ctx: CliContext, state: RunState): CommandRunner {
  return async (command, body) => {
    const global = command.optsWithGlobals() as GlobalOptions;
    const result = await body(ctx, global);
    for (const file of result.files ?? []) writeOutput(resolve(ctx.cwd, file.path), file);
    const appendNotes = (result.appends ?? []).flatMap((a) =>
      appendOutput(resolve(ctx.cwd, a.path), a),
    );
    if (typeof result.stdout === 'string') {
      if (result.stdout) ctx.stdout.write(result.stdout);
    } else if (result.stdout) {
      // a large report, piece by piece: a reader that stops early ends the run as for one
      // write (EPIPE, src/cli/bin.ts)
      for (const piece of result.stdout.pieces()) ctx.stdout.write(piece);
    }
    if (!global.quiet) {
      for (const note of [...(result.notes ?? []), ...appendNotes]) ctx.stderr.write(`${note}\n`);
    }
    state.exitCode = result.exitCode ?? 0;
  };
}

/**
 * Appends to a file another program reads (a job summary); when it cannot, the command's own
 * result still stands: a warning line says what was not written.
 */
function appendOutput(path: string, file: { path: string; content: string }): string[] {
  try {
    appendText(path, file.content);
    return [];
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'an error';
    return [`warning cannot append to ${file.path} (${code}): nothing was added to it`];
  }
}

/** Writes a command's output file; a path that cannot be written is the user's to fix (exit 2). */
function writeOutput(path: string, file: { path: string; content: ReportText }): void {
  try {
    writeFileAtomic(path, file.content, { sweepStale: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' || code === 'ENOTDIR'
        ? 'its folder does not exist'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
            ? 'permission denied'
            : code === 'ELOOP'
              ? 'its symbolic links form a loop'
              : undefined;
    if (!why) throw error;
    throw new UsageError(
      'cannot-write',
      `cannot write ${file.path}: ${why}`,
      'name a file in an existing folder',
    );
  }
}
