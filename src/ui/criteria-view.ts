import type { CriteriaSet } from '../core/model/types.js';
import { describeMust } from '../core/scoring/knockout.js';
import type { NodeWeight } from '../core/scoring/weights.js';
import { answerShape } from '../report/criteria-json.js';
import type { Format } from '../report/format.js';
import { requirementText } from '../report/requirement-text.js';
import type { CriteriaShowModel } from '../report/models.js';
import { formatPercent, setLabel } from '../report/numbers.js';
import type { Theme } from '../report/theme.js';
import { treeNodes } from '../report/weights-json.js';
import { weightRangeText } from '../report/weight-range-text.js';
import { fitTable, hiddenNote, type Column } from './fit.js';
import { fitLines } from './wrap.js';

/**
 * `criteria list` as a table. On a narrow terminal (`columns`) the description, then the name,
 * then the id wrap narrower, then the Criteria count is hidden.
 */
export function renderCriteriaList(
  sets: readonly CriteriaSet[],
  theme: Theme,
  columns?: number,
): string {
  const rows = sets.map((s) => [
    theme.bold(s.id),
    s.name,
    String(s.criteria.length),
    summary(s.description ?? ''),
  ]);
  const cols: Column[] = [
    { header: 'Id', width: 18, wrap: true, minWidth: 10, narrow: 2 },
    { header: 'Name', width: 30, wrap: true, minWidth: 12, narrow: 1 },
    { header: 'Criteria', width: 8, align: 'right', drop: 0 },
    { header: 'Description', width: 58, wrap: true, minWidth: 20, narrow: 0 },
  ].map((c) => ({ ...c, header: theme.bold(c.header) }) as Column);
  const table = fitTable(cols, rows, columns);
  const note = hiddenNote(table.hidden);
  return `${[table.text, ...fitLines(note ? [theme.dim(note)] : [], columns)].join('\n')}\n`;
}

/** The description on one line, cut at a word boundary near `max` characters. */
function summary(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max);
  return `${flat.slice(0, cut > 0 ? cut : max)} …`;
}

/**
 * `criteria show`: every node with its weight, and every criterion's question, answer form and
 * knock-out; lines wrap to `columns` when given.
 */
export function renderCriteriaShow(
  set: CriteriaSet,
  weights: ReadonlyMap<string, NodeWeight>,
  theme: Theme,
  columns?: number,
): string {
  const lines: string[] = [
    `${theme.bold(set.name)} ${theme.dim(`(${setLabel(set)}, ${set.criteria.length} ${set.criteria.length === 1 ? 'criterion' : 'criteria'}, method ${set.method})`)}`,
  ];
  if (set.description) lines.push(set.description.trim());
  lines.push('');
  for (const r of set.root.requires)
    lines.push(theme.red(`knock-out rule "${r.name}": ${requirementText(r)}`));
  if (set.root.requires.length) lines.push('');
  for (const n of treeNodes(set)) {
    const w = weights.get(n.id);
    const indent = '  '.repeat(n.path.length);
    const range = weightRangeText(n);
    const weight = theme.dim(
      `${formatPercent(w?.local ?? 0)} local, ${formatPercent(w?.global ?? 0, 2)} global${range ? ` (${range})` : ''}`,
    );
    if (n.kind === 'group') {
      lines.push(`${indent}${theme.bold(n.name)} ${theme.dim(`[${n.id}]`)} ${weight}`);
      for (const r of n.requires)
        lines.push(`${indent}  ${theme.red(`knock-out rule "${r.name}": ${requirementText(r)}`)}`);
      continue;
    }
    const rules = set.requires.filter((r) => r.criteria.includes(n.id)).map((r) => r.name);
    const rule = n.must ? describeMust(n.must, n.type === 'number' ? n.unit : undefined) : '';
    // a `must` that a rule names is that rule's test, not a knock-out of its own
    const must = rules.length
      ? ` · ${theme.red(`in knock-out rule ${rules.map((name) => `"${name}"`).join(', ')}: ${rule || 'must be yes'}`)}`
      : n.must
        ? ` · ${theme.red(`knock-out: ${rule}`)}`
        : '';
    const evidence = n.evidence === 'required' ? ` · ${theme.yellow('evidence required')}` : '';
    lines.push(`${indent}• ${n.name} ${theme.dim(`[${n.id}]`)} ${weight}${must}${evidence}`);
    if (n.question) lines.push(`${indent}  ${n.question}`);
    lines.push(`${indent}  ${theme.dim(`answer: ${answerShape(n)}`)}`);
  }
  return `${fitLines(lines, columns).join('\n')}\n`;
}

/** `criteria list --format table` (the default). */
export const criteriaListTableFormat: Format<readonly CriteriaSet[]> = {
  id: 'table',
  description: 'the built-in sets as a table, fitted to the terminal',
  userText: 'line',
  render: (sets, ctx) => renderCriteriaList(sets, ctx.theme, ctx.columns),
};

/** `criteria show --format table` (the default). */
export const criteriaShowTableFormat: Format<CriteriaShowModel> = {
  id: 'table',
  description: 'the tree with weights, questions and knock-outs, wrapped to the terminal',
  userText: 'line',
  render: (m, ctx) => renderCriteriaShow(m.set, m.weights, ctx.theme, ctx.columns),
};
