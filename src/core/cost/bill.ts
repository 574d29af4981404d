import { failed, hasErrors, ok, type Result } from '../issues.js';
import type { PricingInput } from '../model/vendor-schema.js';
import { checkPricing, conversionFor, volumeModelOf, type VolumeModel } from './bill-checks.js';
import { graduatedCharge, type TierCharge } from './bill-tiers.js';

/**
 * What one channel needs in one month of the contract, from the buyer's demand (made by the
 * staffing step). Each pricing model bills one of these quantities.
 */
export interface ChannelMonth {
  channel: string;
  /** contacts handled that month */
  contacts: number;
  /** contacts × AHT / 60: what per-minute bills, whatever the chat concurrency */
  handleMinutes: number;
  /** full-time equivalents, shrinkage included: what per-fte-month bills */
  fte: number;
  /** fte × fteHoursPerMonth: what per-hour bills (`hoursBilled: paid`, the default) */
  paidHours: number;
  /** agent hours on contacts or waiting for them, before shrinkage (`hoursBilled: logged-in`) */
  loggedInHours: number;
}

/** One vendor's pricing against the buyer's demand, month by month. */
export interface BillRequest {
  /** vendor id, for messages */
  vendor: string;
  /** the vendor file as shown, for issue placement */
  file: string;
  pricing: PricingInput;
  /** one entry per contract month (length = contractMonths), channels in demand order */
  months: ChannelMonth[][];
  /** demand.currency */
  demandCurrency: string | undefined;
  /** one unit of KEY is worth VALUE demand-currency units */
  exchangeRates: Readonly<Record<string, number>>;
  /** demand.resolutionRate; pricing.resolutionRate overrides it */
  resolutionRate: number | undefined;
}

/**
 * One line of a month's bill, in the bill's currency. `quantity × rate = amount` for a usage
 * line with a single rate; a tiered line has `rate: null` and its `tiers` carry the arithmetic.
 */
export interface BillLine {
  /** the channel a usage line bills; null for the base, fees and the minimum top-up */
  channel: string | null;
  kind: 'usage' | 'base' | 'fee' | 'minimum';
  label: string;
  quantity: number | null;
  unit: string | null;
  rate: number | null;
  amount: number;
  tiers?: TierCharge[];
}

/** A vendor's bill for the buyer's demand: the first month line by line, and the contract. */
export interface Bill {
  /** the demand currency (amounts below are converted into it); the pricing's when the demand has none */
  currency: string | undefined;
  /** when the pricing currency differs: one `from` is worth `rate` `to` */
  conversion: { from: string; to: string; rate: number } | null;
  /** first month's bill: after the minimum, before any increase */
  monthly: number;
  /** setupFee + Σ every month's bill */
  contract: number;
  setupFee: number;
  /** whether the minimum lifted the first month's usage charge */
  monthlyMinimumApplied: boolean;
  /** first month's Σ monthlyFees */
  monthlyFees: number;
  /** the first month's lines; they sum to `monthly` */
  firstMonth: BillLine[];
  /** per contract year: its months, the factor (1+g)^(year−1) and the year's sum */
  years: { year: number; months: number; escalation: number; total: number }[];
  /** first month's usage charge per channel (before minimum and fees; a hybrid base is not a channel) */
  channels: { channel: string; monthly: number }[];
  /** the model whose rates bill the channels: `pricing.model`, or a hybrid's `variable` */
  volumeModel: VolumeModel;
  /** first month's usage charge: Σ channel charges + a hybrid base, before the minimum */
  usage: number;
  /** the floor on the usage charge (converted, never escalated); null when the pricing has none */
  monthlyMinimum: number | null;
  /** the resolution rate per-resolution billed with (the pricing's, else the demand's); null otherwise */
  resolutionRate: number | null;
}

/** What each volume model bills per channel, and the unit it prices. */
const billed: Record<
  VolumeModel,
  {
    unit: (pricing: PricingInput) => string;
    quantity: (c: ChannelMonth, resolved: number, pricing: PricingInput) => number;
  }
> = {
  // an hourly bid names which hours it bills: paid (shrinkage included) or logged-in ones
  'per-hour': {
    unit: (p) => (p.hoursBilled === 'logged-in' ? 'logged-in hour' : 'paid hour'),
    quantity: (c, _, p) => (p.hoursBilled === 'logged-in' ? c.loggedInHours : c.paidHours),
  },
  'per-fte-month': { unit: () => 'FTE-month', quantity: (c) => c.fte },
  'per-contact': { unit: () => 'contact', quantity: (c) => c.contacts },
  'per-minute': { unit: () => 'handle minute', quantity: (c) => c.handleMinutes },
  'per-resolution': {
    unit: () => 'resolved contact',
    quantity: (c, resolved) => c.contacts * resolved,
  },
};

/**
 * Turns a vendor's pricing into what the buyer pays for its demand. For each month:
 *
 * - usage = Σ over channels of the billed quantity × rate (graduated `tiers` replace the
 *   channel's rate), plus a hybrid's `base`. per-hour bills paid hours, per-fte-month FTE,
 *   per-contact contacts, per-minute handle minutes, per-resolution contacts × resolution rate;
 *   hybrid bills `base` plus its `variable` model's charge at `rates`.
 * - `monthlyMinimum` is a floor on usage (it lifts a lower usage charge to the minimum), then
 *   `monthlyFees` are added.
 * - `annualIncrease` g multiplies rates, tier rates, fees and the base by (1+g)^(year−1), year =
 *   ⌊(month−1)/12⌋+1, so prices rise from month 13 and compound; the minimum, tier bounds and
 *   the setup fee do not rise.
 *
 * `monthly` is month 1; `contract` = setupFee + Σ every month. Every amount is converted into
 * the demand currency by `exchangeRates[pricing.currency]`. Problems (a demanded channel without a
 * rate, no resolution rate, an incomplete hybrid, bad tiers, a currency without a rate) are
 * returned as issues with the key path into the vendor file, all at once; prices the bill
 * ignores are warnings.
 */
