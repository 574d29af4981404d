import type { ChalkInstance } from 'chalk';
import type { Ranking, VendorResult } from '../core/model/ranking.js';
import type { CriteriaSet } from '../core/model/types.js';
import { explainHeadline, explainRows } from '../report/explain-rows.js';
import { compromiseLine, methodFiguresLine } from '../report/method-figures.js';
import { formatPercent, formatScore } from '../report/numbers.js';
import { renderTable } from './table.js';

/**
 * `explain` for a terminal: the verdict, the method's own figures (distances, S/R/Q, flows, the
 * VIKOR compromise set), knock-outs, then one table per top-level category with
 * each criterion's answer, utility, global weight, points contributed and evidence.
 */
export function renderExplain(
  set: CriteriaSet,
  ranking: Ranking,
  vendor: VendorResult,
  eligibleCount: number,
  chalk: ChalkInstance,
): string {
  const rows = explainRows(set, ranking, vendor);
  const out: string[] = [chalk.bold(explainHeadline(ranking, vendor, eligibleCount))];
  for (const line of [methodFiguresLine(ranking, vendor), compromiseLine(ranking, vendor)])
    if (line) out.push(chalk.cyan(line));
  for (const k of vendor.knockouts) out.push(`${chalk.red('✗ knock-out')} ${k.reason}`);
  if (vendor.missing.length)
    out.push(
      `${chalk.yellow('!')} ${vendor.missing.length} criteria unanswered (${ranking.missing === 'exclude' ? 'left out of the weights' : 'scored 0'})`,
    );
  if (vendor.dominatedBy.length)
    out.push(`${chalk.dim('†')} dominated by ${vendor.dominatedBy.join(', ')}`);
  if (vendor.evaluators.length) out.push(chalk.dim(`evaluators: ${vendor.evaluators.join(', ')}`));
  const head = ['Criterion', 'Answer', 'Utility', 'Weight', 'Points', 'Evidence / knock-out'].map(
    (h) => chalk.bold(h),
  );
  for (const cat of vendor.categories) {
    out.push(
      '',
      `${chalk.bold(cat.name)} ${chalk.dim(`weight ${formatPercent(cat.weight)}`)} · ${formatScore(cat.score)} / 100`,
    );
    const body = rows
      .filter((_, i) => (vendor.criteria[i]?.path[0] ?? vendor.criteria[i]?.id) === cat.id)
      .map((r) => {
        const failed = r.knockedOut;
        const rule = failed
          ? chalk.red(`✗ ${r.knockout}`)
          : r.knockout
            ? chalk.dim(r.knockout)
            : '';
        // a failed knock-out leads the cell; otherwise the evidence does
        const note = (failed ? [rule, r.evidence] : [r.evidence, rule]).filter(Boolean).join('\n');
        return [
          r.answered ? r.criterion : chalk.yellow(r.criterion),
          r.answered ? r.answer : chalk.yellow('unanswered'),
          r.utility,
          r.weight,
          r.contribution,
          r.evidence.startsWith('MISSING') ? chalk.yellow(note) : note,
        ];
      });
    out.push(
      renderTable(body, {
        head,
        align: ['left', 'left', 'right', 'right', 'right', 'left'],
        widths: [34, 22, 9, 9, 8, 44],
      }),
    );
  }
  return `${out.join('\n')}\n`;
}
