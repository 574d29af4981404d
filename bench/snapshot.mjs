// Copies the built CLI (bin/, dist/, criteria/, examples/, templates/, package.json) into a temporary folder,
// so a rebuild by someone else during the bench (which empties dist/) cannot break or skew it.
// The bundle is self-contained (esbuild bundles every dependency), so no node_modules is needed.

import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PARTS = ['package.json', 'bin', 'dist', 'criteria', 'examples', 'templates'];

/**
 * @param {string} root the project root holding a fresh build
 * @returns {string} the snapshot folder, laid out like the project root
 */
export function snapshotBuild(root) {
  if (!existsSync(join(root, 'dist', 'cli.cjs'))) {
    throw new Error(`no build in ${root}/dist: run npm run build first`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'vendor-eval-build-'));
  for (const part of PARTS) cpSync(join(root, part), join(dir, part), { recursive: true });
  return dir;
}
