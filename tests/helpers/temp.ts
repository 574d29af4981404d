import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

// Registered once per test file (each file has its own module instance): runs after the
// file's tests, whether they passed or failed.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A fresh empty folder under the system temp folder (no project file above it), removed after
 * the test file's tests. Its real path, so a symlinked temp root does not change file names in
 * messages.
 */
export function makeTempDir(prefix = 'vendor-eval-test-'): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  made.push(dir);
  return dir;
}
