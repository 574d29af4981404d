import { groupedNumber } from '../core/number-text.js';
import type { VendorCost } from '../core/cost/cost.js';
import type { Demand, DemandChannel } from '../core/cost/demand.js';
import type { ChannelStaffing } from '../core/cost/staffing.js';
import { formatMoney } from './cost-model.js';

/** What `cost --explain <vendor>` renders. */
export interface CostExplainModel {
  name: string;
  demand: Demand;
  cost: VendorCost;
}

const count = (x: number, digits = 0): string => groupedNumber(x, digits);
const percent = (x: number): string => `${(x * 100).toFixed(1)} %`;

/**
 * Every step from the demand to the contract total, one line each, in plain words: each
 * channel's arrivals, traffic, agents with the service level and occupancy they achieve, agent
 * hours and FTE; then the first month's bill line by line, the minimum and fees, and each
 * contract year with its escalation. Each figure is computed from the lines above it.
 */
export function costExplainLines(m: CostExplainModel): string[] {
  const { demand: d, cost: c } = m;
  const cur = c.currency ?? '';
  const money = (x: number) => formatMoney(x, cur || undefined);
  const lines = [
    `${m.name} (${c.vendor}): ${c.model} bid, ${money(c.monthly)} a month, ${money(c.contract)} over ${d.contractMonths} months`,
    '',
    `Staffing, first month (shrinkage ${percent(d.shrinkage)}, max occupancy ${percent(d.maxOccupancy)}, ${count(d.fteHoursPerMonth)} paid hours per FTE):`,
  ];
  const seasons = seasonLine(d);
  if (seasons) lines.push(seasons);
  if (c.repeat)
    lines.push(
      `  repeat contacts: ${c.repeat.criterion} ${percent(c.repeat.resolution)} resolved at first contact, so each issue takes 1 ÷ ${c.repeat.resolution.toFixed(3)} = ${c.repeat.factor.toFixed(3)} contacts`,
    );
  for (const s of c.staffing) {
    const ch = d.channels.find((x) => x.id === s.channel);
    if (ch) lines.push(...channelLines(ch, s, d));
  }
  const conv = c.bill.conversion;
  lines.push(
    '',
    conv
      ? `Bill, month 1, in ${conv.to} (the ${conv.from} bid's rates and fees × ${conv.rate}):`
      : 'Bill, month 1:',
  );
  for (const l of c.bill.firstMonth) {
    const qty =
      l.quantity !== null && l.rate !== null
        ? `${quantityText(l.quantity)}${l.unit ? ` ${l.unit}s` : ''} × ${formatRate(l.rate)} = `
        : '';
    lines.push(`  ${l.label}: ${qty}${formatMoney(l.amount)}`);
    for (const t of l.tiers ?? [])
      lines.push(
        `    ${t.upTo === null ? `above ${count(t.from)}` : `${count(t.from)}–${count(t.upTo)}`}: ${quantityText(t.quantity)} × ${formatRate(t.rate)} = ${formatMoney(t.amount)}`,
      );
  }
  lines.push(`  = ${money(c.monthly)} in month 1`, '', 'Contract:');
  if (c.bill.setupFee) lines.push(`  set-up fee: ${money(c.bill.setupFee)}`);
  for (const y of c.bill.years)
    lines.push(
      `  year ${y.year}: ${y.months} months at rates × ${y.escalation.toFixed(4)}: ${money(y.total)}`,
    );
  lines.push(`  = ${money(c.contract)} over ${d.contractMonths} months`);
  return lines;
}

/** A billed quantity: whole as it is, else to one decimal (two below 100), so quantity × rate reads true. */
function quantityText(q: number): string {
  // a sum of thirds may land a hair off a whole number: it still reads as one
  return Math.abs(q - Math.round(q)) < 1e-6 ? count(q) : count(q, Math.abs(q) < 100 ? 2 : 1);
}

/**
 * A rate with every decimal it has, up to four (a converted rate, 3.40 EUR × 1.08 = 3.672 USD,
 * keeps its third decimal), and at least two.
 */
export function formatRate(rate: number): string {
  const digits = Math.min(
    4,
    Math.max(2, (String(Number(rate.toFixed(4))).split('.')[1] ?? '').length),
  );
  return groupedNumber(rate, digits);
}

const monthNames = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/**
 * How the months differ when the demand has a seasonality: the contract's first month and the
 * factor each calendar month applies (undefined when every month is alike).
 */
