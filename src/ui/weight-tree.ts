import type { ChalkInstance } from 'chalk';
import type { CriteriaSet } from '../core/model/types.js';
import { ahpReports, type AhpReport, type NodeWeight } from '../core/scoring/weights.js';
import { formatPercent } from '../report/numbers.js';
import { treeNodes } from '../report/weights-json.js';
import { renderTable } from './table.js';

/**
 * The weight tree as an indented table (node, kind, local weight, global weight), then the AHP
 * consistency of every AHP-weighted group: λmax, CI, CR with its RI table, ✓ when CR ≤ 0.1.
 * `ahp` defaults to the reports of the set's own tree.
 */
export function renderWeightTree(
  set: CriteriaSet,
  weights: ReadonlyMap<string, NodeWeight>,
  chalk: ChalkInstance,
  ahp: readonly AhpReport[] = ahpReports(set.root),
): string {
  const byNode = new Map(ahp.map((r) => [r.node, r]));
  const rows = treeNodes(set).map((n) => {
    const w = weights.get(n.id);
    const indent = '  '.repeat(n.path.length);
    const label = n.kind === 'group' ? chalk.bold(`${indent}${n.name}`) : `${indent}${n.name}`;
    const kind = n.kind === 'group' ? (n.source === 'set' ? 'set' : 'category') : n.type;
    const report = n.kind === 'group' ? byNode.get(n.id) : undefined;
    const how =
      n.kind === 'group' && n.weighting
        ? ` ${chalk.dim(`(${n.weighting.method}${report ? `, CR ${report.cr.toFixed(3)}` : ''})`)}${report ? ` ${mark(report, chalk)}` : ''}`
        : '';
    return [
      `${label}${how}`,
      chalk.dim(n.id),
      kind,
      formatPercent(w?.local ?? 0),
      formatPercent(w?.global ?? 0, 2),
    ];
  });
  const head = ['Node', 'Id', 'Kind', 'Local', 'Global'].map((h) => chalk.bold(h));
  const tree = renderTable(rows, { head, align: ['left', 'left', 'left', 'right', 'right'] });
  return `${chalk.bold(set.name)} ${chalk.dim(`(${set.id})`)}: weights\n${tree}\n${ahpSection(ahp, chalk)}`;
}

function mark(r: AhpReport, chalk: ChalkInstance): string {
  return r.consistent ? chalk.green('✓') : chalk.red('✗');
}

/** The AHP consistency table, or '' when no group is weighted by AHP. */
function ahpSection(ahp: readonly AhpReport[], chalk: ChalkInstance): string {
  if (!ahp.length) return '';
  const rows = ahp.map((r) => [
    r.node,
    String(Object.keys(r.priorities).length),
    r.lambdaMax.toFixed(4),
    r.ci.toFixed(4),
    // RI is not in the report; CI / CR recovers it (n ≤ 2 has RI 0 and CR 0)
    r.cr > 0 ? `${r.riTable} ${(r.ci / r.cr).toFixed(2)}` : r.riTable,
    r.cr.toFixed(4),
    r.consistent ? chalk.green('✓ yes') : chalk.red('✗ no'),
    r.completed.length ? String(r.completed.length) : '0',
  ]);
  const head = ['AHP node', 'n', 'λmax', 'CI', 'RI table', 'CR', 'Consistent', 'Completed'].map(
    (h) => chalk.bold(h),
  );
  const table = renderTable(rows, {
    head,
    align: ['left', 'right', 'right', 'right', 'left', 'right', 'left', 'right'],
  });
  const notes = [
    chalk.dim('consistent: CR ≤ 0.1; Completed: comparisons filled in by λmax-optimal completion'),
  ];
  for (const r of ahp.filter((x) => !x.consistent))
    notes.push(
      `${chalk.red('✗')} the comparisons of "${r.node}" are inconsistent (CR ${r.cr.toFixed(3)} > 0.1): revisit them ("vendor-eval validate" names the worst judgement)`,
    );
  return `\nAHP consistency\n${table}\n${notes.join('\n')}\n`;
}
