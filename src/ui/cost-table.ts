import type { VendorCost } from '../core/cost/cost.js';
import { costExplainLines } from '../report/cost-explain.js';
import type { Format } from '../report/format.js';
import {
  costNotes,
  staffCell,
  costOrder,
  costTitle,
  firstMonthContacts,
  formatMoney,
  type CostModel,
} from '../report/cost-model.js';
import { setLabel } from '../report/numbers.js';
import type { Theme } from '../report/theme.js';
import { fitTable, hiddenNote, type Column } from './fit.js';
import { fitLines } from './wrap.js';
import { truncate } from './width.js';

/**
 * `cost`: one row per priced vendor from the lowest contract cost up — its pricing model, the
 * first month's bill, the contract total, agents and FTE per channel, and the cost per contact
 * (and per resolved contact when the demand gives a resolution rate). Notes below state every
 * assumption the figures rest on (defaults, conversions, minimums, repeat contacts).
 */
export function renderCostTable(m: CostModel, theme: Theme, columns?: number): string {
  const explained = m.explain === undefined ? undefined : m.report.vendors.get(m.explain);
  if (explained) {
    const name = m.names.get(explained.vendor) ?? explained.vendor;
    const lines = costExplainLines({ name, demand: m.report.demand, cost: explained });
    return `${fitLines([theme.bold(lines[0] ?? ''), ...lines.slice(1)], columns).join('\n')}\n`;
  }
  const demand = m.report.demand;
  const cur = demand.currency ?? null;
  const resolved = demand.resolutionRate;
  const cols: Column[] = [
    { header: theme.bold('#'), align: 'right' },
    { header: theme.bold('Vendor'), wrap: true, minWidth: 16 },
    { header: theme.bold('Model'), drop: 3 },
    {
      header: theme.bold(`Monthly${cur ? `\n${theme.dim(cur)}` : ''}`),
      name: 'Monthly',
      align: 'right',
    },
    {
      header: theme.bold(`Contract\n${theme.dim(`${demand.contractMonths} months`)}`),
      name: 'Contract',
      align: 'right',
    },
    ...demand.channels.map((ch, k): Column => ({
      header: theme.bold(`${ch.id}\n${theme.dim(ch.live ? 'agents / FTE' : 'FTE')}`),
      name: ch.id,
      align: 'right',
      drop: 10 + k,
    })),
    { header: theme.bold('Per\ncontact'), name: 'Per contact', align: 'right', drop: 2 },
    ...(resolved !== undefined
      ? [
          {
            header: theme.bold('Per\nresolved'),
            name: 'Per resolved',
            align: 'right',
            drop: 1,
          } as Column,
        ]
      : []),
  ];
  const rows = costOrder(m).map((c, k) => {
    const contacts = firstMonthContacts(c);
    const monthly = formatMoney(c.monthly);
    return [
      String(k + 1),
      k === 0
        ? theme.bold(truncate(m.names.get(c.vendor) ?? c.vendor, 48))
        : truncate(m.names.get(c.vendor) ?? c.vendor, 48),
      c.model,
      k === 0 ? theme.bold(theme.green(monthly)) : monthly,
      formatMoney(c.contract),
      ...demand.channels.map((ch) => staffCell(c, ch.id)),
      contacts > 0 ? formatMoney(c.monthly / contacts) : '—',
      ...(resolved !== undefined ? [perResolved(c, resolved)] : []),
    ];
  });
  const table = fitTable(cols, rows, columns);
  const head = [`${theme.bold(m.set.name)} ${theme.dim(`(${setLabel(m.set)})`)} · ${costTitle(m)}`];
  const notes = costNotes(m).map((n) => `${theme.dim('·')} ${n}`);
  const hidden = hiddenNote(table.hidden);
  if (hidden) notes.unshift(theme.dim(hidden));
  return `${[...fitLines(head, columns), table.text, ...fitLines(notes, columns)].join('\n')}\n`;
}

/**
 * The first month's bill per contact resolved: issues when the demand counts issues (repeat
 * contacts), else contacts × the resolution rate.
 */
function perResolved(c: VendorCost, resolutionRate: number): string {
  const contacts = firstMonthContacts(c);
  const resolved = c.repeat ? contacts * c.repeat.resolution : contacts * resolutionRate;
  return resolved > 0 ? formatMoney(c.monthly / resolved) : '—';
}

/** `cost --format table` (the default). */
export const costTableFormat: Format<CostModel> = {
  id: 'table',
  description: 'a box-drawn table for the terminal, fitted to its width',
  userText: 'line',
  render: (m, ctx) => renderCostTable(m, ctx.theme, ctx.columns),
};
