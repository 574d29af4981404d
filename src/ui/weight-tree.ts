import type { WeightOverride } from '../core/model/ranking.js';
import type { CriteriaSet } from '../core/model/types.js';
import { ahpReports, type AhpReport, type NodeWeight } from '../core/scoring/weights.js';
import type { Format } from '../report/format.js';
import type { WeightsModel } from '../report/models.js';
import { formatPercent, setLabel } from '../report/numbers.js';
import type { Theme } from '../report/theme.js';
import { overridesLine } from '../report/weight-overrides.js';
import { treeNodes } from '../report/weights-json.js';
import { weightRangeText } from '../report/weight-range-text.js';
import { fitTable, hiddenNote, type Column } from './fit.js';
import { fitLines } from './wrap.js';

/**
 * The weight tree as an indented table (node, kind, local weight, global weight), then the AHP
 * consistency of every AHP-weighted group: λmax, CI, CR with its RI table, ✓ when CR ≤ 0.1.
 * `ahp` defaults to the reports of the set's own tree. On a narrow terminal (`columns`) the node
 * names and then the ids wrap narrower, then Kind is hidden; in the AHP table the node and RI
 * table wrap, then Completed, CI and λmax are hidden.
 */
export function renderWeightTree(
  set: CriteriaSet,
  weights: ReadonlyMap<string, NodeWeight>,
  theme: Theme,
  ahp: readonly AhpReport[] = ahpReports(set.root),
  columns?: number,
  overrides: readonly WeightOverride[] = [],
): string {
  const byNode = new Map(ahp.map((r) => [r.node, r]));
  const rows = treeNodes(set).map((n) => {
    const w = weights.get(n.id);
    const indent = '  '.repeat(n.path.length);
    const label = n.kind === 'group' ? theme.bold(`${indent}${n.name}`) : `${indent}${n.name}`;
    const kind = n.kind === 'group' ? (n.source === 'set' ? 'set' : 'category') : n.type;
    const report = n.kind === 'group' ? byNode.get(n.id) : undefined;
    const how =
      n.kind === 'group' && n.weighting
        ? ` ${theme.dim(`(${n.weighting.method}${report ? `, CR ${report.cr.toFixed(3)}` : ''})`)}${report ? ` ${mark(report, theme)}` : ''}`
        : '';
    const range = weightRangeText(
      n,
      overrides.some((o) => o.id === n.id),
    );
    return [
      `${label}${how}${range ? ` ${theme.dim(`(${range})`)}` : ''}`,
      theme.dim(n.id),
      kind,
      formatPercent(w?.local ?? 0),
      formatPercent(w?.global ?? 0, 2),
    ];
  });
  const cols: Column[] = [
    { header: 'Node', wrap: true, minWidth: 16, narrow: 1 },
    { header: 'Id', wrap: true, minWidth: 14, narrow: 0 },
    { header: 'Kind', drop: 0 },
    { header: 'Local', align: 'right' },
    { header: 'Global', align: 'right' },
  ].map((c) => ({ ...c, header: theme.bold(c.header) }) as Column);
  const tree = fitTable(cols, rows, columns);
  const note = hiddenNote(tree.hidden);
  const overridden = overridesLine(overrides);
  const title = fitLines(
    [
      `${theme.bold(set.name)} ${theme.dim(`(${setLabel(set)})`)}: weights`,
      ...(overridden ? [`${theme.yellow('!')} ${overridden}`] : []),
    ],
    columns,
  );
  return `${[...title, tree.text, ...(note ? fitLines([theme.dim(note)], columns) : [])].join('\n')}\n${ahpSection(ahp, theme, columns)}`;
}

function mark(r: AhpReport, theme: Theme): string {
  return r.consistent ? theme.green('✓') : theme.red('✗');
}

/** The AHP consistency table, or '' when no group is weighted by AHP. */
function ahpSection(ahp: readonly AhpReport[], theme: Theme, columns: number | undefined): string {
  if (!ahp.length) return '';
  const rows = ahp.map((r) => [
    r.node,
    String(Object.keys(r.priorities).length),
    r.lambdaMax.toFixed(4),
    r.ci.toFixed(4),
    // RI is not in the report; CI / CR recovers it (n ≤ 2 has RI 0 and CR 0)
    r.cr > 0 ? `${r.riTable} ${(r.ci / r.cr).toFixed(2)}` : r.riTable,
    r.cr.toFixed(4),
    r.consistent ? theme.green('✓ yes') : theme.red('✗ no'),
    r.completed.length ? String(r.completed.length) : '0',
  ]);
  const cols: Column[] = [
    { header: 'AHP node', wrap: true, minWidth: 10 },
    { header: 'n', align: 'right' },
    { header: 'λmax', align: 'right', drop: 2 },
    { header: 'CI', align: 'right', drop: 1 },
    { header: 'RI table', wrap: true, minWidth: 8 },
    { header: 'CR', align: 'right' },
    { header: 'Consistent' },
    { header: 'Completed', align: 'right', drop: 0 },
  ].map((c) => ({ ...c, header: theme.bold(c.header) }) as Column);
  const table = fitTable(cols, rows, columns);
  const notes = [
    theme.dim('consistent: CR ≤ 0.1; Completed: comparisons filled in by λmax-optimal completion'),
  ];
  for (const r of ahp.filter((x) => !x.consistent))
    notes.push(
      `${theme.red('✗')} the comparisons of "${r.node}" are inconsistent (CR ${r.cr.toFixed(3)} > 0.1): revisit them ("vendor-eval validate" names the worst judgement)`,
    );
  const hidden = hiddenNote(table.hidden);
  if (hidden) notes.push(theme.dim(hidden));
  return `\nAHP consistency\n${table.text}\n${fitLines(notes, columns).join('\n')}\n`;
}

/** `weights --format table` (the default). */
export const weightsTableFormat: Format<WeightsModel> = {
  id: 'table',
  description: 'the weight tree and AHP consistency for the terminal, fitted to its width',
  userText: 'line',
  render: (m, ctx) =>
    renderWeightTree(m.set, m.weights, ctx.theme, m.ahp, ctx.columns, m.weightOverrides),
};
