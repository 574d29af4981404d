import type { AbnormallyLowBid } from '../core/cost/abnormally-low.js';
import type { VendorCost } from '../core/cost/cost.js';
import type { Format } from './format.js';
import { type CostModel, costOrder } from './cost-model.js';

/** One vendor's cost as `cost --format json` gives it (SPEC), numbers unrounded. */
export function vendorCostToJson(
  name: string,
  c: VendorCost,
  abnormallyLow: readonly AbnormallyLowBid[],
): object {
  return {
    id: c.vendor,
    name,
    model: c.model,
    monthly: c.monthly,
    contract: c.contract,
    currency: c.currency ?? null,
    channels: c.staffing.map((s) => ({
      channel: s.channel,
      contactsPerMonth: s.contacts,
      ahtSeconds: s.ahtSeconds,
      live: s.live,
      workloadHours: s.workloadHours,
      ...(s.live ? { agents: s.agents, serviceLevel: s.serviceLevel } : {}),
      occupancy: s.occupancy,
      fte: s.fte,
      monthly: c.bill.channels.find((b) => b.channel === s.channel)?.monthly ?? 0,
    })),
    fees: {
      setup: c.bill.setupFee,
      monthlyMinimumApplied: c.bill.monthlyMinimumApplied,
      monthlyFees: c.bill.monthlyFees,
    },
    conversion: c.bill.conversion,
    repeatContacts: c.repeat ?? null,
    abnormallyLow: abnormallyLow.some((b) => b.vendor === c.vendor),
    years: c.bill.years,
  };
}

/**
 * `cost --explain <vendor> --format json`: the vendor's entry with every step: each live
 * channel's intervals (arrivals, traffic, agents, service level) and the first month's bill lines.
 */
function explainedToJson(
  name: string,
  c: VendorCost,
  abnormallyLow: readonly AbnormallyLowBid[],
): object {
  return {
    ...vendorCostToJson(name, c, abnormallyLow),
    staffing: c.staffing.map((s) => ({
      channel: s.channel,
      agentHours: s.agentHours,
      paidHours: s.paidHours,
      intervalsPerMonth: s.intervalsPerMonth,
      intervals: s.intervals.map((i) => ({
        arrivals: i.arrivals,
        traffic: i.traffic,
        agents: i.queue?.agents ?? 0,
        serviceLevel: i.queue?.serviceLevel ?? null,
        occupancy: i.queue?.occupancy ?? null,
        waitProbability: i.queue?.waitProbability ?? null,
        asaSeconds: i.queue?.asaSeconds ?? null,
        abandonProbability: i.queue?.abandonProbability ?? null,
      })),
    })),
    firstMonth: c.bill.firstMonth,
  };
}

/**
 * `cost --format json` (SPEC): the demand's currency and contract length, then each priced
 * vendor from the lowest contract cost up; `withoutPricing` lists the vendors that bid no price.
 */
export function formatCostJson(m: CostModel, toolVersion: string): string {
  const explained = m.explain === undefined ? undefined : m.report.vendors.get(m.explain);
  const doc = {
    tool: { name: 'vendor-eval', version: toolVersion },
    criteriaSet: { id: m.set.id, name: m.set.name, version: m.set.version ?? null },
    currency: m.report.demand.currency ?? null,
    contractMonths: m.report.demand.contractMonths,
    ...(explained
      ? {
          vendor: explainedToJson(
            m.names.get(explained.vendor) ?? explained.vendor,
            explained,
            m.report.abnormallyLow,
          ),
        }
      : {
          vendors: costOrder(m).map((c) =>
            vendorCostToJson(m.names.get(c.vendor) ?? c.vendor, c, m.report.abnormallyLow),
          ),
          withoutPricing: m.report.withoutPricing,
          priceFormulas: m.priceFormulas
            ? { sameWinner: m.priceFormulas.sameWinner, winners: m.priceFormulas.winners }
            : null,
        }),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** `cost --format json`. */
export const costJsonFormat: Format<CostModel> = {
  id: 'json',
  description: 'every figure, unrounded (SPEC shape)',
  extension: 'json',
  userText: 'encoded',
  render: (m, ctx) => formatCostJson(m, ctx.toolVersion),
};
