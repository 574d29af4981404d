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
  /** Terminal width when stdout is a terminal. */
  columns: number | undefined;
}

/** Options every command accepts. */
export interface GlobalOptions {
  color?: boolean | undefined;
  quiet?: boolean | undefined;
}

/** What a command returns: text for stdout, files to write, and its exit code. */
export interface CommandResult {
  stdout?: string | undefined;
  /** Lines for stderr (warnings, notes); suppressed by `--quiet`. */
  notes?: string[] | undefined;
  files?: { path: string; content: string }[] | undefined;
  exitCode?: number | undefined;
}
