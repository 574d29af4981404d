// Temporary folders a command made, removed if the run is interrupted: `check --base` writes the
// project at a ref into one, and Ctrl-C (SIGINT) or a CI runner's SIGTERM would otherwise leave
// it behind, since a signal ends the process without running its `finally` blocks.
import { rmSync } from 'node:fs';

const signals = ['SIGINT', 'SIGTERM'] as const;
type Signal = (typeof signals)[number];

/** The part of `process` the guard uses (a fake in tests). */
export interface SignalTarget {
  on(signal: Signal, listener: (signal: Signal) => void): unknown;
  off(signal: Signal, listener: (signal: Signal) => void): unknown;
  kill(pid: number, signal: Signal): unknown;
  pid: number;
}

/**
 * Makes a function that registers a folder to remove on SIGINT or SIGTERM and returns
 * the function that unregisters it. From the first folder on, the process listens to those
 * signals; on one it removes every folder still registered, stops listening and raises the
 * signal again, so the process ends as it would have (exit 130 on Ctrl-C). It keeps listening
 * after the folders are gone: the snapshot is written synchronously, so a signal that came
 * during it is handled only afterwards, and a listener removed by then would swallow it.
 */
export function folderGuard(target: SignalTarget): (folder: string) => () => void {
  const folders = new Set<string>();
  let listening = false;
  const onSignal = (signal: Signal) => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    folders.clear();
    for (const s of signals) target.off(s, onSignal);
    listening = false;
    target.kill(target.pid, signal);
  };
  return (folder) => {
    if (!listening) for (const s of signals) target.on(s, onSignal);
    listening = true;
    folders.add(folder);
    return () => {
      folders.delete(folder);
    };
  };
}

/** The guard of this process. */
export const removeOnInterrupt = folderGuard(process);
