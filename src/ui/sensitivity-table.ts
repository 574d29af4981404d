import type { Format } from '../report/format.js';
import { formatPercent, setLabel } from '../report/numbers.js';
import {
  centralWeightRows,
  centralWeightsLabel,
  centralWeightsNote,
  percentileText,
  rankCount,
  rankText,
  sensitivityHeadline,
  sensitivityNotes,
  type SensitivityModel,
} from '../report/sensitivity-model.js';
import { skippedTableLines } from '../report/skipped-files.js';
import type { Theme } from '../report/theme.js';
import { renderTippingPoints } from '../report/tipping-points-text.js';
import { overridesLine } from '../report/weight-overrides.js';
import { fitTable, hiddenNote, type Column } from './fit.js';
import { fitLines } from './wrap.js';
import { truncate } from './width.js';

const eighths = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A share in [0, 1] as a bar of `width` cells, to the eighth of a cell. */
export function shareBar(share: number, width = 10): string {
  const units = Math.round(Math.min(1, Math.max(0, share)) * width * 8);
  const full = Math.floor(units / 8);
  const bar = '█'.repeat(full) + (eighths[units % 8] ?? '');
  return bar.padEnd(width, ' ');
}

/**
 * `sensitivity`: the headline (who ranks first how often), then the rank-acceptability table,
 * one row per vendor in base-rank order: the share of draws at each rank (rank 1 with a bar),
 * the mean rank and the 5th–95th percentile rank. Higher ranks' columns are hidden first when
 * the terminal is narrow. Notes state the settings and what the cells mean.
 */
export function renderSensitivityTable(
  m: SensitivityModel,
  theme: Theme,
  columns?: number,
): string {
  const r = m.result;
  const ranks = rankCount(r);
  const cols: Column[] = [
    { header: theme.bold('#'), align: 'right' },
    { header: theme.bold('Vendor'), wrap: true, minWidth: 12 },
    { header: theme.bold('Rank 1'), name: 'Rank 1' },
    ...Array.from({ length: Math.max(0, ranks - 1) }, (_, k): Column => ({
      header: theme.bold(`Rank ${k + 2}`),
      name: `Rank ${k + 2}`,
      align: 'right',
      drop: 100 + ranks - k,
    })),
    { header: theme.bold('Mean\nrank'), name: 'Mean rank', align: 'right', drop: 200 },
    { header: theme.bold('P5–P95'), align: 'right', drop: 300 },
  ];
  const share = (s: number) => (s === 0 ? theme.dim('·') : formatPercent(s));
  const rows = r.vendors.map((v) => {
    const first = v.shares[0] ?? 0;
    const rank1 = v.eligible
      ? `${(first === 0 ? '·' : formatPercent(first)).padStart(6)} ${theme.green(shareBar(first))}`
      : theme.dim('not eligible');
    return [
      rankText(v.baseRank),
      v.baseRank === 1 ? theme.bold(truncate(v.name, 48)) : truncate(v.name, 48),
      rank1,
      ...v.shares.slice(1).map((s) => (v.eligible ? share(s) : theme.dim('—'))),
      rankText(v.meanRank, 2),
      percentileText(v),
    ];
  });
  const table = fitTable(cols, rows, columns);
  const head = [
    `${theme.bold(m.ranking.criteriaSet.name)} ${theme.dim(`(${setLabel(m.ranking.criteriaSet)})`)} · rank stability`,
  ];
  const overrides = overridesLine(m.ranking.weightOverrides);
  if (overrides) head.push(theme.yellow(overrides));
  head.push(...skippedTableLines(m.ranking.skipped, theme));
  head.push(theme.bold(sensitivityHeadline(r)));
  const notes = sensitivityNotes(r, m.ranking.missing).map((n) => `${theme.dim('·')} ${n}`);
  const hidden = hiddenNote(table.hidden);
  if (hidden) notes.unshift(theme.dim(hidden));
  const central = centralWeightsTable(m, theme, columns);
  const tipping = renderTippingPoints(
    { criteria: r.tippingPoints, categories: r.categoryTippingPoints },
    m.leader,
    theme,
  );
  return `${[...fitLines(head, columns), table.text, ...fitLines(notes, columns), ...central, '', ...fitLines(tipping, columns)].join('\n')}\n`;
}

/** `sensitivity --format table` (the default). */
export const sensitivityTableFormat: Format<SensitivityModel> = {
  id: 'table',
  description: 'the rank-acceptability table for the terminal, fitted to its width',
  userText: 'line',
  render: (m, ctx) => renderSensitivityTable(m, ctx.theme, ctx.columns),
};

/**
 * The central weights per top-level group of each vendor that wins some draws, beside the
 * stated weights, with the confidence factor; nothing when only one vendor ever wins.
 */
function centralWeightsTable(m: SensitivityModel, theme: Theme, columns?: number): string[] {
  const rows = centralWeightRows(m);
  if (rows.length === 0) return [];
  const confident = m.result.uncertainAnswers > 0;
  const table = fitTable(
    [
      { header: theme.bold('Weights') },
      ...m.groups.map((g): Column => ({ header: theme.bold(g.id), align: 'right' })),
      ...(confident ? [{ header: theme.bold('Confidence'), align: 'right' } as Column] : []),
    ],
    rows.map((r) => [
      centralWeightsLabel(r),
      ...r.weights.map((w) => formatPercent(w)),
      ...(confident ? [r.confidence === null ? '' : formatPercent(r.confidence)] : []),
    ]),
    columns,
  );
  return [
    '',
    theme.bold('Central weights: the weights under which each vendor typically wins'),
    table.text,
    ...fitLines([`${theme.dim('·')} ${centralWeightsNote(m.result)}`], columns),
  ];
}
