import type { Ranking } from '../core/model/ranking.js';
import { categoryBasisLine, zeroedLine } from '../report/explain-rows.js';
import { abnormallyLowLines, formatMoney } from '../report/cost-model.js';
import type { Format } from '../report/format.js';
import { categoryText, formatPercent, plural, rankDecimals, setLabel } from '../report/numbers.js';
import type { Theme } from '../report/theme.js';
import { evaluatorPanels, evaluatorPanelsLine } from '../report/evaluator-panels.js';
import { pRank1Text, robustnessLine } from '../report/sensitivity-model.js';
import { skippedTableLines } from '../report/skipped-files.js';
import { overridesLine } from '../report/weight-overrides.js';
import { fitTable, hiddenNote, type Column } from './fit.js';
import { fitLines } from './wrap.js';
import { truncate } from './width.js';

/**
 * The ranked comparison table for a terminal: rank, vendor, score, one column per top-level
 * category (with its weight), eligibility and missing answers, then notes on knock-outs,
 * incomplete vendors and dominance. `scopeNote` (e.g. what `--pareto` left out) goes under the
 * title. On a narrow terminal (`columns`) the vendor names wrap first (down to 16 characters),
 * then category columns go one at a time from the lowest weight up, then Contract (the cost),
 * then Missing, then Eligible.
 */
export function renderRankingTable(
  ranking: Ranking,
  theme: Theme,
  columns?: number,
  scopeNote?: string,
): string {
  const table = comparisonTable(ranking, theme, columns);
  const set = ranking.criteriaSet;
  const lines = [
    `${theme.bold(set.name)} ${theme.dim(`(${setLabel(set)})`)} · method ${ranking.method} · unanswered ${ranking.missing === 'exclude' ? 'left out' : 'score 0'}`,
    ...(scopeNote ? [theme.dim(scopeNote)] : []),
    ...[categoryBasisLine(ranking)].flatMap((l) => (l ? [theme.dim(l)] : [])),
    ...[evaluatorPanels(ranking)].flatMap((p) => (p ? [theme.dim(evaluatorPanelsLine(p))] : [])),
    ...(ranking.robustness ? [theme.dim(robustnessLine(ranking.robustness))] : []),
  ];
  const overridden = overridesLine(ranking.weightOverrides);
  if (overridden) lines.push(`${theme.yellow('!')} ${overridden}`);
  lines.push(...skippedTableLines(ranking.skipped, theme));
  const notes: string[] = [];
  const hidden = hiddenNote(table.hidden);
  if (hidden) notes.push(theme.dim(hidden));
  for (const v of ranking.vendors.filter((x) => !x.eligible)) {
    notes.push(
      `${theme.red('✗')} ${v.name} is ineligible: ${v.knockouts.map((k) => k.reason).join('; ')}`,
    );
  }
  for (const v of ranking.vendors.filter((x) => x.missing.length)) {
    // a note beside a missing answer (`{ value: ~, note: … }`) says why, so it goes with the id
    const noteOf = new Map(v.criteria.map((c) => [c.id, c.note]));
    const withNote = (id: string): string => {
      const note = noteOf.get(id);
      return note ? `${id} (note: ${note})` : id;
    };
    const list =
      v.missing.slice(0, 5).map(withNote).join(', ') +
      (v.missing.length > 5 ? `, … (${v.missing.length - 5} more)` : '');
    notes.push(
      `${theme.yellow('!')} ${v.name} left ${plural(v.missing.length, 'criterion', 'criteria')} unanswered: ${list}`,
    );
  }
  for (const line of abnormallyLowLines(ranking)) notes.push(`${theme.yellow('!')} ${line}`);
  for (const v of ranking.vendors) {
    const zeroed = zeroedLine(ranking, v);
    if (zeroed) notes.push(`${theme.yellow('!')} ${zeroed}`);
  }
  const names = new Map(ranking.vendors.map((v) => [v.id, v.name]));
  for (const v of ranking.vendors.filter((x) => x.dominatedBy.length)) {
    notes.push(
      `${theme.dim('†')} ${v.name} is dominated by ${v.dominatedBy.map((id) => names.get(id) ?? id).join(', ')} (as good on every criterion, better on one)`,
    );
  }
  const out = [...fitLines(lines, columns), table.text, ...fitLines(notes, columns)];
  return `${out.join('\n')}\n`;
}

