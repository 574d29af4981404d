import { inertStrings } from '../inert-text.js';
import type { ValidateModel } from '../models.js';
import { checkOf, counted, verdictOf, verdictText } from './check-parts.js';
import { formatCheckMarkdown } from './check-markdown.js';
import { problemsTable } from './problems-table.js';

/**
 * GitHub refuses a step's summary over 1 MiB ("supports content up to a size of 1024k"); ours
 * stays under it, with some room for what other tools of the same step append.
 */
export const summaryLimitBytes = 1_000_000;

/** Bytes of `text` in UTF-8 (what GitHub measures), without a Buffer: report code is pure. */
export function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/**
 * `markdown` cut at a line so that it stays within `limit` bytes, with a closing note saying
 * how much was left out and that the log has everything; unchanged when it fits.
 */
export function capMarkdown(markdown: string, limit: number = summaryLimitBytes): string {
  if (utf8Length(markdown) <= limit) return markdown;
  const lines = markdown.split('\n');
  const note = (left: number) =>
    `\n\n_The summary is cut here: ${counted(left, 'more line')} would pass GitHub's limit of 1 MiB per step. Every problem is in the job's log._\n`;
  const budget = limit - utf8Length(note(lines.length));
  const kept: string[] = [];
  let used = 0;
  for (const line of lines) {
    const size = utf8Length(line) + 1;
    if (used + size > budget) break;
    kept.push(line);
    used += size;
  }
  return `${kept.join('\n')}${note(lines.length - kept.length)}`;
}

/** `validate`'s summary: the verdict, the counts and the problems table. */
function validateSummary(model: ValidateModel): string {
  const v = verdictOf(model);
  return [
    `## vendor-eval validate: ${v.passed ? 'passed' : 'failed'}`,
    '',
    `${counted(model.files.length, 'file')} checked. ${verdictText(model).replace(/^validate (passed|failed): /, '')}.`,
    '',
    problemsTable(model.issues),
  ].join('\n');
}

/**
 * The Markdown appended to `$GITHUB_STEP_SUMMARY` by `--format github`: for a check, the
 * pull-request comment of `check --format markdown`; for `validate`, the counts and the
 * problems. Capped under 1 MiB.
 */
export function githubJobSummary(model: ValidateModel): string {
  // not a Format: the model's user text is made inert here, as renderFormat does for a format
  const inert = inertStrings(model, 'markdown');
  const check = checkOf(inert);
  // a blank line first: the file may hold an earlier tool's summary without a final newline
  return capMarkdown(`\n${check ? formatCheckMarkdown(check) : validateSummary(inert)}`);
}
