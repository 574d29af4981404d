import type { CliContext } from './context.js';
import { main } from './main.js';

// The executable's entry: the only place that reads process state and sets the exit code.
const ctx: CliContext = {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  stdinIsTTY: process.stdin.isTTY === true,
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
};
// A reader that stops early (`| head`) closes the pipe: end quietly instead of a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
// no top-level await: the build is CommonJS, so that V8 can cache its code (docs/performance.md)
void main(process.argv.slice(2), ctx).then((code) => {
  process.exitCode = code;
});
