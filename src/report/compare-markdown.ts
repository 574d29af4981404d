import {
  compareFootnote,
  compareDecimals,
  compareHeadline,
  signedPoints,
  type Comparison,
  type CompareSide,
} from './compare-rows.js';
import type { Format } from './format.js';
import { escapeText, markdownTable } from './markdown-table.js';
import type { CompareModel } from './models.js';
import { formatPercent, formatScore, formatUtility, placeText, plural } from './numbers.js';
import { vendorCostLine } from './cost-model.js';
import { overridesParagraph } from './weight-overrides.js';

/** `compare --format markdown`: the comparison as a section for a decision record. */
export function formatCompareMarkdown(c: Comparison, shown: number): string {
  const lines = [
    `## ${escapeText(compareHeadline(c))}`,
    '',
    ...overridesParagraph(c.ranking.weightOverrides),
  ];
  for (const v of [c.a, c.b]) {
    lines.push(
      `- **${escapeText(v.name)}** (${v.id}): ${v.score.toFixed(compareDecimals(c))} / 100, ${placeText(v, c.eligibleCount)}`,
    );
    const cost = vendorCostLine(v.cost);
    if (cost) lines.push(`  - ${escapeText(`${cost[0]?.toUpperCase()}${cost.slice(1)}`)}`);
    for (const k of v.knockouts) lines.push(`  - **Knock-out:** ${escapeText(k.reason)}`);
    if (v.missing.length)
      lines.push(`  - ${plural(v.missing.length, 'criterion', 'criteria')} unanswered`);
  }
  lines.push('', ...compareRowsMarkdown(c, shown));
  return lines.join('\n');
}

/**
 * The criteria of a comparison as a Markdown table, the first `shown` rows (largest part of the
 * lead first), and the footnote: by default `compare`'s (what Δ is, what the rows add up to, how
 * many `--top` left out). Shared by `compare` and the decision record's top two.
 */
export function compareRowsMarkdown(
  c: Comparison,
  shown: number,
  footnote: readonly string[] = compareFootnote(c, Math.min(shown, c.rows.length)),
): string[] {
  const lines: string[] = [];
  const cell = (s: CompareSide): string =>
    `${s.answered ? s.answer : `unanswered${s.note ? ` (note: ${s.note})` : ''}`} (u ${s.answered ? formatUtility(s.utility) : '—'})${s.knockout ? ` ✗ ${s.knockout}` : ''}`;
  const sides = c.sidesAddUp;
  lines.push(
    markdownTable(
      [
        'Criterion',
        'Weight',
        c.a.name,
        ...(sides ? ['Points'] : []),
        c.b.name,
        ...(sides ? ['Points'] : []),
        'Δ',
      ],
      c.rows
        .slice(0, shown)
        .map((r) => [
          r.name,
          formatPercent(r.weight, 2),
          cell(r.a),
          ...(sides ? [formatScore(r.a.contribution)] : []),
          cell(r.b),
          ...(sides ? [formatScore(r.b.contribution)] : []),
          signedPoints(r.difference),
        ]),
      [
        'left',
        'right',
        'left',
        ...(sides ? (['right'] as const) : []),
        'left',
        ...(sides ? (['right'] as const) : []),
        'right',
      ],
    ),
  );
  for (const line of footnote) lines.push(`${escapeText(line)}.`, '');
  return lines;
}

/** `compare --format markdown`. */
export const compareMarkdownFormat: Format<CompareModel> = {
  id: 'markdown',
  description: 'the comparison as a section for a decision record',
  extension: 'md',
  userText: 'markdown',
  render: (m) => formatCompareMarkdown(m.comparison, m.shown),
};
