import type { Issue } from '../issues.js';
import type { Vendor } from '../model/types.js';
import type { VendorCost } from './cost.js';

/** A bid far below the others: the buyer must ask for an explanation before rejecting it. */
export interface AbnormallyLowBid {
  vendor: string;
  contract: number;
  /** The median contract cost of every costed bid. */
  median: number;
  /** contract ÷ median. */
  ratio: number;
}

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * The bids whose contract cost is below `below` × the median of all costed bids (public
 * procurement's "abnormally low tender" test). A median needs at least three bids to mean
 * anything, so fewer give none. Never a reason to drop a bid: flagged, ranked as bid.
 */
export function abnormallyLowBids(costs: readonly VendorCost[], below: number): AbnormallyLowBid[] {
  if (costs.length < 3) return [];
  const mid = median(costs.map((c) => c.contract));
  if (mid <= 0) return [];
  return costs
    .filter((c) => c.contract < below * mid)
    .map((c) => ({ vendor: c.vendor, contract: c.contract, median: mid, ratio: c.contract / mid }));
}

/**
 * One warning per abnormally low bid, at the vendor's `pricing`, saying what the buyer must do:
 * ask the supplier to explain the price before any rejection (EU Directive 2014/24/EU, Art. 69;
 * the UK Procurement Act 2023 s.34 and US FAR 15.404-1(d)(3) ask the same).
 */
export function abnormallyLowIssues(
  bids: readonly AbnormallyLowBid[],
  vendors: readonly Vendor[],
  below: number,
): Issue[] {
  return bids.map((b) => {
    const v = vendors.find((x) => x.id === b.vendor);
    return {
      severity: 'warning',
      rule: 'abnormally-low-bid',
      message: `vendor "${b.vendor}" bids ${Math.round(b.ratio * 100)} % of the median contract cost (below ${Math.round(below * 100)} %): an abnormally low bid`,
      hint: 'before rejecting it, ask the vendor in writing to explain the price (public procurement rules require it); it is ranked as bid',
      // the bid may be in another evaluator's file of the vendor: point at the bid
      file: v?.pricingFile ?? v?.origin.file,
      path: ['pricing'],
    };
  });
}
