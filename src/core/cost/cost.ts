import { failed, ok, type Issue, type Result } from '../issues.js';
import type { CriteriaSet, Vendor } from '../model/types.js';
import type { PricingInput } from '../model/vendor-schema.js';
import { abnormallyLowBids, type AbnormallyLowBid } from './abnormally-low.js';
import { billFor, type Bill, type ChannelMonth } from './bill.js';
import { missingDemand, resolveDemand, type Demand } from './demand.js';
import { staffChannel, type ChannelStaffing } from './staffing.js';

/** What one vendor's bid costs the buyer under the set's demand. */
export interface VendorCost {
  vendor: string;
  model: PricingInput['model'];
  /** The demand's currency (every amount is in it), or the bid's own when the demand has none. */
  currency: string | undefined;
  /** The first month's bill (SPEC: after the minimum, before any increase). */
  monthly: number;
  /** Set-up fee plus every month's bill over the contract. */
  contract: number;
  /** Each channel as staffed in the first month of the contract. */
  staffing: ChannelStaffing[];
  /** Repeat contacts from the vendor's first-contact resolution, when the demand asks for them. */
  repeat: { criterion: string; resolution: number; factor: number } | undefined;
  bill: Bill;
}

/** Every vendor's cost under one demand, and the vendors that bid no price. */
export interface CostReport {
  demand: Demand;
  vendors: Map<string, VendorCost>;
  /** Ids of vendors without a `pricing` block (an error when a `cost` criterion needs one). */
  withoutPricing: string[];
  /** Bids below `demand.abnormallyLowBelow` × the median contract cost. */
  abnormallyLow: AbnormallyLowBid[];
}

/**
 * Turns every vendor's `pricing` into the same monthly and contract cost for the set's
 * `demand` (SPEC "Cost"): each contract month's volume (seasonality, repeat contacts), each
 * channel staffed (`staffChannel`), then billed under the vendor's model (`billFor`). Undefined
 * value with an error when the set has no demand; a vendor without pricing is an error only
 * when a `cost` criterion needs it. Bids in different currencies with no demand currency to
 * convert into are an error naming both, never a silent sum.
 */
export function costVendors(set: CriteriaSet, vendors: readonly Vendor[]): Result<CostReport> {
  if (!set.demand) return failed([missingDemand(set)]);
  const costCriterion = set.criteria.find((c) => c.type === 'cost');
  const resolved = resolveDemand(set.demand.input, set.demand.origin);
  if (!resolved.ok) return failed(resolved.issues);
  const demand = resolved.value;
  const issues: Issue[] = [...repeatCriterionIssues(set, demand)];
  const priced = vendors.filter((v) => v.pricing);
  const withoutPricing = vendors.filter((v) => !v.pricing).map((v) => v.id);
  if (costCriterion) {
    // the example bid names every channel of the demand, so following the hint prices them all
    const example = `pricing: { model: per-hour, ${demand.currency ? `currency: ${demand.currency}, ` : ''}rates: { ${demand.channels.map((ch) => `${ch.id}: …`).join(', ')} } }`;
    for (const v of vendors.filter((x) => !x.pricing)) {
      issues.push({
        severity: 'error',
        rule: 'missing-pricing',
        message: `vendor "${v.id}" has no \`pricing\`, which the cost criterion "${costCriterion.id}" needs`,
        hint: `add \`${example}\` with its bid, a rate for each channel of the demand (see docs/cost-model.md)`,
        file: v.origin.file,
        line: 1,
        column: 1,
      });
    }
  }
  // every bid is still checked below, so one run reports every problem
  issues.push(...mixedCurrencies(demand, priced));
  const out = new Map<string, VendorCost>();
  for (const v of priced) {
    const cost = costOne(v, demand);
    if (!cost.ok) issues.push(...cost.issues);
    else out.set(v.id, cost.value);
  }
  if (issues.some((i) => i.severity === 'error')) return failed(issues);
  // stated in every view's notes; `validate` reports them as warnings (abnormallyLowIssues)
  const abnormallyLow = abnormallyLowBids([...out.values()], demand.abnormallyLowBelow);
  return ok({ demand, vendors: out, withoutPricing, abnormallyLow }, issues);
}

