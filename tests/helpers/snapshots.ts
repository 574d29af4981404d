import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { afterEach } from 'vitest';
import { snapshotAt, type GitSnapshot } from '../../src/io/git-snapshot.js';
import { makeTempDir } from './temp.js';

/**
 * `snapshotAt` for a test file: each snapshot it makes is removed after the test, and a failed
 * one throws with its messages. Call once at the top of a test file (it registers the hook).
 */
export function trackedSnapshots(): (cwd: string, ref: string) => Promise<GitSnapshot> {
  const open: GitSnapshot[] = [];
  afterEach(() => {
    for (const s of open.splice(0)) s.cleanup();
  });
  return async (cwd, ref) => {
    const result = await snapshotAt({ cwd, ref });
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
    open.push(result.value);
    return result.value;
  };
}

/** A file of a snapshot (or any folder) as text. */
export const readText = (root: string, path: string): string =>
  readFileSync(join(root, path), 'utf8');

/**
 * The git commands `run` starts (their first argument: `rev-parse`, `cat-file`, …), in order,
 * through a `git` on the PATH that logs each call and runs the real one.
 */
export async function gitCalls(run: () => Promise<unknown>): Promise<string[]> {
  const bin = makeTempDir();
  const log = join(bin, 'calls');
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  writeFileSync(join(bin, 'git'), `#!/bin/sh\necho "$1" >> '${log}'\nexec '${real}' "$@"\n`);
  chmodSync(join(bin, 'git'), 0o755);
  const path = process.env.PATH;
  process.env.PATH = `${bin}${delimiter}${path}`;
  try {
    await run();
  } finally {
    process.env.PATH = path;
  }
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}
