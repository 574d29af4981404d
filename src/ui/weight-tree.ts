import type { ChalkInstance } from 'chalk';
import type { CriteriaSet } from '../core/model/types.js';
import type { NodeWeight } from '../core/scoring/weights.js';
import { formatPercent } from '../report/numbers.js';
import { treeNodes } from '../report/weights-json.js';
import { renderTable } from './table.js';

/** The weight tree as an indented table: node, kind, local weight, global weight. */
export function renderWeightTree(
  set: CriteriaSet,
  weights: ReadonlyMap<string, NodeWeight>,
  chalk: ChalkInstance,
): string {
  const rows = treeNodes(set).map((n) => {
    const w = weights.get(n.id);
    const indent = '  '.repeat(n.path.length);
    const label = n.kind === 'group' ? chalk.bold(`${indent}${n.name}`) : `${indent}${n.name}`;
    const kind = n.kind === 'group' ? (n.source === 'set' ? 'set' : 'category') : n.type;
    const how = n.kind === 'group' && n.weighting ? ` ${chalk.dim(`(${n.weighting.method})`)}` : '';
    return [
      `${label}${how}`,
      chalk.dim(n.id),
      kind,
      formatPercent(w?.local ?? 0),
      formatPercent(w?.global ?? 0, 2),
    ];
  });
  const head = ['Node', 'Id', 'Kind', 'Local', 'Global'].map((h) => chalk.bold(h));
  return `${chalk.bold(set.name)} ${chalk.dim(`(${set.id})`)}: weights\n${renderTable(rows, { head, align: ['left', 'left', 'left', 'right', 'right'] })}\n`;
}
