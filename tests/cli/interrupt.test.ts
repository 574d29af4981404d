// The temporary folders of `check --base` are removed when the run is interrupted: the guard is
// driven here by a fake process, so the signal is sent deterministically.
import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderGuard, type SignalTarget } from '../../src/cli/interrupt.js';
import { makeTempDir } from '../helpers/temp.js';

function fakeProcess() {
  const emitter = new EventEmitter();
  const kills: string[] = [];
  const target: SignalTarget = {
    on: (signal, listener) => emitter.on(signal, listener),
    off: (signal, listener) => emitter.off(signal, listener),
    kill: (pid, signal) => kills.push(`${pid} ${signal}`),
    pid: 42,
  };
  return { emitter, kills, target };
}

describe('folderGuard', () => {
  it('on SIGINT or SIGTERM removes the registered folders and raises the signal again', () => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const { emitter, kills, target } = fakeProcess();
      const guard = folderGuard(target);
      const folder = join(makeTempDir(), 'vendor-eval-base-x');
      mkdirSync(join(folder, 'vendors'), { recursive: true });
      guard(folder);
      expect(emitter.listenerCount(signal)).toBe(1);
      emitter.emit(signal, signal);
      expect(existsSync(folder)).toBe(false);
      expect(kills).toEqual([`42 ${signal}`]);
      // the signal raised again ends the process as it would have: no listener keeps it alive
      expect(emitter.listenerCount(signal)).toBe(0);
    }
  });

  it('a released folder is left alone, and a signal after the snapshot still ends the run', () => {
    const { emitter, kills, target } = fakeProcess();
    const guard = folderGuard(target);
    const kept = makeTempDir();
    const release = guard(kept);
    release();
    expect(emitter.listenerCount('SIGINT')).toBe(1);
    emitter.emit('SIGINT', 'SIGINT');
    expect(existsSync(kept)).toBe(true);
    expect(kills).toEqual(['42 SIGINT']);
  });

  it('listens once however many folders are registered', () => {
    const { emitter, target } = fakeProcess();
    const guard = folderGuard(target);
    guard(makeTempDir());
    guard(makeTempDir());
    expect(emitter.listenerCount('SIGTERM')).toBe(1);
  });
});
