import * as z from 'zod';
import type {
  CriterionTerms,
  DecisionMethod,
  MethodExplanation,
  MethodInput,
  MethodOutput,
  ScoredAlternative,
} from './types.js';

const clamp01 = (u: number): number => (u < 0 ? 0 : u > 1 ? 1 : u);

/** One alternative's weighted product: its factors per criterion and its 0–100 score. */
export interface ProductRow {
  /** uᵢ^(wᵢ/W) per criterion (W: 1, or the answered weight under `exclude`); null when left out. */
  factors: (number | null)[];
  /** 100 × Π factors. */
  score: number;
}

/**
 * The weighted product of one alternative: 100 × Π uᵢ^wᵢ on utilities clamped to [0, 1]. Under
 * `missing: zero` an unanswered criterion is utility 0; under `exclude` it is left out (factor
 * null) and the remaining exponents renormalised to wᵢ / Σ wⱼ over answered j; nothing answered
 * scores 0. A criterion without weight has factor 1 (0⁰ = 1: no say, not even a veto).
 */
export function productRow(input: MethodInput, utilities: readonly (number | null)[]): ProductRow {
  const exclude = input.missing === 'exclude';
  let answeredWeight = 0;
  input.criteria.forEach((c, j) => {
    const raw = utilities[j];
    if (!((raw === null || raw === undefined) && exclude)) answeredWeight += c.weight;
  });
  const scale = exclude ? (answeredWeight > 0 ? 1 / answeredWeight : 0) : 1;
  // Σ wᵢ·ln uᵢ: a product of many factors below 1 would underflow long before its logarithm
  // loses precision.
  let logSum = 0;
  let zero = false;
  const factors = input.criteria.map((c, j): number | null => {
    const raw = utilities[j];
    if ((raw === null || raw === undefined) && exclude) return null;
    const u = clamp01(raw ?? 0);
    const w = c.weight * scale;
    if (w === 0) return 1;
    if (u === 0) {
      zero = true;
      return 0;
    }
    logSum += w * Math.log(u);
    return Math.exp(w * Math.log(u));
  });
  const score = zero || (exclude && answeredWeight === 0) ? 0 : 100 * Math.exp(logSum);
  return { factors, score };
}

/**
 * Each factor's share of the shortfall from 100: ln fᵢ / ln(score/100), so the shares sum to 1.
 * A vendor at 100 has no shortfall (all 0); a vendor zeroed by k criteria gives each of them 1/k.
 */
function logShares(row: ProductRow): (number | null)[] {
  const zeros = row.factors.filter((f) => f === 0).length;
  if (zeros > 0) return row.factors.map((f) => (f === null ? null : f === 0 ? 1 / zeros : 0));
  const total = row.factors.reduce<number>((s, f) => s + (f === null ? 0 : Math.log(f)), 0);
  return row.factors.map((f) => (f === null ? null : total < 0 ? Math.log(f) / total : 0));
}

/** The terms of one product row: `factor` and `logShare` per criterion. */
export function productTerms(row: ProductRow): CriterionTerms[] {
  const shares = logShares(row);
  return row.factors.map((factor, j) => ({ factor, logShare: shares[j] ?? null }));
}

/** The factors of an alternative, read back from its terms (`factor`; null when left out). */
export const factorsOf = (alt: ScoredAlternative): (number | null)[] =>
  alt.terms.map((t) => (typeof t.factor === 'number' ? t.factor : null));

/**
 * The weighted geometric mean utility × 100 of the criteria at `indices` (a category's
 * weighted-product column): exp(Σ wᵢ ln uᵢ / Σ wᵢ) over the answered ones; a zero utility on a
 * weighted criterion gives 0, and so does a group without weight.
 */
export function geometricMeanUtility(
  alt: Pick<ScoredAlternative, 'utilities'>,
  indices: readonly number[],
  weights: readonly number[],
): number {
  let log = 0;
  let total = 0;
  for (const j of indices) {
    const u = alt.utilities[j];
    const w = weights[j] ?? 0;
    if (u === null || u === undefined || w === 0) continue;
    if (u <= 0) return 0;
    log += w * Math.log(Math.min(1, u));
    total += w;
  }
  return total > 0 ? 100 * Math.exp(log / total) : 0;
}

