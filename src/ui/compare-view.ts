import type { VendorResult } from '../core/model/ranking.js';
import {
  compareFootnote,
  compareDecimals,
  compareHeadline,
  signedPoints,
  type Comparison,
  type CompareSide,
} from '../report/compare-rows.js';
import type { Format } from '../report/format.js';
import { compromiseLine, methodFiguresLine } from '../report/method-figures.js';
import type { CompareModel } from '../report/models.js';
import { formatPercent, formatScore, formatUtility, placeText, plural } from '../report/numbers.js';
import { vendorCostLine } from '../report/cost-model.js';
import type { Theme } from '../report/theme.js';
import { overridesLine } from '../report/weight-overrides.js';
import { fitTable, hiddenNote, type Column } from './fit.js';
import { fitLines } from './wrap.js';
import { truncate } from './width.js';

/**
 * `compare` for a terminal: who leads and by how much, each vendor's score, rank and knock-outs,
 * then one row per criterion — answer, utility and points for both, and the difference — with
 * the criteria that decide the difference first. `shown` rows are printed (`--top`). On a narrow
 * terminal (`columns`) the answer columns and then the criterion column wrap narrower, then
 * Weight is hidden.
 */
export function renderCompare(
  c: Comparison,
  shown: number,
  theme: Theme,
  columns?: number,
): string {
  const head = [theme.bold(compareHeadline(c))];
  const overridden = overridesLine(c.ranking.weightOverrides);
  if (overridden) head.push(`${theme.yellow('!')} ${overridden}`);
  for (const [label, v] of [
    ['A', c.a],
    ['B', c.b],
  ] as const)
    head.push(vendorLine(c.ranking, label, v, c.eligibleCount, theme, compareDecimals(c)));
  const compromise = compromiseLine(c.ranking);
  if (compromise) head.push(theme.dim(compromise));
  const cols: Column[] = [
    { header: 'Criterion', width: 30, wrap: true, minWidth: 12, narrow: 2 },
    { header: 'Weight', width: 6, align: 'right', drop: 0 },
    { header: `A: ${short(c.a.name)}`, width: 24, wrap: true, minWidth: 10, narrow: 0 },
    ...(c.sidesAddUp ? [{ header: 'Pts A', width: 5, align: 'right' }] : []),
    { header: `B: ${short(c.b.name)}`, width: 24, wrap: true, minWidth: 10, narrow: 1 },
    ...(c.sidesAddUp ? [{ header: 'Pts B', width: 5, align: 'right' }] : []),
    { header: 'Δ A−B', width: 6, align: 'right' },
  ].map((col) => ({ ...col, header: theme.bold(col.header) }) as Column);
  const body = c.rows.slice(0, shown).map((r) => {
    const d = signedPoints(r.difference);
    return [
      r.name,
      formatPercent(r.weight, 2),
      answerCell(r.a, theme),
      ...(c.sidesAddUp ? [formatScore(r.a.contribution)] : []),
      answerCell(r.b, theme),
      ...(c.sidesAddUp ? [formatScore(r.b.contribution)] : []),
      Number(d) === 0 ? theme.dim(d) : r.difference > 0 ? theme.green(d) : theme.red(d),
    ];
  });
  const table = fitTable(cols, body, columns);
  const notes = compareFootnote(c, Math.min(shown, c.rows.length)).map((line) => theme.dim(line));
  const hidden = hiddenNote(table.hidden);
  if (hidden) notes.push(theme.dim(hidden));
  const out = [...fitLines(head, columns), table.text, ...fitLines(notes, columns)];
  return `${out.join('\n')}\n`;
}

function short(name: string): string {
  return truncate(name, 20);
}

function vendorLine(
  ranking: Comparison['ranking'],
  label: string,
  v: VendorResult,
  eligibleCount: number,
  theme: Theme,
  digits: number,
): string {
  const figures = [vendorCostLine(v.cost), methodFiguresLine(ranking, v)]
    .filter(Boolean)
    .join(' · ');
  const head = `${theme.bold(`${label}:`)} ${v.name} (${v.id}) ${v.score.toFixed(digits)} / 100, ${placeText(v, eligibleCount)}${figures ? theme.dim(` · ${figures}`) : ''}`;
  const kos = v.knockouts.map((k) => `\n   ${theme.red('✗ knock-out')} ${k.reason}`).join('');
  const missing = v.missing.length
    ? `\n   ${theme.yellow('!')} ${plural(v.missing.length, 'criterion', 'criteria')} unanswered`
    : '';
  return head + kos + missing;
}

function answerCell(s: CompareSide, theme: Theme): string {
  // a note beside a missing answer says why it is missing, so it is shown with it
  const answer = s.answered
    ? s.answer
    : theme.yellow(`unanswered${s.note ? ` (note: ${s.note})` : ''}`);
  const utility = theme.dim(`u ${s.answered ? formatUtility(s.utility) : '—'}`);
  const ko = s.knockout ? `\n${theme.red(`✗ ${s.knockout}`)}` : '';
  return `${answer}\n${utility}${ko}`;
}

/** `compare --format table` (the default). */
export const compareTableFormat: Format<CompareModel> = {
  id: 'table',
  description: 'the two vendors side by side for the terminal, fitted to its width',
  userText: 'line',
  render: (m, ctx) => renderCompare(m.comparison, m.shown, ctx.theme, ctx.columns),
};
