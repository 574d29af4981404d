import { appendFileSync } from 'node:fs';

/**
 * Appends `content` to the file at `path`, creating it when missing; what the file held stays.
 * For files a CI system hands a step to add to (GitHub's `$GITHUB_STEP_SUMMARY`).
 */
export function appendText(path: string, content: string): void {
  appendFileSync(path, content);
}
