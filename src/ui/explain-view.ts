import type { Ranking, VendorResult } from '../core/model/ranking.js';
import type { CriteriaSet } from '../core/model/types.js';
import {
  categoryBasisLine,
  explainHeadline,
  explainRows,
  methodColumns,
  methodLegend,
  zeroedLine,
} from '../report/explain-rows.js';
import type { Format } from '../report/format.js';
import { compromiseLine, methodFiguresLine } from '../report/method-figures.js';
import { eligibleCount, type ExplainModel } from '../report/models.js';
import { formatPercent, formatScore, plural } from '../report/numbers.js';
import { vendorCostLine } from '../report/cost-model.js';
import type { Theme } from '../report/theme.js';
import { overridesLine } from '../report/weight-overrides.js';
import { fitTable, hiddenNote, type Column } from './fit.js';
import { fitLines } from './wrap.js';

/**
 * `explain` for a terminal: the verdict, the method's own figures (distances, S/R/Q, flows, the
 * VIKOR compromise set), knock-outs, then one table per top-level category with
 * each criterion's answer, utility, global weight, points contributed and evidence. On a narrow
 * terminal (`columns`) the evidence, answer and criterion columns wrap narrower, in that order,
 * then Utility and then Weight are hidden.
 */
export function renderExplain(
  set: CriteriaSet,
  ranking: Ranking,
  vendor: VendorResult,
  eligible: number,
  theme: Theme,
  columns?: number,
): string {
  const rows = explainRows(set, ranking, vendor);
  const head: string[] = [theme.bold(explainHeadline(ranking, vendor, eligible))];
  for (const line of [
    vendorCostLine(vendor.cost),
    methodFiguresLine(ranking, vendor),
    compromiseLine(ranking, vendor),
    categoryBasisLine(ranking),
  ])
    if (line) head.push(theme.cyan(line));
  const overridden = overridesLine(ranking.weightOverrides);
  if (overridden) head.push(`${theme.yellow('!')} ${overridden}`);
  const zeroed = zeroedLine(ranking, vendor);
  if (zeroed) head.push(`${theme.yellow('!')} ${zeroed}`);
  for (const k of vendor.knockouts) head.push(`${theme.red('✗ knock-out')} ${k.reason}`);
  if (vendor.missing.length)
    head.push(
      `${theme.yellow('!')} ${plural(vendor.missing.length, 'criterion', 'criteria')} unanswered (${ranking.missing === 'exclude' ? 'left out of the weights' : 'scored 0'})`,
    );
  if (vendor.dominatedBy.length)
    head.push(
      `${theme.dim('†')} dominated by ${vendor.dominatedBy.map((id) => ranking.vendors.find((v) => v.id === id)?.name ?? id).join(', ')}`,
    );
  if (vendor.evaluators.length) head.push(theme.dim(`evaluators: ${vendor.evaluators.join(', ')}`));
  head.push(theme.dim(methodLegend(ranking)));
  const out = fitLines(head, columns);
  const cols: Column[] = [
    { header: 'Criterion', width: 32, wrap: true, minWidth: 14, narrow: 2 },
    { header: 'Answer', width: 20, wrap: true, minWidth: 10, narrow: 1 },
    { header: 'Utility', width: 7, align: 'right', drop: 0 },
    { header: 'Weight', width: 7, align: 'right', drop: 1 },
    // the method's own figures; beyond the first, they go (right to left) before Utility does
    ...methodColumns(ranking).map((m, k, all) => ({
      header: m.label,
      width: Math.max(6, m.digits + 3),
      align: 'right',
      ...(k > 0 ? { drop: -(all.length - k) } : {}),
    })),
    { header: 'Evidence / knock-out', width: 42, wrap: true, minWidth: 16, narrow: 0 },
  ].map((c) => ({ ...c, header: theme.bold(c.header) }) as Column);
  const hidden = new Set<string>();
  for (const cat of vendor.categories) {
    out.push(
      '',
      ...fitLines(
        [
          `${theme.bold(cat.name)} ${theme.dim(`weight ${formatPercent(cat.weight)}`)} · ${cat.score === null ? 'not scored: every criterion unanswered, left out' : `${formatScore(cat.score)} / 100`}`,
        ],
        columns,
      ),
    );
    const body = rows
      .filter((_, i) => (vendor.criteria[i]?.path[0] ?? vendor.criteria[i]?.id) === cat.id)
      .map((r) => {
        const failed = r.knockedOut;
        const rule = failed
          ? theme.red(`✗ ${r.knockout}`)
          : r.knockout
            ? theme.dim(r.knockout)
            : '';
        // a failed knock-out leads the cell; otherwise the evidence does
        const note = (failed ? [rule, r.evidence] : [r.evidence, rule]).filter(Boolean).join('\n');
        return [
          r.answered ? r.criterion : theme.yellow(r.criterion),
          r.answered
            ? [r.answer, r.derivation ? theme.dim(r.derivation) : ''].filter(Boolean).join('\n')
            : theme.yellow('unanswered'),
          r.utility,
          r.weight,
          ...r.terms,
          r.evidence.startsWith('MISSING') ? theme.yellow(note) : note,
        ];
      });
    const table = fitTable(cols, body, columns);
    for (const name of table.hidden) hidden.add(name);
    out.push(table.text);
  }
  const note = hiddenNote([...hidden]);
  if (note) out.push(...fitLines([theme.dim(note)], columns));
  return `${out.join('\n')}\n`;
}

/** `explain --format table` (the default). */
export const explainTableFormat: Format<ExplainModel> = {
  id: 'table',
  description: 'one table per category for the terminal, fitted to its width',
  userText: 'line',
  render: (m, ctx) =>
    renderExplain(m.set, m.ranking, m.vendor, eligibleCount(m.ranking), ctx.theme, ctx.columns),
};
