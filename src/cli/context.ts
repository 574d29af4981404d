import type { ReportText } from '../report/format.js';

/** Something text can be written to (process.stdout, or a buffer in tests). */
export interface TextSink {
  write(text: string): unknown;
}

/** The outside world a command sees; tests pass a fake one. */
export interface CliContext {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: TextSink;
  stderr: TextSink;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Whether stdin is a terminal: `score` asks questions only when it and stderr are. */
  stdinIsTTY?: boolean | undefined;
  /** Terminal width when stdout is a terminal. */
  columns: number | undefined;
  /**
   * The cache folder for this run (`src/io/cache-dir.ts`), or undefined when caching is off.
   * Set by `main` from argv and env; a fake context without it runs uncached.
   */
  cacheDir?: string | undefined;
}

/**
 * The width stdout output must fit: the terminal's own width, else a positive `COLUMNS` from the
 * environment (it counts even when stdout is a pipe); undefined when output goes to a file
 * (`toFile`) or nothing says a width, so nothing is narrowed.
 */
export function outputWidth(ctx: CliContext, toFile = false): number | undefined {
  if (toFile) return undefined;
  if (ctx.columns !== undefined && ctx.columns > 0) return ctx.columns;
  const fromEnv = Number(ctx.env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : undefined;
}

/** Options every command accepts. */
export interface GlobalOptions {
  color?: boolean | undefined;
  quiet?: boolean | undefined;
  /** false with `--no-cache` (already applied to `CliContext.cacheDir` by `main`). */
  cache?: boolean | undefined;
}

/** What a command returns: text for stdout, files to write, and its exit code. */
export interface CommandResult {
  /** Text for stdout: one string, or a large report in pieces (written one at a time). */
  stdout?: ReportText | undefined;
  /** Lines for stderr (warnings, notes); suppressed by `--quiet`. */
  notes?: string[] | undefined;
  files?: { path: string; content: ReportText }[] | undefined;
  /**
   * Text to append to files another program owns and reads after us (a CI job summary): what
   * they hold is kept. A file that cannot be appended to is a warning, not a failed command.
   */
  appends?: { path: string; content: string }[] | undefined;
  exitCode?: number | undefined;
}
