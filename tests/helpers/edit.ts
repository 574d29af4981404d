import { readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/** Replaces `from` with `to` in a file, after checking the file holds `from` (so an edit that no longer applies fails its test instead of changing nothing). */
export function editFile(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}
