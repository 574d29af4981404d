import type { Format } from './format.js';
import { skippedParagraph } from './skipped-files.js';
import { overridesParagraph } from './weight-overrides.js';
import { escapeText, markdownTable, type Align } from './markdown-table.js';
import { rankScoreCell, winnerVerdict, type MethodComparison } from './method-comparison.js';

/**
 * `rank --all-methods --format markdown`: rank (score) per method, and the verdict below;
 * `scopeNote` (e.g. what `--pareto` left out) is a paragraph above the table.
 */
export function formatMethodsMarkdown(c: MethodComparison, scopeNote?: string): string {
  const head = ['Vendor', ...c.methods, 'Eligible'];
  const align: Align[] = ['left', ...c.methods.map((): Align => 'right'), 'left'];
  const rows = c.vendors.map((v) => [
    v.name,
    ...c.methods.map((m) => rankScoreCell(v.ranks[m] ?? null, v.scores[m])),
    v.eligible ? 'yes' : 'no',
  ]);
  return [
    `## ${escapeText(c.criteriaSet.name)}: ranking under every method`,
    '',
    `Each cell is the vendor's rank (score 0–100) under that method; vendors are ordered by ${c.orderedBy}. Unanswered criteria: ${c.missing === 'exclude' ? 'left out of the weights' : 'scored 0'}.`,
    '',
    ...overridesParagraph(c.weightOverrides),
    ...skippedParagraph(c.skipped),
    ...(scopeNote ? [`${escapeText(scopeNote)}.`, ''] : []),
    markdownTable(head, rows, align),
    `**${escapeText(winnerVerdict(c))}**`,
    '',
  ].join('\n');
}

/** `rank --all-methods --format markdown`. */
export const methodsMarkdownFormat: Format<MethodComparison> = {
  id: 'markdown',
  description: 'rank (score) per method and the verdict, as a Markdown section',
  extension: 'md',
  userText: 'markdown',
  render: (c, ctx) => formatMethodsMarkdown(c, ctx.scopeNote),
};
