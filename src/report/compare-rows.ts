import type { CriterionResult, Ranking, VendorResult } from '../core/model/ranking.js';
import type { CriteriaSet, Criterion } from '../core/model/types.js';
import { answerText } from './explain-rows.js';
import { formatAnswer, formatScore } from './numbers.js';

/** One side of a compared criterion. */
export interface CompareSide {
  value: CriterionResult['value'];
  /** The answer for reading (option labels, units); `—` when unanswered. */
  answer: string;
  answered: boolean;
  /** In [0, 1]. */
  utility: number;
  /** Weighted-sum points (0–100 scale) this criterion adds to the vendor's score. */
  contribution: number;
  /** The failed knock-out rule at this criterion, if any. */
  knockout: string | undefined;
}

/** One criterion of a two-vendor comparison. */
export interface CompareRow {
  id: string;
  name: string;
  /** Ids of the groups above the criterion, top level first. */
  path: string[];
  /** Global weight (all criteria sum to 1). */
  weight: number;
  a: CompareSide;
  b: CompareSide;
  /** a.contribution − b.contribution, in points; positive favours a. */
  difference: number;
}

/** Two vendors side by side (`compare`). */
export interface Comparison {
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
  rows: CompareRow[];
}

/** Builds the comparison of vendors `a` and `b` of one ranking. Pure. */
export function compareVendors(
  set: CriteriaSet,
  ranking: Ranking,
  a: VendorResult,
  b: VendorResult,
): Comparison {
  const byId = new Map<string, Criterion>(set.criteria.map((c) => [c.id, c]));
  const bById = new Map(b.criteria.map((r) => [r.id, r]));
  const side = (v: VendorResult, r: CriterionResult | undefined, id: string): CompareSide => {
    const c = byId.get(id);
    const value = r?.value ?? null;
    return {
      value,
      answer: !r?.answered ? '—' : c ? answerText(c, value) : formatAnswer(value, r.unit),
      answered: r?.answered ?? false,
      utility: r?.utility ?? 0,
      contribution: r?.contribution ?? 0,
      knockout: v.knockouts.find((k) => k.criterion === id)?.rule,
    };
  };
  const rows = a.criteria.map((ra, order) => {
    const sa = side(a, ra, ra.id);
    const sb = side(b, bById.get(ra.id), ra.id);
    return {
      order,
      row: {
        id: ra.id,
        name: ra.name,
        path: ra.path,
        weight: ra.weight,
        a: sa,
        b: sb,
        difference: sa.contribution - sb.contribution,
      },
    };
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
  };
}

/** A vendor's place for a header: `rank 2 of 5` or `ineligible`. */
export function placeText(v: VendorResult, eligibleCount: number): string {
  return v.rank === null ? 'ineligible' : `rank ${v.rank} of ${eligibleCount}`;
}

/** A signed number of points for reading: `+3.1`, `−0.4`, `0.0`. */
export function signedPoints(points: number): string {
  const text = Math.abs(points).toFixed(1);
  if (text === '0.0') return '0.0';
  return points > 0 ? `+${text}` : `−${text}`;
}

/** The headline of a comparison: who leads, by how much, under which method. */
export function compareHeadline(c: Comparison): string {
  const d = c.scoreDifference;
  const only = c.a.eligible !== c.b.eligible ? (c.a.eligible ? c.a : c.b) : undefined;
  const other = only === c.a ? c.b : c.a;
  const lead = only
    ? `${only.name} is eligible, ${other.name} is not (knocked out); scores ${formatScore(c.a.score)} vs ${formatScore(c.b.score)}`
    : Math.abs(d) < 0.05
      ? `${c.a.name} and ${c.b.name} score the same`
      : d > 0
        ? `${c.a.name} leads ${c.b.name} by ${Math.abs(d).toFixed(1)} points`
        : `${c.b.name} leads ${c.a.name} by ${Math.abs(d).toFixed(1)} points`;
  return `${lead} · ${c.criteriaSet.name}, method ${c.method}`;
}

/** The note under the rows: what the points are, and how many rows `--top` left out. */
export function compareFootnote(c: Comparison, shown: number): string[] {
  const out: string[] = [];
  const hidden = c.rows.length - shown;
  if (hidden > 0) {
    const rest = c.rows.slice(shown);
    const largest = Math.max(...rest.map((r) => Math.abs(r.difference)));
    out.push(
      `${hidden} more criteria differ by at most ${largest.toFixed(1)} points (drop --top to see them)`,
    );
  }
  const sum = c.rows.reduce((s, r) => s + r.difference, 0);
  out.push(
    c.method === 'weighted-sum'
      ? `points are weighted-sum contributions; their differences add up to ${signedPoints(sum)}`
      : `points are weighted-sum contributions (their differences add up to ${signedPoints(sum)}); the ${c.method} score is not their sum`,
  );
  return out;
}
