import { writeFileSync, renameSync, unlinkSync } from 'node:fs';
import { dirname, basename, join, resolve } from 'node:path';
import type { Command } from '@commander-js/extra-typings';
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
    for (const file of result.files ?? [])
      writeFileAtomic(resolve(ctx.cwd, file.path), file.content);
    if (result.stdout) ctx.stdout.write(result.stdout);
    if (!global.quiet) for (const note of result.notes ?? []) ctx.stderr.write(`${note}\n`);
    state.exitCode = result.exitCode ?? 0;
  };
}

/** Writes a temporary file beside the target, then renames it over: never half a file. */
export function writeFileAtomic(path: string, content: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, content, { flush: true });
    renameSync(tmp, path);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      // the temporary file was never created
    }
    throw error;
  }
}

export type { Command };
