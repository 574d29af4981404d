import type { PriceFormulaComparison, PriceFormulaId } from '../core/analysis/price-formulas.js';
import { priceFormulaIds } from '../core/analysis/price-formulas.js';
import { formatMoney } from './cost-model.js';
import type { Format } from './format.js';
import { jsonHeader } from './json-header.js';
import { escapeText, markdownTable, type Align } from './markdown-table.js';
import { formatCsvRows } from './csv.js';
import { withCsvPreamble } from './ranking-csv.js';
import { skippedParagraph } from './skipped-files.js';
import { overridesParagraph } from './weight-overrides.js';

/** Each formula's column heading and what it computes, for the legend under every view. */
export function formulaLabel(c: PriceFormulaComparison, id: PriceFormulaId): string {
  switch (id) {
    case 'set':
      return `set\n${c.setScoring}`;
    case 'lowest-price':
      return 'lowest-price';
    case 'minmax':
      return 'minmax';
    case 'value-for-money':
      return 'value for money';
  }
}

/** The legend: what each column is, so every figure can be worked out from it. */
export function formulaLegend(c: PriceFormulaComparison): string[] {
  const unit = c.currency ? `${c.currency} 1M` : '1M';
  return [
    `set: the set's own scoring of ${c.costCriteria.join(', ')}; lowest-price: lowest contract cost ÷ this one; minmax: 1 at the lowest, 0 at the highest`,
    `each cell: rank (score 0–100 under ${c.method}); value for money: rank (non-price score ÷ contract cost, points per ${unit}); — ineligible or not costed`,
  ];
}

/** The verdict: the same winner under every formula, or which wins where. */
export function formulaVerdict(c: PriceFormulaComparison): string {
  const name = new Map(c.vendors.map((v) => [v.id, v.name]));
  const names = (ids: string[]) =>
    ids.length ? ids.map((id) => name.get(id) ?? id).join(', ') : 'nobody';
  if (c.sameWinner) return `same winner under every price formula: ${names(c.winners.set)}`;
  // formulas grouped by the winner they give, in formula order
  const groups = new Map<string, PriceFormulaId[]>();
  for (const id of priceFormulaIds) {
    const who = names(c.winners[id]);
    groups.set(who, [...(groups.get(who) ?? []), id]);
  }
  return `the winner depends on the price formula: ${[...groups]
    .map(([who, ids]) => `${who} (${ids.join(', ')})`)
    .join('; ')}`;
}

/** A cell: `2 (81.8)`, `1 (9.55)` for value for money, `—` when unranked. */
export function formulaCell(
  v: PriceFormulaComparison['vendors'][number],
  id: PriceFormulaId,
): string {
  const rank = v.ranks[id];
  const score = v.scores[id];
  if (rank === null || score === null) return '—';
  return `${rank} (${score.toFixed(id === 'value-for-money' ? 2 : 1)})`;
}

/** `rank --price-formulas --format json`: ranks and scores per formula, unrounded. */
export function formatPriceFormulasJson(c: PriceFormulaComparison, toolVersion: string): string {
  const doc = {
    ...jsonHeader(
      toolVersion,
      c.criteriaSet,
      { method: c.method, priceFormulas: [...priceFormulaIds], costCriteria: c.costCriteria },
      c.weightOverrides,
      c.missing,
      c.skipped,
    ),
    setScoring: c.setScoring,
    currency: c.currency,
    sameWinner: c.sameWinner,
    winners: c.winners,
    vendors: c.vendors,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** `rank --price-formulas --format markdown`. */
export function formatPriceFormulasMarkdown(c: PriceFormulaComparison): string {
  const head = [
    'Vendor',
    `Contract${c.currency ? ` (${c.currency})` : ''}`,
    ...priceFormulaIds.map((id) => formulaLabel(c, id)),
  ];
  const align: Align[] = ['left', 'right', ...priceFormulaIds.map((): Align => 'right')];
  const rows = c.vendors.map((v) => [
    v.name,
    v.contract === null ? '—' : formatMoney(v.contract),
    ...priceFormulaIds.map((id) => formulaCell(v, id)),
  ]);
  return [
    `## ${escapeText(c.criteriaSet.name)}: the ranking under each price formula`,
    '',
    ...overridesParagraph(c.weightOverrides),
    ...skippedParagraph(c.skipped),
    markdownTable(head, rows, align),
    ...formulaLegend(c).map((l) => `- ${escapeText(l)}`),
    '',
    `**${escapeText(formulaVerdict(c))}**`,
    '',
  ].join('\n');
}

/** `rank --price-formulas --format csv`: one row per vendor, rank and score per formula. */
export function formatPriceFormulasCsv(c: PriceFormulaComparison): string {
  const header = [
    'id',
    'name',
    'eligible',
    'contract',
    ...priceFormulaIds.flatMap((id) => [`${id}_rank`, `${id}_score`]),
  ];
  const rows = c.vendors.map((v) => [
    v.id,
    v.name,
    v.eligible,
    v.contract,
    ...priceFormulaIds.flatMap((id) => [v.ranks[id], v.scores[id]]),
  ]);
  return withCsvPreamble(c, formatCsvRows([header, ...rows]));
}

/** `rank --price-formulas --format json`. */
export const priceFormulasJsonFormat: Format<PriceFormulaComparison> = {
  id: 'json',
  description: 'ranks and scores per price formula, unrounded',
  extension: 'json',
  userText: 'encoded',
  render: (c, ctx) => formatPriceFormulasJson(c, ctx.toolVersion),
};

/** `rank --price-formulas --format markdown`. */
export const priceFormulasMarkdownFormat: Format<PriceFormulaComparison> = {
  id: 'markdown',
  description: 'a Markdown section with the verdict',
  extension: 'md',
  userText: 'markdown',
  render: (c) => formatPriceFormulasMarkdown(c),
};

/** `rank --price-formulas --format csv`. */
export const priceFormulasCsvFormat: Format<PriceFormulaComparison> = {
  id: 'csv',
  description: 'one row per vendor, rank and score per formula',
  extension: 'csv',
  userText: 'text',
  render: (c) => formatPriceFormulasCsv(c),
};