export function billFor(request: BillRequest): Result<Bill> {
  const { pricing } = request;
  const issues = checkPricing(request);
  const currency = conversionFor(request);
  if ('issue' in currency) issues.push(currency.issue);
  // a hybrid without `variable` has no volume model; checkPricing reported it
  const volumeModel = volumeModelOf(pricing);
  if (hasErrors(issues) || 'issue' in currency || volumeModel === undefined) return failed(issues);

  const fx = currency.conversion?.rate ?? 1;
  const resolved = pricing.resolutionRate ?? request.resolutionRate;
  const growth = pricing.annualIncrease ?? 0;
  const minimum = pricing.monthlyMinimum === undefined ? null : pricing.monthlyMinimum * fx;
  const setupFee = (pricing.setupFee ?? 0) * fx;

  const monthBill = (entries: readonly ChannelMonth[], escalation: number) => {
    const scale = fx * escalation;
    const lines: BillLine[] = [];
    if (pricing.model === 'hybrid') lines.push(baseLine((pricing.base ?? 0) * scale));
    for (const entry of entries) {
      lines.push(usageLine(entry, volumeModel, resolved ?? 0, pricing, scale));
    }
    const usage = sum(lines.map((l) => l.amount));
    const floored = minimum !== null && usage < minimum;
    if (floored) lines.push(minimumLine(minimum, usage));
    const feeLines = Object.entries(pricing.monthlyFees ?? {}).map(([name, fee]) =>
      feeLine(name, fee * scale),
    );
    lines.push(...feeLines);
    const fees = sum(feeLines.map((l) => l.amount));
    // the floor is exact (not usage + top-up) so that `monthly ≥ minimum + fees` holds to the bit
    const total = (floored ? minimum : usage) + fees;
    return { lines, usage, floored, fees, total };
  };

  // a month's bill depends on its entries and its year alone: the same list of entries (a
  // demand without seasonality gives every month the same one) is billed once a year
  const billed = new Map<readonly ChannelMonth[], Map<number, ReturnType<typeof monthBill>>>();
  const bills = request.months.map((entries, index) => {
    const year = Math.floor(index / 12) + 1;
    const ofEntries = billed.get(entries) ?? new Map<number, ReturnType<typeof monthBill>>();
    billed.set(entries, ofEntries);
    const bill = ofEntries.get(year) ?? monthBill(entries, (1 + growth) ** (year - 1));
    ofEntries.set(year, bill);
    return { year, ...bill };
  });
  const years: Bill['years'] = [];
  for (const month of bills) {
    const year = years[month.year - 1];
    if (year) {
      year.months += 1;
      year.total += month.total;
    } else {
      const escalation = (1 + growth) ** (month.year - 1);
      years.push({ year: month.year, months: 1, escalation, total: month.total });
    }
  }
  // a contract has at least one month; without any, nothing is billed but the setup fee
  const first = bills[0] ?? { lines: [], usage: 0, floored: false, fees: 0, total: 0 };

  return ok(
    {
      currency: request.demandCurrency ?? pricing.currency,
      conversion: currency.conversion,
      monthly: first.total,
      contract: setupFee + sum(bills.map((b) => b.total)),
      setupFee,
      monthlyMinimumApplied: first.floored,
      monthlyFees: first.fees,
      firstMonth: first.lines,
      years,
      channels: first.lines.flatMap((l) =>
        l.kind === 'usage' && l.channel !== null ? [{ channel: l.channel, monthly: l.amount }] : [],
      ),
      volumeModel,
      usage: first.usage,
      monthlyMinimum: minimum,
      resolutionRate: volumeModel === 'per-resolution' ? (resolved ?? null) : null,
    },
    issues,
  );
}

function usageLine(
  entry: ChannelMonth,
  model: VolumeModel,
  resolved: number,
  pricing: PricingInput,
  scale: number,
): BillLine {
  const { unit: unitOf, quantity: of } = billed[model];
  const unit = unitOf(pricing);
  const quantity = of(entry, resolved, pricing);
  const tiers = pricing.tiers?.[entry.channel];
  const label = `${entry.channel} per ${unit}`;
  if (tiers !== undefined) {
    const charge = graduatedCharge(quantity, tiers, scale);
    return {
      channel: entry.channel,
      kind: 'usage',
      label: `${label}, tiered`,
      quantity,
      unit,
      rate: null,
      amount: charge.amount,
      tiers: charge.tiers,
    };
  }
  const rate = (pricing.rates?.[entry.channel] ?? 0) * scale;
  return {
    channel: entry.channel,
    kind: 'usage',
    label,
    quantity,
    unit,
    rate,
    amount: quantity * rate,
  };
}

function baseLine(amount: number): BillLine {
  const line = { channel: null, quantity: null, unit: null, rate: null };
  return { ...line, kind: 'base', label: 'base', amount };
}

function minimumLine(minimum: number, usage: number): BillLine {
  const line = { channel: null, quantity: null, unit: null, rate: null };
  return { ...line, kind: 'minimum', label: 'monthly minimum top-up', amount: minimum - usage };
}

function feeLine(name: string, amount: number): BillLine {
  const line = { channel: null, quantity: null, unit: null, rate: null };
  return { ...line, kind: 'fee', label: name, amount };
}

function sum(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0);
}
