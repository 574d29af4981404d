import type { Ranking, VendorResult } from '../core/model/ranking.js';
import { categoryBasisLine, zeroedLine } from './explain-rows.js';
import { abnormallyLowLines, formatMoney } from './cost-model.js';
import type { Format } from './format.js';
import { escapeText, markdownTable, type Align } from './markdown-table.js';
import { evaluatorPanels, evaluatorPanelsLine } from './evaluator-panels.js';
import { categoryText, formatPercent, rankDecimals } from './numbers.js';
import { pRank1Text, robustnessLine } from './sensitivity-model.js';
import { skippedParagraph } from './skipped-files.js';
import { overridesParagraph } from './weight-overrides.js';

/** A vendor's Eligible cell: `yes`, or `no:` and what knocked it out. */
export function eligibleText(v: Pick<VendorResult, 'eligible' | 'knockouts'>): string {
  return v.eligible
    ? 'yes'
    : `no: ${v.knockouts.map((k) => ('criterion' in k ? k.criterion : k.requirement)).join(', ')}`;
}

/**
 * The ranking as a Markdown section fit for a pull-request comment or a decision record;
 * `scopeNote` (e.g. what `--pareto` left out) is a paragraph above the table. `heading` is the
 * section's heading line (the decision record's is `## Ranking`). Text from the user's files
 * (names, knock-out reasons, evaluators) is escaped: it is never read as Markdown or HTML.
 */
export function formatRankingMarkdown(
  ranking: Ranking,
  scopeNote?: string,
  heading = `## ${escapeText(ranking.criteriaSet.name)}: ranking`,
): string {
  const costed = ranking.vendors.find((v) => v.cost);
  const currency = costed?.cost?.currency;
  const head = [
    'Rank',
    'Vendor',
    'Score',
    ...(ranking.robustness ? ['P(rank 1)'] : []),
    ...ranking.topLevel.map((t) => `${t.name} (${formatPercent(t.weight, 0)})`),
    ...(costed ? [`Contract${currency ? ` (${currency})` : ''}`] : []),
    'Eligible',
    'Missing',
  ];
  const align: Align[] = [
    'right',
    'left',
    'right',
    ...(ranking.robustness ? ['right' as Align] : []),
    ...ranking.topLevel.map((): Align => 'right'),
    ...(costed ? ['right' as Align] : []),
    'left',
    'right',
  ];
  const digits = rankDecimals(ranking.vendors);
  const rows = ranking.vendors.map((v) => [
    v.rank === null ? '—' : String(v.rank),
    v.dominatedBy.length ? `${v.name} †` : v.name,
    v.score.toFixed(digits),
    ...(ranking.robustness ? [pRank1Text(ranking.robustness, v.id)] : []),
    ...ranking.topLevel.map((t) => categoryText(v.categories.find((c) => c.id === t.id)?.score)),
    ...(costed ? [v.cost ? formatMoney(v.cost.contract) : '—'] : []),
    eligibleText(v),
    String(v.missing.length),
  ]);
  const lines = [
    heading,
    '',
    `Method: ${ranking.method}; unanswered criteria: ${ranking.missing === 'exclude' ? 'left out of the weights' : 'scored 0'}.`,
    '',
    ...overridesParagraph(ranking.weightOverrides),
    ...skippedParagraph(ranking.skipped),
    ...(scopeNote ? [`${escapeText(scopeNote)}.`, ''] : []),
    ...[evaluatorPanels(ranking)].flatMap((p) =>
      p ? [`${escapeText(evaluatorPanelsLine(p))}.`, ''] : [],
    ),
    ...[categoryBasisLine(ranking)].flatMap((l) => (l ? [`${escapeText(l)}.`, ''] : [])),
    ...(ranking.robustness ? [`${escapeText(robustnessLine(ranking.robustness))}.`, ''] : []),
    markdownTable(head, rows, align),
  ];
  const zeroed = [
    ...abnormallyLowLines(ranking),
    ...ranking.vendors.flatMap((v) => zeroedLine(ranking, v) ?? []),
  ];
  if (zeroed.length) lines.push('', ...zeroed.map((l) => `- ${escapeText(l)}`), '');
  const knocked = ranking.vendors.filter((v) => !v.eligible);
  if (knocked.length) {
    lines.push('**Knock-outs**', '');
    for (const v of knocked)
      lines.push(`- ${escapeText(`${v.name}: ${v.knockouts.map((k) => k.reason).join('; ')}`)}`);
    lines.push('');
  }
  if (ranking.vendors.some((v) => v.dominatedBy.length)) {
    lines.push(
      '† dominated: another eligible vendor is at least as good on every criterion and better on one.',
      '',
    );
  }
  return lines.join('\n');
}

/** `rank --format markdown`. */
export const rankingMarkdownFormat: Format<Ranking> = {
  id: 'markdown',
  description: 'a section for a pull request or a decision record',
  extension: 'md',
  userText: 'markdown',
  render: (ranking, ctx) => formatRankingMarkdown(ranking, ctx.scopeNote),
};
