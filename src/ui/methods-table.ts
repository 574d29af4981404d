import { setLabel } from '../report/numbers.js';
import type { Format } from '../report/format.js';
import {
  rankScoreCell,
  winnerVerdict,
  type MethodComparison,
} from '../report/method-comparison.js';
import type { Theme } from '../report/theme.js';
import { skippedTableLines } from '../report/skipped-files.js';
import { overridesLine } from '../report/weight-overrides.js';
import { fitTable, hiddenNote, type Column } from './fit.js';
import { displayWidth, truncate } from './width.js';
import { fitLines } from './wrap.js';

/**
 * `rank --all-methods` for a terminal: one row per vendor, one column per method holding the
 * rank and score, first places highlighted, and the verdict on the winner below. On a narrow
 * terminal (`columns`) the vendor names and method headers wrap first; if that is not enough the
 * scores are dropped and only ranks shown, and last the Eligible column goes. `scopeNote` (e.g.
 * what `--pareto` left out) goes under the title.
 */
export function renderMethodsTable(
  c: MethodComparison,
  theme: Theme,
  columns?: number,
  scopeNote?: string,
): string {
  let table = methodsTable(c, theme, true, columns);
  const narrowed = !table.fits;
  if (narrowed) table = methodsTable(c, theme, false, columns);
  const verdict = winnerVerdict(c);
  const head = [
    `${theme.bold(c.criteriaSet.name)} ${theme.dim(`(${setLabel(c.criteriaSet)})`)} · every method, ordered by ${c.orderedBy} · unanswered ${c.missing === 'exclude' ? 'left out' : 'score 0'}`,
    ...(scopeNote ? [theme.dim(scopeNote)] : []),
  ];
  const overridden = overridesLine(c.weightOverrides);
  if (overridden) head.push(`${theme.yellow('!')} ${overridden}`);
  head.push(...skippedTableLines(c.skipped, theme));
  const notes = [
    // a method without a verdict is a caveat even when the others agree
    c.sameWinner && !Object.keys(c.noVerdict).length
      ? `${theme.green('✓')} ${verdict}`
      : `${theme.yellow('!')} ${verdict}`,
  ];
  // the legend stays: with the Eligible column hidden too, `—` is explained only here
  if (narrowed)
    notes.push(
      theme.dim(
        'each cell: rank; — ineligible (scores hidden: the terminal is too narrow; widen it, or use --format markdown)',
      ),
    );
  else notes.push(theme.dim('each cell: rank (score 0–100); — ineligible'));
  const hidden = hiddenNote(table.hidden);
  if (hidden) notes.push(theme.dim(hidden));
  return `${[...fitLines(head, columns), table.text, ...fitLines(notes, columns)].join('\n')}\n`;
}

function methodsTable(
  c: MethodComparison,
  theme: Theme,
  withScores: boolean,
  columns: number | undefined,
) {
  const rows = c.vendors.map((v) => {
    const name = truncate(v.name, 40);
    return [
      v.eligible ? name : theme.dim(name),
      ...c.methods.map((m) => {
        const rank = v.ranks[m] ?? null;
        const text = withScores
          ? rankScoreCell(rank, v.scores[m])
          : rank === null
            ? '—'
            : String(rank);
        return rank === 1 ? theme.bold(theme.green(text)) : v.eligible ? text : theme.dim(text);
      }),
      v.eligible ? theme.green('yes') : theme.red('no'),
    ];
  });
  // a method column may narrow to its widest cell, wrapping its header at the hyphen
  const cellWidth = (k: number): number =>
    Math.max(1, ...rows.map((r) => displayWidth(r[k + 1] ?? '')));
  const cols: Column[] = [
    { header: theme.bold('Vendor'), wrap: true, minWidth: 12, narrow: 1 },
    ...c.methods.map((m, k): Column => ({
      header: theme.bold(m),
      align: 'right',
      wrap: true,
      // never narrower than a cell, nor than a piece of the name cut after a hyphen
      minWidth: Math.max(cellWidth(k), ...m.split(/(?<=-)/).map((p) => p.length)),
      narrow: 0,
    })),
    // with scores nothing is hidden: the caller falls back to ranks only instead
    { header: theme.bold('Eligible'), ...(withScores ? {} : { drop: 0 }) },
  ];
  return fitTable(cols, rows, columns);
}

/** `rank --all-methods --format table` (the default). */
export const methodsTableFormat: Format<MethodComparison> = {
  id: 'table',
  description: 'rank (score) per method for the terminal, fitted to its width',
  userText: 'line',
  render: (c, ctx) => renderMethodsTable(c, ctx.theme, ctx.columns, ctx.scopeNote),
};
