import type { ChalkInstance } from 'chalk';
import type { VendorResult } from '../core/model/ranking.js';
import {
  compareFootnote,
  compareHeadline,
  placeText,
  signedPoints,
  type Comparison,
  type CompareSide,
} from '../report/compare-rows.js';
import { compromiseLine, methodFiguresLine } from '../report/method-figures.js';
import { formatPercent, formatScore, formatUtility } from '../report/numbers.js';
import { renderTable } from './table.js';

/**
 * `compare` for a terminal: who leads and by how much, each vendor's score, rank and knock-outs,
 * then one row per criterion — answer, utility and points for both, and the difference — with
 * the criteria that decide the difference first. `shown` rows are printed (`--top`).
 */
export function renderCompare(c: Comparison, shown: number, chalk: ChalkInstance): string {
  const out = [chalk.bold(compareHeadline(c))];
  for (const [label, v] of [
    ['A', c.a],
    ['B', c.b],
  ] as const)
    out.push(vendorLine(c.ranking, label, v, c.eligibleCount, chalk));
  const compromise = compromiseLine(c.ranking);
  if (compromise) out.push(chalk.dim(compromise));
  const head = [
    'Criterion',
    'Weight',
    `A: ${short(c.a.name)}`,
    'Pts A',
    `B: ${short(c.b.name)}`,
    'Pts B',
    'Δ A−B',
  ].map((h) => chalk.bold(h));
  const body = c.rows.slice(0, shown).map((r) => {
    const d = signedPoints(r.difference);
    return [
      r.name,
      formatPercent(r.weight, 2),
      answerCell(r.a, chalk),
      formatScore(r.a.contribution),
      answerCell(r.b, chalk),
      formatScore(r.b.contribution),
      d === '0.0' ? chalk.dim(d) : r.difference > 0 ? chalk.green(d) : chalk.red(d),
    ];
  });
  out.push(
    renderTable(body, {
      head,
      align: ['left', 'right', 'left', 'right', 'left', 'right', 'right'],
      widths: [32, 8, 26, 7, 26, 7, 8],
    }),
  );
  for (const line of compareFootnote(c, Math.min(shown, c.rows.length))) out.push(chalk.dim(line));
  return `${out.join('\n')}\n`;
}

function short(name: string): string {
  return name.length > 20 ? `${name.slice(0, 19)}…` : name;
}

function vendorLine(
  ranking: Comparison['ranking'],
  label: string,
  v: VendorResult,
  eligibleCount: number,
  chalk: ChalkInstance,
): string {
  const figures = methodFiguresLine(ranking, v);
  const head = `${chalk.bold(`${label}:`)} ${v.name} (${v.id}) ${formatScore(v.score)} / 100, ${placeText(v, eligibleCount)}${figures ? chalk.dim(` · ${figures}`) : ''}`;
  const kos = v.knockouts.map((k) => `\n   ${chalk.red('✗ knock-out')} ${k.reason}`).join('');
  const missing = v.missing.length
    ? `\n   ${chalk.yellow('!')} ${v.missing.length} criteria unanswered`
    : '';
  return head + kos + missing;
}

function answerCell(s: CompareSide, chalk: ChalkInstance): string {
  const answer = s.answered ? s.answer : chalk.yellow('unanswered');
  const utility = chalk.dim(`u ${s.answered ? formatUtility(s.utility) : '—'}`);
  const ko = s.knockout ? `\n${chalk.red(`✗ ${s.knockout}`)}` : '';
  return `${answer}\n${utility}${ko}`;
}
