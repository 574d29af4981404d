import { fstatSync, statSync, writeSync } from 'node:fs';
import type { TextSink } from './context.js';

/** Standard output or error as the CLI writes to it, and whether it is a terminal. */
export interface StandardSink extends TextSink {
  readonly isTTY: boolean;
}

/**
 * Standard output (`fd` 1) or error (2), or any descriptor open for writing. Where it is a pipe, a file or `/dev/null` (not a
 * terminal: output read by a program, a CI log, a redirect), the text is written straight to
 * the descriptor with `fs.writeSync`, as Node's own stream does for a file: the same bytes in the
 * same order, but without making Node's stream for a pipe, which loads `net` and its socket
 * machinery (about 2 ms of every run whose output is read by another program). Elsewhere (a
 * terminal, Windows, a descriptor that cannot be inspected) the process's own stream, from
 * `stream()`, is used. A reader gone (`EPIPE`: `| head` has what it wanted) drops what is
 * written after, and the run goes on to its end and its own exit code (a failed `check` piped
 * into `head` still exits 1); a pipe whose reader is slow (`EAGAIN`, when another program
 * made it non-blocking) is waited for, as a blocking write would.
 */
export function standardSink(fd: number, stream: () => NodeJS.WriteStream): StandardSink {
  let direct: boolean | undefined;
  let gone = false;
  const writesDirectly = (): boolean => (direct ??= notATerminal(fd));
  return {
    get isTTY() {
      return !writesDirectly() && stream().isTTY === true;
    },
    write(text: string) {
      if (!writesDirectly()) return stream().write(text);
      if (gone) return false;
      try {
        writeAll(fd, text);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
        gone = true;
      }
      return true;
    },
  };
}

/**
 * Whether `fd` is a pipe, a socket, a regular file or `/dev/null`: known not to be a terminal
 * without asking Node's `tty` module (which loads `net`). Never on Windows, whose pipes and
 * consoles Node's streams handle.
 */
function notATerminal(fd: number): boolean {
  if (process.platform === 'win32') return false;
  try {
    const stat = fstatSync(fd);
    if (stat.isFIFO() || stat.isSocket() || stat.isFile()) return true;
    return stat.isCharacterDevice() && stat.rdev === statSync('/dev/null').rdev;
  } catch {
    return false;
  }
}

/** A one-slot buffer to sleep on (`Atomics.wait`) while a full pipe drains. */
let sleeper: Int32Array | undefined;

/** Writes all of `text` to `fd`, after partial writes and while the pipe is full. */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(fd, bytes, written, bytes.length - written);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      sleeper ??= new Int32Array(new SharedArrayBuffer(4));
      Atomics.wait(sleeper, 0, 0, 1);
    }
  }
}
