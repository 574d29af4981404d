import { costExplainLines } from './cost-explain.js';
import type { Format } from './format.js';
import { escapeText, markdownTable, type Align } from './markdown-table.js';
import {
  costNotes,
  costOrder,
  costTitle,
  staffCell,
  firstMonthContacts,
  formatMoney,
  type CostModel,
} from './cost-model.js';

/** `cost --format markdown`: the cost table and its notes, for a decision record. */
export function formatCostMarkdown(m: CostModel): string {
  const explained = m.explain === undefined ? undefined : m.report.vendors.get(m.explain);
  if (explained) {
    const name = m.names.get(explained.vendor) ?? explained.vendor;
    const lines = costExplainLines({ name, demand: m.report.demand, cost: explained });
    return [`## Cost of ${escapeText(name)}`, '', '```text', ...lines, '```', ''].join('\n');
  }
  const d = m.report.demand;
  const head = [
    'Vendor',
    'Model',
    `Monthly${d.currency ? ` (${d.currency})` : ''}`,
    `Contract (${d.contractMonths} months)`,
    ...d.channels.map((c) => (c.live ? `${c.id} agents / FTE` : `${c.id} FTE`)),
    'Per contact',
  ];
  const align: Align[] = [
    'left',
    'left',
    'right',
    'right',
    ...d.channels.map((): Align => 'right'),
    'right',
  ];
  const rows = costOrder(m).map((c) => {
    const contacts = firstMonthContacts(c);
    return [
      m.names.get(c.vendor) ?? c.vendor,
      c.model,
      formatMoney(c.monthly),
      formatMoney(c.contract),
      ...d.channels.map((ch) => staffCell(c, ch.id)),
      contacts > 0 ? formatMoney(c.monthly / contacts) : '—',
    ];
  });
  return [
    `## ${escapeText(m.set.name)}: ${costTitle(m)}`,
    '',
    markdownTable(head, rows, align),
    ...costNotes(m).map((n) => `- ${escapeText(n)}`),
    '',
  ].join('\n');
}

/** `cost --format markdown`. */
export const costMarkdownFormat: Format<CostModel> = {
  id: 'markdown',
  description: 'the cost table as a Markdown section',
  extension: 'md',
  userText: 'markdown',
  render: (m) => formatCostMarkdown(m),
};