/** One vendor's cost: each month staffed (cached by volume) and billed. */
function costOne(v: Vendor, demand: Demand): Result<VendorCost> {
  const pricing = v.pricing as PricingInput;
  const repeat = repeatOf(v, demand);
  const staffed = new Map<string, ChannelStaffing>();
  const issues: Issue[] = [];
  const months: ChannelMonth[][] = [];
  // months staffed alike share one list of entries, which billFor bills once a year
  const alike = new Map<string, ChannelMonth[]>();
  let firstMonth: ChannelStaffing[] = [];
  for (let m = 0; m < demand.contractMonths; m++) {
    const season = demand.seasonality[(demand.startMonth + m) % 12] ?? 1;
    const month: ChannelStaffing[] = [];
    const keys: string[] = [];
    for (const ch of demand.channels) {
      const contacts = ch.contactsPerMonth * season * (repeat?.factor ?? 1);
      const key = `${ch.id}\n${contacts}`;
      let s = staffed.get(key);
      if (!s) {
        const r = staffChannel(ch, demand, contacts);
        if (!r.ok) {
          // the same target fails every month alike: report it once
          if (!issues.some((i) => i.path?.join('/') === r.issues[0]?.path?.join('/')))
            issues.push(...r.issues);
          continue;
        }
        s = r.value;
        staffed.set(key, s);
      }
      month.push(s);
      keys.push(key);
    }
    if (m === 0) firstMonth = month;
    const same = keys.join('\n\n');
    const entries =
      alike.get(same) ??
      month.map((s) => ({
        channel: s.channel,
        contacts: s.contacts,
        handleMinutes: (s.contacts * s.ahtSeconds) / 60,
        fte: s.fte,
        paidHours: s.paidHours,
        loggedInHours: s.agentHours,
      }));
    alike.set(same, entries);
    months.push(entries);
  }
  if (issues.length) return failed(issues);
  const bill = billFor({
    vendor: v.id,
    file: v.pricingFile ?? v.origin.file,
    pricing,
    months,
    demandCurrency: demand.currency,
    exchangeRates: demand.exchangeRates,
    resolutionRate: demand.resolutionRate,
  });
  if (!bill.ok) return failed(bill.issues);
  return ok(
    {
      vendor: v.id,
      model: pricing.model,
      currency: bill.value.currency,
      monthly: bill.value.monthly,
      contract: bill.value.contract,
      staffing: firstMonth,
      repeat,
      bill: bill.value,
    },
    bill.issues,
  );
}

/**
 * With `repeatContacts`, the demand's contacts are issues, and a vendor that resolves a share f
 * of them at first contact handles issues ÷ f contacts (each unresolved contact comes back, so
 * the contacts per issue are 1 + (1−f) + (1−f)² + … = 1/f). Its answer is a percent (0–100) or a
 * fraction; unanswered, no repeat contacts are added.
 */
function repeatOf(v: Vendor, demand: Demand): VendorCost['repeat'] {
  const id = demand.repeatFrom;
  if (!id) return undefined;
  const values = (v.answers.get(id) ?? [])
    .map((a) => a.value)
    .filter((x): x is number => typeof x === 'number');
  if (!values.length) return undefined;
  const mean = values.reduce((s, x) => s + x, 0) / values.length;
  const resolution = mean > 1 ? mean / 100 : mean;
  if (resolution <= 0) return undefined;
  return { criterion: id, resolution, factor: 1 / resolution };
}

/** `repeatContacts.fromCriterion` must name a `number` criterion of the set. */
function repeatCriterionIssues(set: CriteriaSet, demand: Demand): Issue[] {
  const id = demand.repeatFrom;
  if (!id) return [];
  const c = set.criteria.find((x) => x.id === id);
  if (c?.type === 'number') return [];
  return [
    {
      severity: 'error',
      rule: 'invalid-demand',
      message: c
        ? `repeatContacts.fromCriterion names "${id}", a ${c.type} criterion; it needs a number (the first-contact resolution rate)`
        : `repeatContacts.fromCriterion names "${id}", which is not a criterion of the set`,
      hint: 'name the number criterion that holds each vendor’s first-contact resolution (a percent or a fraction)',
      file: demand.origin.file,
      path: [...demand.origin.path, 'repeatContacts', 'fromCriterion'],
    },
  ];
}

/**
 * Without a demand currency, every bid must be in the same currency (or none): a sum across
 * currencies would be meaningless. One error, naming two vendors and their currencies.
 */
function mixedCurrencies(demand: Demand, priced: readonly Vendor[]): Issue[] {
  if (demand.currency !== undefined) return [];
  const first = priced[0];
  const other = priced.find((v) => v.pricing?.currency !== first?.pricing?.currency);
  if (!first || !other) return [];
  const name = (v: Vendor) => v.pricing?.currency ?? 'no currency';
  return [
    {
      severity: 'error',
      rule: 'mixed-currencies',
      message: `vendor "${other.id}" bids in ${name(other)} and "${first.id}" in ${name(first)}, and the demand names no currency to convert them into`,
      hint: `add \`currency: ${first.pricing?.currency ?? 'USD'}\` to the demand, with \`exchangeRates\` for the others`,
      file: other.pricingFile ?? other.origin.file,
      path: ['pricing', 'currency'],
    },
  ];
}
