import * as z from 'zod';
import { optionsOf } from './options.js';
import type {
  CriterionTerms,
  DecisionMethod,
  MethodExplanation,
  MethodInput,
  MethodOutput,
} from './types.js';

/** Relative tolerance below which a range of S or R, or a Q gap, counts as zero. */
const EPS = 1e-12;

/** VIKOR's compromise solution (Opricovic & Tzeng 2004), over the reference alternatives. */
export interface VikorCompromise {
  /** Ids of the compromise set, best Q first. */
  vendors: string[];
  /** C1: Q(a″) − Q(a′) ≥ DQ = 1/(m − 1), m = number of reference alternatives. */
  acceptableAdvantage: boolean;
  /** C2: a′ (best by Q) is also best by S or by R (ties count as best). */
  acceptableStability: boolean;
}

const vikorOptions = z.strictObject({
  v: z.number().min(0).max(1).default(0.5).meta({
    description: 'a number from 0 to 1 (weight of group utility S against regret R; default 0.5)',
  }),
});

/** What `vikorOptions` parses `{}` to, as plain data: a run without options never calls zod. */
const vikorDefaults: z.output<typeof vikorOptions> = { v: 0.5 };

const num = (x: number | boolean | null | undefined): number | null =>
  typeof x === 'number' ? x : null;

/**
 * VIKOR explains itself by regret: a category's column is the group utility on its criteria, and
 * a lead splits exactly into each criterion's part of Q.
 */
const vikorExplanation: MethodExplanation = {
  columns: [
    { key: 'best', label: 'Best', digits: 2 },
    { key: 'worst', label: 'Worst', digits: 2 },
    { key: 'd', label: 'd', digits: 4 },
    { key: 'sTerm', label: 'S term', digits: 4 },
    { key: 'setsR', label: 'Sets R', digits: 0 },
  ],
  groupLabel: "VIKOR group utility on the category's criteria: 100·(1 − Σ w·d / Σ w)",
  /**
   * 100·(1 − Σ wⱼdⱼ / Σ wⱼ) over the group's criteria the vendor has a d for (global weights;
   * the exclude renormalisation cancels out). When those all weigh 0, the plain mean of d; when
   * there is none (all left out), 0, as VIKOR counts a vendor without answers as the worst.
   * Over all criteria it is 100·(1 − S).
   */
  groupScore(alt, indices, weights) {
    let wd = 0;
    let w = 0;
    let sumD = 0;
    let k = 0;
    for (const j of indices) {
      const d = num(alt.terms[j]?.d);
      if (d === null) continue;
      const wj = weights[j] ?? 0;
      wd += wj * d;
      w += wj;
      sumD += d;
      k++;
    }
    if (k === 0) return 0;
    // clamped like the score: a vendor outside the field can lie beyond its worst (d > 1)
    return Math.min(100, Math.max(0, 100 * (1 - (w > 0 ? wd / w : sumD / k))));
  },
  /**
   * −100·(qTerm_a − qTerm_b) per criterion, qTerm_j = v·sTermⱼ/(S⁻ − S*) + (1 − v)·[j sets R]·R/(R⁻ − R*):
   * they add up to 100·(Q_b − Q_a), the lead exactly between reference vendors. A knocked-out
   * vendor's score clamps Q to [0, 1], and the rows then add up to the unclamped difference.
   */
  lead(a, b) {
    const n = Math.max(a.terms.length, b.terms.length);
    return Array.from(
      { length: n },
      (_, j) => -100 * ((num(a.terms[j]?.qTerm) ?? 0) - (num(b.terms[j]?.qTerm) ?? 0)),
    );
  },
  legend:
    "d = (best − figure) ÷ (best − worst); S term = weight × d, adding up to S; Sets R marks the criterion with the largest S term, the vendor's worst regret R.",
  leadLabel:
    'each criterion’s part of Q (group utility S and, for the criterion that sets R, the worst regret)',
};

