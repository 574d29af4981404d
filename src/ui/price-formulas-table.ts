import type { PriceFormulaComparison } from '../core/analysis/price-formulas.js';
import { priceFormulaIds } from '../core/analysis/price-formulas.js';
import { formatMoney } from '../report/cost-model.js';
import type { Format } from '../report/format.js';
import { setLabel } from '../report/numbers.js';
import {
  formulaCell,
  formulaLabel,
  formulaLegend,
  formulaVerdict,
} from '../report/price-formulas.js';
import { skippedTableLines } from '../report/skipped-files.js';
import type { Theme } from '../report/theme.js';
import { overridesLine } from '../report/weight-overrides.js';
import { fitTable, hiddenNote, type Column } from './fit.js';
import { fitLines } from './wrap.js';

/**
 * `rank --price-formulas`: each vendor's contract cost and its rank (score) under the set's
 * own price scoring, lowest-price, minmax and value for money, then the verdict: the same
 * winner under every formula, or which formula makes whom win.
 */
export function renderPriceFormulas(
  c: PriceFormulaComparison,
  theme: Theme,
  columns?: number,
): string {
  const cols: Column[] = [
    { header: theme.bold('Vendor'), wrap: true, minWidth: 16 },
    {
      header: theme.bold(`Contract${c.currency ? `\n${theme.dim(c.currency)}` : ''}`),
      name: 'Contract',
      align: 'right',
      drop: 0,
    },
    ...priceFormulaIds.map((id): Column => ({
      header: theme.bold(formulaLabel(c, id)),
      name: id,
      align: 'right',
      wrap: id === 'set',
      minWidth: 10,
    })),
  ];
  const rows = c.vendors.map((v) => [
    v.eligible ? v.name : theme.dim(v.name),
    v.contract === null ? theme.dim('—') : formatMoney(v.contract),
    ...priceFormulaIds.map((id) => formulaCell(v, id)),
  ]);
  const table = fitTable(cols, rows, columns);
  const head = [
    `${theme.bold(c.criteriaSet.name)} ${theme.dim(`(${setLabel(c.criteriaSet)})`)} · the ranking under each price formula · method ${c.method}`,
  ];
  const overridden = overridesLine(c.weightOverrides);
  if (overridden) head.push(`${theme.yellow('!')} ${overridden}`);
  head.push(...skippedTableLines(c.skipped, theme));
  const verdict = formulaVerdict(c);
  const notes = [
    c.sameWinner ? `${theme.green('✓')} ${verdict}` : `${theme.yellow('!')} ${verdict}`,
    ...formulaLegend(c).map((l) => theme.dim(l)),
  ];
  const hidden = hiddenNote(table.hidden);
  if (hidden) notes.push(theme.dim(hidden));
  return `${[...fitLines(head, columns), table.text, ...fitLines(notes, columns)].join('\n')}\n`;
}

/** `rank --price-formulas --format table`. */
export const priceFormulasTableFormat: Format<PriceFormulaComparison> = {
  id: 'table',
  description: 'rank (score) per price formula for the terminal',
  userText: 'line',
  render: (c, ctx) => renderPriceFormulas(c, ctx.theme, ctx.columns),
};
