import type { CliContext } from './context.js';
import { main } from './main.js';

// The executable's entry: the only place that reads process state and sets the exit code.
const ctx: CliContext = {
  cwd: process.cwd(),
  env: process.env,
  // The standard streams on first use: Node makes each when it is first read (a pipe's socket,
  // a terminal's stream: ~1.6 ms for stdin), and most runs need one or two of them (--help
  // writes only to stdout; only the questionnaires ask whether stdin is a terminal).
  get stdout() {
    return process.stdout;
  },
  get stderr() {
    return process.stderr;
  },
  get stdoutIsTTY() {
    return process.stdout.isTTY === true;
  },
  get stderrIsTTY() {
    return process.stderr.isTTY === true;
  },
  get stdinIsTTY() {
    return process.stdin.isTTY === true;
  },
  get columns() {
    return process.stdout.isTTY ? process.stdout.columns : undefined;
  },
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