/**
 * Splits `scoreA − scoreB` of two weighted products over their factors exactly, by the
 * logarithmic mean Divisia index (Ang 2004): part i = L(A, B)·ln(fᴬᵢ/fᴮᵢ) with
 * L(A, B) = (A − B)/(ln A − ln B) (L(A, A) = A), since ln(A/B) = Σ ln(fᴬᵢ/fᴮᵢ). A factor left
 * out counts as 1. When one score is 0 the criteria that zeroed it carry the whole difference,
 * shared equally (for a vendor that answered nothing, the criteria it left out); two zeros
 * differ by nothing.
 */
export function productLead(
  scoreA: number,
  factorsA: readonly (number | null)[],
  scoreB: number,
  factorsB: readonly (number | null)[],
): number[] {
  const n = Math.max(factorsA.length, factorsB.length);
  const fa = (j: number): number => factorsA[j] ?? 1;
  const fb = (j: number): number => factorsB[j] ?? 1;
  const parts = new Array<number>(n).fill(0);
  if (scoreA <= 0 || scoreB <= 0) {
    if (scoreA <= 0 && scoreB <= 0) return parts;
    // The zeroing criteria; for a vendor with nothing answered (left out under `exclude`) the
    // criteria it left out; else every criterion alike.
    const zeroed = scoreA <= 0 ? factorsA : factorsB;
    const all = [...parts.keys()];
    const zeros = all.filter((j) => zeroed[j] === 0);
    const unanswered = all.filter((j) => zeroed[j] === null);
    const culprits = zeros.length ? zeros : unanswered.length ? unanswered : all;
    const diff = scoreA - scoreB;
    for (const j of culprits) parts[j] = diff / culprits.length;
    return parts;
  }
  const logRatio = Math.log(scoreA) - Math.log(scoreB);
  const mean = logRatio === 0 ? scoreA : (scoreA - scoreB) / logRatio;
  for (let j = 0; j < n; j++) parts[j] = mean * (Math.log(fa(j)) - Math.log(fb(j)));
  return parts;
}

/** Ids of the criteria whose zero factor zeroes a product (weighted-product's `zeroedBy`). */
export function zeroingCriteria(input: MethodInput, row: ProductRow): string[] {
  return row.factors.flatMap((f, j) => (f === 0 ? [input.criteria[j]?.id ?? ''] : []));
}

const explanation: MethodExplanation = {
  columns: [
    { key: 'factor', label: 'Factor', digits: 4 },
    { key: 'logShare', label: 'Share of gap', digits: 3 },
  ],
  groupLabel: 'weighted geometric mean utility of the category’s criteria × 100',
  groupScore: geometricMeanUtility,
  lead: (a, b) => productLead(a.score, factorsOf(a), b.score, factorsOf(b)),
  legend:
    "Factor = utility^weight, and the score is 100 × their product; share of gap = ln factor ÷ ln(score/100), the criterion's part of the distance to 100.",
  leadLabel: 'each factor’s share of the score ratio, in points (log-mean split of the product)',
};

/**
 * Weighted product (Bridgman 1922, Miller & Starr 1969): score = 100 × Π uᵢ^wᵢ on utilities in
 * [0, 1] (see `productRow`); a zero utility on a weighted criterion gives 0, and `details`
 * names it (`zeroedBy`, as the indices' ids). Utilities are already relative to the field where
 * the criterion says so, so the reference alternatives play no further part. Each criterion's
 * term is its `factor` (the score is 100 × their product) and its `logShare` of the shortfall.
 */
export const weightedProduct: DecisionMethod = {
  id: 'weighted-product',
  name: 'Weighted product',
  summary:
    'score = Π utility^weight × 100; a zero on any criterion gives 0, so weak spots cost more',
  options: z.strictObject({}),
  defaults: {},
  reads: 'utilities',
  score(input: MethodInput): MethodOutput {
    const rows = input.alternatives.map((alt) => productRow(input, alt.utilities));
    return {
      scores: rows.map((r) => r.score),
      terms: rows.map(productTerms),
      zeroedBy: rows.map((r) => zeroingCriteria(input, r)),
    };
  },
  explanation,
};
