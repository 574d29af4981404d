import { formulaVerdict } from './price-formulas.js';
import { groupedNumber } from '../core/number-text.js';
import type { PriceFormulaComparison } from '../core/analysis/price-formulas.js';
import type { CostReport, VendorCost } from '../core/cost/cost.js';
import type { Ranking, VendorResult } from '../core/model/ranking.js';
import type { CriteriaSet } from '../core/model/types.js';

/** What `cost` renders: every priced vendor's cost under the set's demand. */
export interface CostModel {
  set: Pick<CriteriaSet, 'id' | 'name' | 'version'>;
  report: CostReport;
  /** Vendor id → display name. */
  names: ReadonlyMap<string, string>;
  /** `cost --explain <vendor>`: that vendor's arithmetic, step by step, instead of the table. */
  explain?: string | undefined;
  /** With a cost criterion: the ranking under each price formula (`rank --price-formulas`). */
  priceFormulas?: PriceFormulaComparison | undefined;
}

/** The priced vendors from the lowest contract cost up (ties by id). */
export function costOrder(m: CostModel): VendorCost[] {
  return [...m.report.vendors.values()].sort(
    (a, b) => a.contract - b.contract || a.vendor.localeCompare(b.vendor),
  );
}

/** Contacts handled in the first month, over every channel. */
export function firstMonthContacts(c: VendorCost): number {
  return c.staffing.reduce((s, x) => s + x.contacts, 0);
}

/**
 * An amount for reading: whole units with thousands separators (`182,341`), or with two
 * decimals below 100 (`4.10`), so per-contact figures keep their cents.
 */
export function formatMoney(amount: number, currency?: string | null): string {
  const digits = Math.abs(amount) < 100 ? 2 : 0;
  const text = groupedNumber(amount, digits);
  return currency ? `${currency} ${text}` : text;
}

/** `2 channels (voice, email), 24-month contract, USD`: what the costs are for. */
export function costTitle(m: CostModel): string {
  const d = m.report.demand;
  const channels = d.channels.map((c) => c.id).join(', ');
  return `cost of each bid for ${channels}, ${d.contractMonths}-month contract${d.currency ? `, ${d.currency}` : ''}`;
}

/**
 * The sentences under every cost view that say what the figures assume and where a bid was
 * adjusted: demand defaults, currency conversions, monthly minimums that applied, repeat
 * contacts, annual increases, vendors without a price.
 */
export function costNotes(m: CostModel): string[] {
  const d = m.report.demand;
  const notes: string[] = [];
  notes.push(
    `monthly is the first month's bill; contract = set-up fee + every month, with annual increases from month 13`,
  );
  if (d.defaulted.length) {
    const value: Record<string, string> = {
      contractMonths: `contract ${d.contractMonths} months`,
      shrinkage: `shrinkage ${Math.round(d.shrinkage * 100)} %`,
      maxOccupancy: `max occupancy ${Math.round(d.maxOccupancy * 100)} %`,
      fteHoursPerMonth: `${d.fteHoursPerMonth} paid hours per FTE a month`,
    };
    notes.push(
      `assumed, as the demand does not say: ${d.defaulted.map((k) => value[k] ?? k).join(', ')}`,
    );
  }
  for (const c of costOrder(m)) {
    const name = m.names.get(c.vendor) ?? c.vendor;
    const conv = c.bill.conversion;
    if (conv)
      notes.push(
        `${name} bids in ${conv.from}, converted at 1 ${conv.from} = ${conv.rate} ${conv.to}`,
      );
    if (c.bill.monthlyMinimumApplied)
      notes.push(`${name}'s monthly minimum lifts its first month's usage charge`);
    if (c.repeat)
      notes.push(
        `${name} resolves ${(c.repeat.resolution * 100).toFixed(1)} % at first contact (${c.repeat.criterion}): ${c.repeat.factor.toFixed(2)} contacts per issue`,
      );
  }
  for (const b of m.report.abnormallyLow) {
    const name = m.names.get(b.vendor) ?? b.vendor;
    notes.push(
      `abnormally low bid from ${name}: ${Math.round(b.ratio * 100)} % of the median contract cost (${formatMoney(b.median)}), below ${Math.round(d.abnormallyLowBelow * 100)} %; ask it to explain the price before rejecting it`,
    );
  }
  if (m.priceFormulas)
    notes.push(`${formulaVerdict(m.priceFormulas)} (vendor-eval rank --price-formulas)`);
  if (m.report.withoutPricing.length)
    notes.push(
      `no pricing, not costed: ${m.report.withoutPricing.map((id) => m.names.get(id) ?? id).join(', ')}`,
    );
  return notes;
}

/**
 * A vendor's cost in one line for `explain` and `compare`: `cost: USD 182,341 a month, USD
 * 4,376,172 over the contract`; undefined when its bid was not costed.
 */
export function vendorCostLine(cost: VendorResult['cost']): string | undefined {
  if (!cost) return undefined;
  const cur = cost.currency ?? undefined;
  const low = cost.abnormallyLow
    ? ' — an abnormally low bid, far below the median: ask for an explanation of the price before rejecting it'
    : '';
  return `cost: ${formatMoney(cost.monthly, cur)} a month, ${formatMoney(cost.contract, cur)} over the contract${low}`;
}

/**
 * One sentence per abnormally low bid in a ranking, for the notes under the table: the bid is
 * ranked as it stands, and the buyer must ask for an explanation before rejecting it.
 */
export function abnormallyLowLines(ranking: Pick<Ranking, 'vendors'>): string[] {
  return ranking.vendors
    .filter((v) => v.cost?.abnormallyLow)
    .map(
      (v) =>
        `abnormally low bid from ${v.name}, far below the median contract cost: ask it to explain the price before rejecting it; it is ranked as bid`,
    );
}

/** `27 / 39.4` for a live channel, `12.1` for a deferred one. */
export function staffCell(c: VendorCost, channel: string): string {
  const s = c.staffing.find((x) => x.channel === channel);
  if (!s) return '—';
  return s.live ? `${s.agents ?? 0} / ${s.fte.toFixed(1)}` : s.fte.toFixed(1);
}
