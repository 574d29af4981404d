import { spawn } from 'node:child_process';
import { closeSync, constants, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { standardSink } from '../../src/cli/standard-sink.js';
import { makeTempDir } from '../helpers/temp.js';

/** A stream getter that fails the test if the sink ever asks for Node's stream. */
const noStream = (): NodeJS.WriteStream => {
  throw new Error('the sink asked for the stream');
};

/** Opens a named pipe for writing, without blocking, once `reader` has opened it. */
async function openWriter(fifo: string): Promise<number> {
  for (let i = 0; i < 500; i++) {
    try {
      return openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENXIO') throw error;
      await new Promise((r) => setTimeout(r, 10));
    }
  }
  throw new Error('the reader never opened the pipe');
}

describe.skipIf(process.platform === 'win32')('standardSink', () => {
  it('writes to a regular file straight to the descriptor, never making a stream', () => {
    const file = join(makeTempDir('vendor-eval-sink-'), 'out.txt');
    const fd = openSync(file, 'w');
    try {
      const sink = standardSink(fd, noStream);
      expect(sink.isTTY).toBe(false);
      sink.write('first line\n');
      sink.write('é ✓ 😀\n');
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(file, 'utf8')).toBe('first line\né ✓ 😀\n');
  });

  it('writes everything to a full non-blocking pipe, waiting while its reader drains it', async () => {
    const dir = makeTempDir('vendor-eval-sink-');
    const fifo = join(dir, 'fifo');
    const out = join(dir, 'out');
    execFileSync('mkfifo', [fifo]);
    // a reader that starts late: the first 64 KiB fill the pipe, the rest must wait (EAGAIN)
    const reader = spawn('sh', ['-c', `exec 3<"${fifo}"; sleep 0.3; cat <&3 > "${out}"`]);
    const done = new Promise((r) => reader.on('exit', r));
    const fd = await openWriter(fifo);
    const text = Array.from({ length: 20_000 }, (_, i) => `line ${i} ✓\n`).join('');
    expect(Buffer.byteLength(text)).toBeGreaterThan(200_000);
    const sink = standardSink(fd, noStream);
    sink.write(text);
    closeSync(fd);
    await done;
    expect(readFileSync(out, 'utf8')).toBe(text);
  });

  it('a reader gone (EPIPE): what is written then and after is dropped, and the run goes on', async () => {
    const dir = makeTempDir('vendor-eval-sink-');
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    // a reader that opens the pipe and goes away without reading
    const reader = spawn('sh', ['-c', `exec 3<"${fifo}"; sleep 0.2`]);
    const fd = await openWriter(fifo);
    await new Promise((r) => reader.on('exit', r));
    const sink = standardSink(fd, noStream);
    expect(sink.write('x'.repeat(100_000))).toBe(true);
    expect(sink.write('more')).toBe(false);
    closeSync(fd);
  });

  it('a terminal or anything else that is not a pipe or file gets Node’s stream', () => {
    const written: string[] = [];
    const stream = { isTTY: true, write: (t: string) => written.push(t) };
    // a closed descriptor cannot be inspected: the stream decides
    const sink = standardSink(987_654, () => stream as unknown as NodeJS.WriteStream);
    expect(sink.isTTY).toBe(true);
    sink.write('to the stream');
    expect(written).toEqual(['to the stream']);
  });

  it('/dev/null is written to directly', () => {
    const fd = openSync('/dev/null', 'w');
    try {
      const sink = standardSink(fd, noStream);
      expect(sink.isTTY).toBe(false);
      sink.write('nothing\n');
    } finally {
      closeSync(fd);
    }
    writeFileSync('/dev/null', '');
  });
});