/** The box-drawn table itself, fitted to `columns`. */
function comparisonTable(ranking: Ranking, theme: Theme, columns: number | undefined) {
  const top = ranking.topLevel;
  // lowest weight goes first; of equal weights, the one further right
  const dropRank = new Map(
    top
      .map((t, i) => ({ id: t.id, weight: t.weight, i }))
      .sort((a, b) => a.weight - b.weight || b.i - a.i)
      .map((t, k) => [t.id, k]),
  );
  // a Contract column when any bid was costed ('' when the demand names no currency)
  const costed = ranking.vendors.find((v) => v.cost);
  const costCurrency = costed ? (costed.cost?.currency ?? '') : undefined;
  const cols: Column[] = [
    { header: theme.bold('#'), align: 'right' },
    { header: theme.bold('Vendor'), wrap: true, minWidth: 16 },
    { header: theme.bold('Score'), align: 'right' },
    ...(ranking.robustness
      ? [{ header: theme.bold('P(rank 1)'), name: 'P(rank 1)', align: 'right' } as Column]
      : []),
    ...top.map((t): Column => ({
      header: theme.bold(`${t.id}\n${theme.dim(formatPercent(t.weight, 0))}`),
      name: t.id,
      align: 'right',
      drop: dropRank.get(t.id) ?? 0,
    })),
    ...(costCurrency === undefined
      ? []
      : [
          {
            header: theme.bold(`Contract${costCurrency ? `\n${theme.dim(costCurrency)}` : ''}`),
            name: 'Contract',
            align: 'right',
            drop: top.length,
          } as Column,
        ]),
    { header: theme.bold('Eligible'), drop: top.length + 2 },
    { header: theme.bold('Missing'), align: 'right', drop: top.length + 1 },
  ];
  const digits = rankDecimals(ranking.vendors);
  const rows = ranking.vendors.map((v) => {
    const shortName = truncate(v.name, 48);
    const name = v.dominatedBy.length ? `${shortName} ${theme.dim('†')}` : shortName;
    const score = v.score.toFixed(digits);
    return [
      v.rank === null ? theme.dim('—') : String(v.rank),
      v.rank === 1 ? theme.bold(name) : v.eligible ? name : theme.dim(name),
      v.rank === 1 ? theme.bold(theme.green(score)) : v.eligible ? score : theme.dim(score),
      ...(ranking.robustness ? [pRank1Text(ranking.robustness, v.id)] : []),
      ...top.map((t) => categoryText(v.categories.find((c) => c.id === t.id)?.score)),
      ...(costCurrency === undefined
        ? []
        : [v.cost ? formatMoney(v.cost.contract) : theme.dim('—')]),
      v.eligible ? theme.green('yes') : theme.red('no'),
      v.missing.length ? theme.yellow(String(v.missing.length)) : '0',
    ];
  });
  return fitTable(cols, rows, columns);
}

/** `rank --format table` (the default). */
/**
 * The ranking as the table reads it: of each vendor's criteria, only those a note names (an
 * unanswered one, one whose utility of 0 zeroes a product score); the rest (hundreds a vendor,
 * ~150 KB of JSON for the six examples) need not pass the control-character rule.
 */
export function rankingTableView<R extends Ranking>(ranking: R): R {
  return {
    ...ranking,
    vendors: ranking.vendors.map((v) => {
      const named = new Set([...v.missing, ...v.zeroedBy]);
      return { ...v, criteria: v.criteria.filter((c) => named.has(c.id)) };
    }),
  };
}

export const rankingTableFormat: Format<Ranking> = {
  id: 'table',
  description: 'a box-drawn table for the terminal, fitted to its width',
  userText: 'line',
  shows: rankingTableView,
  render: (ranking, ctx) => renderRankingTable(ranking, ctx.theme, ctx.columns, ctx.scopeNote),
};
