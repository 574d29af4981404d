import type { SkippedFile } from '../core/model/ranking.js';
import { csvComment } from './csv.js';
import { escapeText } from './markdown-table.js';
import type { Theme } from './theme.js';

/**
 * The sentence every format states above a partial ranking (`rank --skip-invalid` left files
 * out), so it cannot pass for the whole field. Undefined when nothing was skipped.
 * `partial ranking: 2 vendor files skipped (--skip-invalid), their vendors not ranked`
 */
export function skippedHeadline(skipped: readonly SkippedFile[]): string | undefined {
  if (!skipped.length) return undefined;
  const files = skipped.length === 1 ? '1 vendor file' : `${skipped.length} vendor files`;
  const vendors = new Set(skipped.flatMap((s) => (s.vendor === null ? [] : [s.vendor])));
  const which = vendors.size ? `: ${[...vendors].join(', ')} not ranked` : '';
  return `partial ranking: ${files} skipped (--skip-invalid)${which}`;
}

/**
 * One line per skipped file: where its first error is and what it says, or which broken file
 * of the same vendor it went with.
 * `vendors/draft.yaml:4:3 "sla-uptime" is not a criterion of this set (unknown-criterion)`
 */
export function skippedFileLine(s: SkippedFile): string {
  if (!s.error) return `${s.file}: skipped with ${s.with ?? 'another file'} (same vendor)`;
  return `${s.file}:${s.error.line}:${s.error.column} ${s.error.message} (${s.error.rule})`;
}

/**
 * The headline and each file as Markdown: a bold paragraph and a list (nothing without skips).
 * File names and error messages quote the user's files, so they are escaped (`escapeText`).
 */
export function skippedParagraph(skipped: readonly SkippedFile[]): string[] {
  const headline = skippedHeadline(skipped);
  if (!headline) return [];
  const capital = `${headline[0]?.toUpperCase()}${headline.slice(1)}`;
  return [
    `**${escapeText(capital)}.**`,
    '',
    ...skipped.map((s) => `- ${escapeText(skippedFileLine(s))}`),
    '',
  ];
}

/** The same as CSV comment lines before the header (`# partial ranking: …`, `# skipped: …`). */
export function skippedCsvComments(skipped: readonly SkippedFile[]): string[] {
  const headline = skippedHeadline(skipped);
  if (!headline) return [];
  return [headline, ...skipped.map((s) => `skipped: ${skippedFileLine(s)}`)].map(csvComment);
}

/**
 * `partial` and `skipped` in every JSON document about a ranking: `partial` is true exactly
 * when a file was skipped; each skipped file with its vendor, first error (null for one that
 * went with its vendor's broken file) and `with`.
 */
export function skippedToJson(skipped: readonly SkippedFile[]): {
  partial: boolean;
  skipped: {
    file: string;
    vendor: string | null;
    error: SkippedFile['error'];
    with: string | null;
  }[];
} {
  return {
    partial: skipped.length > 0,
    skipped: skipped.map((s) => ({
      file: s.file,
      vendor: s.vendor,
      error: s.error,
      with: s.with ?? null,
    })),
  };
}

/** The headline and each file for a terminal table's head, the files indented under it. */
export function skippedTableLines(skipped: readonly SkippedFile[], theme: Theme): string[] {
  const headline = skippedHeadline(skipped);
  if (!headline) return [];
  return [
    `${theme.yellow('!')} ${headline}`,
    ...skipped.map((s) => theme.dim(`  ${skippedFileLine(s)}`)),
  ];
}