function seasonLine(d: Demand): string | undefined {
  if (d.seasonality.every((f) => f === 1)) return undefined;
  const first = monthNames[d.startMonth] ?? '';
  const factors = d.seasonality
    .map((f, k) => (f === 1 ? undefined : `${monthNames[k] ?? ''} × ${f}`))
    .filter(Boolean)
    .join(', ');
  return `  seasonality: the contract starts in ${first}; contacts ${factors} (other months × 1); each month is staffed and billed on its own volume, the staffing below is month 1's (${first} × ${d.seasonality[d.startMonth] ?? 1})`;
}

function channelLines(ch: DemandChannel, s: ChannelStaffing, d: Demand): string[] {
  const handle =
    ch.concurrency > 1
      ? `${ch.ahtSeconds} s ÷ concurrency ${ch.concurrency}`
      : `${ch.ahtSeconds} s`;
  const fte = `FTE = ${count(s.agentHours, 1)} ÷ ${count(d.fteHoursPerMonth)} ÷ (1 − ${d.shrinkage}) = ${s.fte.toFixed(1)}`;
  if (!s.live) {
    return [
      `  ${ch.id} (deferred): ${count(s.contacts)} contacts × ${handle} = ${count(s.workloadHours, 1)} hours of work`,
      `    ÷ max occupancy ${d.maxOccupancy} = ${count(s.agentHours, 1)} agent hours; ${fte}`,
    ];
  }
  const target = ch.serviceLevel
    ? `${ch.serviceLevel.percent} % in ${ch.serviceLevel.seconds} s`
    : '';
  const model =
    ch.staffing === 'erlang-a' ? `Erlang A, patience ${ch.patienceSeconds} s` : 'Erlang C';
  const out = [`  ${ch.id} (live, ${model}, target ${target}):`];
  const peak = ch.peakFactor !== 1 ? ` × peak factor ${ch.peakFactor}` : '';
  if (s.intervals.length === 1) {
    const i = s.intervals[0];
    const average = s.intervalsPerMonth > 0 ? s.contacts / s.intervalsPerMonth : 0;
    const arrivals = peak
      ? `${count(average, 2)} arrivals per interval${peak} = ${count(i?.arrivals ?? 0, 2)}`
      : `${count(i?.arrivals ?? 0, 2)} arrivals per interval`;
    out.push(
      `    ${count(s.contacts)} contacts over ${count(ch.openHoursPerMonth ?? 0, 1)} open hours = ${count(s.intervalsPerMonth, 1)} intervals of ${ch.intervalMinutes} min → ${arrivals}`,
      `    traffic = ${count(i?.arrivals ?? 0, 2)} × ${handle} ÷ ${ch.intervalMinutes * 60} s = ${count(i?.traffic ?? 0, 2)} erlangs`,
      `    ${i?.queue?.agents ?? 0} agents: service level ${percent(i?.queue?.serviceLevel ?? 1)}, occupancy ${percent(i?.queue?.occupancy ?? 0)}${i?.queue?.abandonProbability ? `, ${percent(i.queue.abandonProbability)} abandon` : ''} (the fewest that meet the target with occupancy ≤ ${percent(d.maxOccupancy)})`,
      `    agent hours = ${i?.queue?.agents ?? 0} × ${count(ch.openHoursPerMonth ?? 0, 1)} = ${count(s.agentHours, 1)}; ${fte}`,
    );
    return out;
  }
  out.push(
    `    ${count(s.contacts)} contacts over ${count(s.intervalsPerMonth, 1)} open days, spread by the intraday profile${peak ? `, arrivals${peak}` : ''}:`,
  );
  s.intervals.forEach((i, k) => {
    out.push(
      `    interval ${k + 1}: ${count(i.arrivals, 1)} arrivals, ${count(i.traffic, 2)} erlangs → ${i.queue?.agents ?? 0} agents, service level ${percent(i.queue?.serviceLevel ?? 1)}`,
    );
  });
  out.push(
    `    service level over the day ${percent(s.serviceLevel ?? 1)}, occupancy ${percent(s.occupancy)}`,
    `    agent hours = Σ agents × ${ch.intervalMinutes / 60} h × ${count(s.intervalsPerMonth, 1)} days = ${count(s.agentHours, 1)}; ${fte}`,
  );
  return out;
}
