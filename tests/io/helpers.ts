import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Issue } from '../../src/core/issues.js';
import { formatIssueLine } from '../../src/report/issue-format.js';
import { makeTempDir } from '../helpers/temp.js';

/** The static fixtures of the I/O tests; passed as `cwd` so file names in messages are relative. */
export const fixtures = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/io',
);

/** Every issue as the one line a user reads (plain style). */
export function lines(issues: readonly Issue[]): string[] {
  return issues.map((issue) => formatIssueLine(issue));
}

/** A fresh temporary folder (its real path), removed after the file's tests. */
export function tempDir(): string {
  return makeTempDir('vendor-eval-io-');
}

/** Writes `files` (relative path → text or bytes) under `root`, creating folders. */
export function writeTree(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}