/**
 * VIKOR (Opricovic & Tzeng 2004) on the performance matrix: with f*ⱼ and f⁻ⱼ the best and worst
 * value of criterion j among the reference alternatives (by `direction`), dᵢⱼ = (f*ⱼ − fᵢⱼ)/(f*ⱼ − f⁻ⱼ),
 * Sᵢ = Σ wⱼdᵢⱼ, Rᵢ = max wⱼdᵢⱼ, Qᵢ = v(Sᵢ − S*)/(S⁻ − S*) + (1 − v)(Rᵢ − R*)/(R⁻ − R*), and
 * score = (1 − Q) × 100 with Q clamped to [0, 1] (only non-reference alternatives leave it).
 * A constant column (f* = f⁻) contributes 0; a zero range of S or R makes its Q term 0.
 * Missing answers: `zero` takes f⁻; `exclude` drops the criterion from that vendor's S and R
 * and renormalises its remaining weights to sum to 1 (a vendor with no answer at all counts as
 * `zero`).
 *
 * Terms per criterion: `best` f*ⱼ and `worst` f⁻ⱼ (null when constant), `d`, `sTerm` = the
 * criterion's term of S (Σ sTerm = S), `setsR` (true on the first criterion whose term is R) and
 * `qTerm` = v·sTerm/(S⁻ − S*) + (1 − v)·[setsR]·R/(R⁻ − R*), so Q = Σ qTerm − a constant; `d`,
 * `sTerm`, `qTerm` null where the criterion is left out. See `vikorExplanation`.
 */
export const vikor: DecisionMethod = {
  id: 'vikor',
  name: 'VIKOR',
  summary:
    'compromise ranking by group utility S and worst regret R (Opricovic & Tzeng 2004); score = (1 − Q) × 100',
  options: vikorOptions,
  defaults: vikorDefaults,
  explanation: vikorExplanation,
  reads: 'performance',
  score(input: MethodInput): MethodOutput {
    const { v } = optionsOf(vikorOptions, vikorDefaults, input.options);
    const { criteria, alternatives } = input;
    const hasReference = input.reference.some(Boolean);
    const inReference = alternatives.map((_, i) => !hasReference || input.reference[i] === true);

    // Best and worst per criterion over the answered reference values.
    const best: (number | null)[] = [];
    const worst: (number | null)[] = [];
    const constant: string[] = [];
    criteria.forEach((c, j) => {
      let lo = Infinity;
      let hi = -Infinity;
      alternatives.forEach((alt, i) => {
        const f = alt.performance[j];
        if (!inReference[i] || f === null || f === undefined) return;
        lo = Math.min(lo, f);
        hi = Math.max(hi, f);
      });
      const usable = lo < hi;
      if (!usable) constant.push(c.id);
      best.push(usable ? (c.direction === 'lower' ? lo : hi) : null);
      worst.push(usable ? (c.direction === 'lower' ? hi : lo) : null);
    });

    const S: number[] = [];
    const R: number[] = [];
    /** Per alternative and criterion: d and the S term, null where left out. */
    const dOf: (number | null)[][] = [];
    const sOf: (number | null)[][] = [];
    for (const alt of alternatives) {
      let answeredWeight = 0;
      criteria.forEach((c, j) => {
        const f = alt.performance[j];
        if (f !== null && f !== undefined) answeredWeight += c.weight;
      });
      // A vendor with no weighted answer has nothing to renormalise: it counts as under `zero`.
      const exclude = input.missing === 'exclude' && answeredWeight > 0;
      const scale = exclude ? 1 / answeredWeight : 1;
      let s = 0;
      let r = -Infinity;
      const ds: (number | null)[] = [];
      const terms: (number | null)[] = [];
      criteria.forEach((c, j) => {
        const fStar = best[j];
        const fMinus = worst[j];
        const f = alt.performance[j];
        const answered = f !== null && f !== undefined;
        if (!answered && exclude) {
          ds.push(null);
          terms.push(null);
          return;
        }
        let d = 0;
        let term = 0;
        if (fStar !== null && fStar !== undefined && fMinus !== null && fMinus !== undefined) {
          const value = answered ? f : fMinus;
          // + 0 turns the −0 of a best value (0 / a negative range) into 0.
          d = (fStar - value) / (fStar - fMinus) + 0;
          term = (scale * c.weight * (fStar - value)) / (fStar - fMinus) + 0;
        }
        ds.push(d);
        terms.push(term);
        s += term;
        r = Math.max(r, term);
      });
      S.push(s);
      R.push(r === -Infinity ? 0 : r);
      dOf.push(ds);
      sOf.push(terms);
    }

    const ref = alternatives.map((_, i) => i).filter((i) => inReference[i]);
    const range = (xs: number[]) => {
      const vals = ref.map((i) => xs[i] ?? 0);
      const lo = Math.min(...vals);
      const hi = Math.max(...vals);
      return { lo, span: hi - lo > EPS * Math.max(1, Math.abs(hi)) ? hi - lo : 0 };
    };
    const sRange = range(S);
    const rRange = range(R);
    const Q = alternatives.map((_, i) => {
      const sTerm = sRange.span > 0 ? ((S[i] ?? 0) - sRange.lo) / sRange.span : 0;
      const rTerm = rRange.span > 0 ? ((R[i] ?? 0) - rRange.lo) / rRange.span : 0;
      return v * sTerm + (1 - v) * rTerm;
    });
    // Q = Σ qTerm − (v·S*/(S⁻ − S*) + (1 − v)·R*/(R⁻ − R*)): each criterion's part up to a constant.
    const sScale = sRange.span > 0 ? v / sRange.span : 0;
    const rScale = rRange.span > 0 ? (1 - v) / rRange.span : 0;
    const terms = alternatives.map((_, i): CriterionTerms[] => {
      const rOf = R[i] ?? 0;
      const sTerms = sOf[i] ?? [];
      const setter = sTerms.findIndex((t) => t !== null && t === rOf);
      return criteria.map((_, j) => {
        const sTerm = sTerms[j] ?? null;
        const setsR = j === setter;
        return {
          best: best[j] ?? null,
          worst: worst[j] ?? null,
          d: dOf[i]?.[j] ?? null,
          sTerm,
          setsR,
          qTerm: sTerm === null ? null : sScale * sTerm + (setsR ? rScale * rOf : 0),
        };
      });
    });

    const scores = Q.map((q) => 100 * (1 - Math.min(1, Math.max(0, q))));
    const details = alternatives.map((_, i) => ({ S: S[i] ?? 0, R: R[i] ?? 0, Q: Q[i] ?? 0 }));
    const compromise = compromiseSet(
      ref.map((i) => ({
        id: alternatives[i]?.id ?? '',
        S: S[i] ?? 0,
        R: R[i] ?? 0,
        Q: Q[i] ?? 0,
      })),
    );
    return {
      scores,
      details,
      terms,
      summary: constant.length > 0 ? { compromise, constantCriteria: constant } : { compromise },
    };
  },
};

