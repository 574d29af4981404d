import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * vitest global setup: the built CLI that end-to-end tests spawn caches into a folder of this
 * test run (inherited through XDG_CACHE_HOME), never into the developer's own ~/.cache, and
 * the folder is removed when the run ends.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'vendor-eval-test-cache-'));
  process.env.XDG_CACHE_HOME = dir;
  delete process.env.VENDOR_EVAL_CACHE_DIR;
  delete process.env.VENDOR_EVAL_NO_CACHE;
  return () => rmSync(dir, { recursive: true, force: true });
}
