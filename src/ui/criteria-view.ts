import type { ChalkInstance } from 'chalk';
import type { CriteriaSet } from '../core/model/types.js';
import { describeMust } from '../core/scoring/knockout.js';
import type { NodeWeight } from '../core/scoring/weights.js';
import { answerShape } from '../report/criteria-json.js';
import { formatPercent } from '../report/numbers.js';
import { treeNodes } from '../report/weights-json.js';
import { renderTable } from './table.js';

/** `criteria list` as a table. */
export function renderCriteriaList(sets: readonly CriteriaSet[], chalk: ChalkInstance): string {
  const rows = sets.map((s) => [
    chalk.bold(s.id),
    s.name,
    String(s.criteria.length),
    summary(s.description ?? ''),
  ]);
  const head = ['Id', 'Name', 'Criteria', 'Description'].map((h) => chalk.bold(h));
  return `${renderTable(rows, { head, align: ['left', 'left', 'right', 'left'], widths: [20, 32, 10, 60] })}\n`;
}

/** The description on one line, cut at a word boundary near `max` characters. */
function summary(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max);
  return `${flat.slice(0, cut > 0 ? cut : max)} …`;
}

/** `criteria show`: every node with its weight, and every criterion's question, answer form and knock-out. */
export function renderCriteriaShow(
  set: CriteriaSet,
  weights: ReadonlyMap<string, NodeWeight>,
  chalk: ChalkInstance,
): string {
  const lines: string[] = [
    `${chalk.bold(set.name)} ${chalk.dim(`(${set.id}${set.version !== undefined ? ` v${set.version}` : ''}, ${set.criteria.length} criteria, method ${set.method})`)}`,
  ];
  if (set.description) lines.push(set.description.trim());
  lines.push('');
  for (const n of treeNodes(set)) {
    const w = weights.get(n.id);
    const indent = '  '.repeat(n.path.length);
    const weight = chalk.dim(
      `${formatPercent(w?.local ?? 0)} local, ${formatPercent(w?.global ?? 0, 2)} global`,
    );
    if (n.kind === 'group') {
      lines.push(`${indent}${chalk.bold(n.name)} ${chalk.dim(`[${n.id}]`)} ${weight}`);
      continue;
    }
    const must = n.must
      ? ` · ${chalk.red(`knock-out: ${describeMust(n.must, n.type === 'number' ? n.unit : undefined)}`)}`
      : '';
    const evidence = n.evidence === 'required' ? ` · ${chalk.yellow('evidence required')}` : '';
    lines.push(`${indent}• ${n.name} ${chalk.dim(`[${n.id}]`)} ${weight}${must}${evidence}`);
    if (n.question) lines.push(`${indent}  ${n.question}`);
    lines.push(`${indent}  ${chalk.dim(`answer: ${answerShape(n)}`)}`);
  }
  return `${lines.join('\n')}\n`;
}