/** The compromise set and conditions C1, C2 of Opricovic & Tzeng (2004) over the given field. */
export function compromiseSet(
  field: readonly { id: string; S: number; R: number; Q: number }[],
): VikorCompromise {
  // Ties in Q are broken by id so the result does not depend on input order.
  const sorted = [...field].sort((a, b) => a.Q - b.Q || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const first = sorted[0];
  const second = sorted[1];
  if (first === undefined) {
    return { vendors: [], acceptableAdvantage: false, acceptableStability: false };
  }
  const bestS = Math.min(...field.map((a) => a.S));
  const bestR = Math.min(...field.map((a) => a.R));
  const near = (x: number, y: number) => Math.abs(x - y) <= EPS * Math.max(1, Math.abs(y));
  const acceptableStability = near(first.S, bestS) || near(first.R, bestR);
  if (second === undefined)
    return { vendors: [first.id], acceptableAdvantage: true, acceptableStability };

  const dq = 1 / (field.length - 1);
  // A gap within rounding of DQ counts as DQ (e.g. 0.49999999999999994 for 1/2).
  const atLeastDq = (gap: number) => gap >= dq - EPS;
  const acceptableAdvantage = atLeastDq(second.Q - first.Q);
  let vendors: string[];
  if (!acceptableAdvantage) {
    vendors = sorted.filter((a) => !atLeastDq(a.Q - first.Q)).map((a) => a.id);
  } else if (!acceptableStability) {
    vendors = [first.id, second.id];
  } else {
    vendors = [first.id];
  }
  return { vendors, acceptableAdvantage, acceptableStability };
}
