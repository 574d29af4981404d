import type { ChalkInstance } from 'chalk';
import type { Ranking } from '../core/model/ranking.js';
import { formatPercent, formatScore } from '../report/numbers.js';
import { renderTable } from './table.js';
import { displayWidth } from './width.js';

/**
 * The ranked comparison table for a terminal: rank, vendor, score, one column per top-level
 * category (with its weight), eligibility and missing answers, then notes on knock-outs,
 * incomplete vendors and dominance. `scopeNote` (e.g. what `--pareto` left out) goes under the
 * title.
 */
export function renderRankingTable(
  ranking: Ranking,
  chalk: ChalkInstance,
  maxWidth?: number,
  scopeNote?: string,
): string {
  let table = comparisonTable(ranking, chalk, true);
  let narrowed = false;
  if (maxWidth !== undefined && displayWidth(table) > maxWidth) {
    table = comparisonTable(ranking, chalk, false);
    narrowed = true;
  }
  const lines = [
    `${chalk.bold(ranking.criteriaSet.name)} ${chalk.dim(`(${ranking.criteriaSet.id}${ranking.criteriaSet.version !== undefined ? ` v${ranking.criteriaSet.version}` : ''})`)} · method ${ranking.method} · unanswered ${ranking.missing === 'exclude' ? 'left out' : 'score 0'}`,
    ...(scopeNote ? [chalk.dim(scopeNote)] : []),
    table,
  ];
  const notes: string[] = narrowed
    ? [
        chalk.dim(
          'category columns hidden: the terminal is too narrow (widen it, or use --format markdown)',
        ),
      ]
    : [];
  for (const v of ranking.vendors.filter((x) => !x.eligible)) {
    notes.push(
      `${chalk.red('✗')} ${v.name} is ineligible: ${v.knockouts.map((k) => k.reason).join('; ')}`,
    );
  }
  for (const v of ranking.vendors.filter((x) => x.missing.length)) {
    const list =
      v.missing.slice(0, 5).join(', ') +
      (v.missing.length > 5 ? `, … (${v.missing.length - 5} more)` : '');
    notes.push(
      `${chalk.yellow('!')} ${v.name} left ${v.missing.length} criteria unanswered: ${list}`,
    );
  }
  const names = new Map(ranking.vendors.map((v) => [v.id, v.name]));
  for (const v of ranking.vendors.filter((x) => x.dominatedBy.length)) {
    notes.push(
      `${chalk.dim('†')} ${v.name} is dominated by ${v.dominatedBy.map((id) => names.get(id) ?? id).join(', ')} (as good on every criterion, better on one)`,
    );
  }
  if (notes.length) lines.push(notes.join('\n'));
  return `${lines.join('\n')}\n`;
}

/** The box-drawn table itself, with or without one column per top-level category. */
function comparisonTable(ranking: Ranking, chalk: ChalkInstance, withCategories: boolean): string {
  const top = withCategories ? ranking.topLevel : [];
  const head = [
    '#',
    'Vendor',
    'Score',
    ...top.map((t) => `${t.id}\n${chalk.dim(formatPercent(t.weight, 0))}`),
    'Eligible',
    'Missing',
  ].map((h) => chalk.bold(h));
  const rows = ranking.vendors.map((v) => {
    const shortName = v.name.length > 48 ? `${v.name.slice(0, 47)}…` : v.name;
    const name = v.dominatedBy.length ? `${shortName} ${chalk.dim('†')}` : shortName;
    const score = formatScore(v.score);
    return [
      v.rank === null ? chalk.dim('—') : String(v.rank),
      v.rank === 1 ? chalk.bold(name) : v.eligible ? name : chalk.dim(name),
      v.rank === 1 ? chalk.bold(chalk.green(score)) : v.eligible ? score : chalk.dim(score),
      ...top.map((t) => formatScore(v.categories.find((c) => c.id === t.id)?.score ?? 0)),
      v.eligible ? chalk.green('yes') : chalk.red('no'),
      v.missing.length ? chalk.yellow(String(v.missing.length)) : '0',
    ];
  });
  const align: ('left' | 'right')[] = [
    'right',
    'left',
    'right',
    ...top.map(() => 'right' as const),
    'left',
    'right',
  ];
  return renderTable(rows, { head, align });
}
