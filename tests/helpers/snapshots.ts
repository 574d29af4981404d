import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { snapshotAt, type GitSnapshot } from '../../src/io/git-snapshot.js';

/**
 * `snapshotAt` for a test file: each snapshot it makes is removed after the test, and a failed
 * one throws with its messages. Call once at the top of a test file (it registers the hook).
 */
export function trackedSnapshots(): (cwd: string, ref: string) => GitSnapshot {
  const open: GitSnapshot[] = [];
  afterEach(() => {
    for (const s of open.splice(0)) s.cleanup();
  });
  return (cwd, ref) => {
    const result = snapshotAt({ cwd, ref });
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
    open.push(result.value);
    return result.value;
  };
}

/** A file of a snapshot (or any folder) as text. */
export const readText = (root: string, path: string): string =>
  readFileSync(join(root, path), 'utf8');
