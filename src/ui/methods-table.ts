import type { ChalkInstance } from 'chalk';
import {
  rankScoreCell,
  winnerVerdict,
  type MethodComparison,
} from '../report/method-comparison.js';
import { displayWidth } from './width.js';
import { renderTable } from './table.js';

/**
 * `rank --all-methods` for a terminal: one row per vendor, one column per method holding the
 * rank and score, first places highlighted, and the verdict on the winner below. On a terminal
 * narrower than the table the scores are dropped and only ranks shown. `scopeNote` (e.g. what
 * `--pareto` left out) goes under the title.
 */
export function renderMethodsTable(
  c: MethodComparison,
  chalk: ChalkInstance,
  maxWidth?: number,
  scopeNote?: string,
): string {
  let table = methodsTable(c, chalk, true);
  let narrowed = false;
  if (maxWidth !== undefined && displayWidth(table) > maxWidth) {
    table = methodsTable(c, chalk, false);
    narrowed = true;
  }
  const verdict = winnerVerdict(c);
  const lines = [
    `${chalk.bold(c.criteriaSet.name)} ${chalk.dim(`(${c.criteriaSet.id})`)} · every method, ordered by ${c.orderedBy} · unanswered ${c.missing === 'exclude' ? 'left out' : 'score 0'}`,
    ...(scopeNote ? [chalk.dim(scopeNote)] : []),
    table,
    c.sameWinner ? `${chalk.green('✓')} ${verdict}` : `${chalk.yellow('!')} ${verdict}`,
  ];
  if (narrowed)
    lines.push(
      chalk.dim('scores hidden: the terminal is too narrow (widen it, or use --format markdown)'),
    );
  else lines.push(chalk.dim('each cell: rank (score 0–100); — ineligible'));
  return `${lines.join('\n')}\n`;
}

function methodsTable(c: MethodComparison, chalk: ChalkInstance, withScores: boolean): string {
  const head = ['Vendor', ...c.methods, 'Eligible'].map((h) => chalk.bold(h));
  const rows = c.vendors.map((v) => {
    const name = v.name.length > 40 ? `${v.name.slice(0, 39)}…` : v.name;
    return [
      v.eligible ? name : chalk.dim(name),
      ...c.methods.map((m) => {
        const rank = v.ranks[m] ?? null;
        const text = withScores
          ? rankScoreCell(rank, v.scores[m])
          : rank === null
            ? '—'
            : String(rank);
        return rank === 1 ? chalk.bold(chalk.green(text)) : v.eligible ? text : chalk.dim(text);
      }),
      v.eligible ? chalk.green('yes') : chalk.red('no'),
    ];
  });
  return renderTable(rows, {
    head,
    align: ['left', ...c.methods.map(() => 'right' as const), 'left'],
  });
}
