import { explanationOf } from '../methods/index.js';
import type { ScoredAlternative } from '../methods/types.js';
import {
  knockoutOn,
  type CriterionResult,
  type Ranking,
  type VendorResult,
} from '../model/ranking.js';

/** One side of a compared criterion: the figures, no text. */
export interface SideFigures {
  value: CriterionResult['value'];
  answered: boolean;
  /** In [0, 1]. */
  utility: number;
  /** Weighted-sum points (0–100 scale) this criterion adds to the vendor's score. */
  contribution: number;
  /** The failed knock-out rule at this criterion, if any. */
  knockout: string | undefined;
  /** The unit of a `number` criterion. */
  unit?: string | undefined;
}

/** One criterion of a two-vendor comparison. */
export interface CriterionDifference {
  id: string;
  name: string;
  /** Ids of the groups above the criterion, top level first. */
  path: string[];
  /** Global weight (all criteria sum to 1). */
  weight: number;
  a: SideFigures;
  b: SideFigures;
  /**
   * The criterion's part of a.score − b.score under the ranking's method (its
   * `explanation.lead`), in score points; positive favours a. The parts add up to
   * `scoreDifference`. Under weighted-sum it is a.contribution − b.contribution.
   */
  difference: number;
}

/** Two vendors of one ranking side by side (`compare`), as numbers. */
export interface VendorComparison {
  /** The ranking both vendors come from (method summary, names of the field). */
  ranking: Ranking;
  criteriaSet: Ranking['criteriaSet'];
  method: string;
  missing: Ranking['missing'];
  /** Eligible vendors in the ranking (for "rank 2 of 5"). */
  eligibleCount: number;
  a: VendorResult;
  b: VendorResult;
  /** a.score − b.score under the method. */
  scoreDifference: number;
  /** Every criterion, largest |difference| first (ties in tree order). */
  rows: CriterionDifference[];
  /** What each row's `difference` is under the method, one phrase. */
  differenceLabel: string;
  /**
   * Whether each side's `contribution` is the method's own per-criterion figure (weighted-sum
   * points), so the sides may be shown next to the difference.
   */
  sidesAddUp: boolean;
}

/** Compares vendors `a` and `b` of one ranking criterion by criterion. Pure. */
export function compareVendors(
  ranking: Ranking,
  a: VendorResult,
  b: VendorResult,
): VendorComparison {
  const bById = new Map(b.criteria.map((r) => [r.id, r]));
  const side = (v: VendorResult, r: CriterionResult | undefined, id: string): SideFigures => ({
    value: r?.value ?? null,
    answered: r?.answered ?? false,
    utility: r?.utility ?? 0,
    contribution: r?.contribution ?? 0,
    knockout: knockoutOn(v.knockouts, id),
    unit: r?.unit,
  });
  const explanation = explanationOf(ranking.method);
  const weights = a.criteria.map((r) => r.weight);
  const lead = explanation.lead(scored(ranking, a), scored(ranking, b), weights);
  const rows = a.criteria.map((ra, order) => {
    const sa = side(a, ra, ra.id);
    const sb = side(b, bById.get(ra.id), ra.id);
    const row: CriterionDifference = {
      id: ra.id,
      name: ra.name,
      path: ra.path,
      weight: ra.weight,
      a: sa,
      b: sb,
      difference: lead[order] ?? 0,
    };
    return { order, row };
  });
  rows.sort((x, y) => Math.abs(y.row.difference) - Math.abs(x.row.difference) || x.order - y.order);
  return {
    ranking,
    criteriaSet: ranking.criteriaSet,
    method: ranking.method,
    missing: ranking.missing,
    eligibleCount: ranking.vendors.filter((v) => v.eligible).length,
    a,
    b,
    scoreDifference: a.score - b.score,
    rows: rows.map((r) => r.row),
    differenceLabel: explanation.leadLabel,
    sidesAddUp: explanation.perSide === 'points',
  };
}

/** A ranked vendor as its method scored it, for the method's `explanation`. */
export function scored(ranking: Ranking, v: VendorResult): ScoredAlternative {
  const exclude = ranking.missing === 'exclude';
  return {
    score: v.score,
    details: v.details,
    terms: v.terms,
    utilities: v.criteria.map((r) => (r.answered ? r.utility : exclude ? null : 0)),
  };
}
