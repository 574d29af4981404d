import type { CliContext } from './context.js';
import { main } from './main.js';
import { standardSink } from './standard-sink.js';

let stdoutStream: NodeJS.WriteStream | undefined;
const stdoutOf = (): NodeJS.WriteStream => {
  if (!stdoutStream) {
    stdoutStream = process.stdout;
    // A reader that stops early closes the pipe: end quietly instead of a stack trace (the
    // stream's error comes after the run has set its exit code; the sink's never stops a run)
    stdoutStream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
  return stdoutStream;
};
// Straight to the descriptor when it is a pipe or a file (standard-sink.ts); else the stream,
// made on first use: Node makes each when it is first read (a terminal's stream; ~1.6 ms for
// stdin), and most runs need one or two of them.
const stdout = standardSink(1, stdoutOf);
const stderr = standardSink(2, () => process.stderr);

// The executable's entry: the only place that reads process state and sets the exit code.
const ctx: CliContext = {
  cwd: process.cwd(),
  env: process.env,
  stdout,
  stderr,
  get stdoutIsTTY() {
    return stdout.isTTY;
  },
  get stderrIsTTY() {
    return stderr.isTTY;
  },
  get stdinIsTTY() {
    return process.stdin.isTTY === true;
  },
  get columns() {
    return stdout.isTTY ? stdoutOf().columns : undefined;
  },
};
// no top-level await: the build is CommonJS, so that V8 can cache its code (docs/performance.md)
void main(process.argv.slice(2), ctx).then((code) => {
  process.exitCode = code;
});
