import * as z from 'zod';
import { optionsOf } from './options.js';
import type {
  CriterionTerms,
  DecisionMethod,
  MethodExplanation,
  MethodInput,
  MethodOutput,
} from './types.js';

/** The normalisations TOPSIS offers (`methodOptions.normalization`), the default first. */
export const topsisNormalizations = ['vector', 'minmax', 'max', 'sum'] as const;
export type TopsisNormalization = (typeof topsisNormalizations)[number];

const topsisOptions = z.strictObject({
  normalization: z
    .enum(topsisNormalizations)
    .default('vector')
    .meta({ description: `one of ${topsisNormalizations.join(', ')} (default vector)` }),
});

/** What `topsisOptions` parses `{}` to, as plain data: a run without options never calls zod. */
const topsisDefaults: z.output<typeof topsisOptions> = { normalization: 'vector' };

/**
 * Normalises one column so that larger is better, after pymcdm's `normalizations.py`: with x the
 * figures and `field` the reference figures the norms come from,
 * - vector: x/‖field‖ (benefit), 1 − x/‖field‖ (cost);
 * - minmax: (x − min)/(max − min) (benefit), (max − x)/(max − min) (cost);
 * - max: x/max (benefit), 1 − x/max (cost);
 * - sum: x/Σ field (benefit), (1/x)/Σ (1/field) (cost).
 * `max` and `sum` divide by the figures themselves and are only defined on positive ones (pymcdm
 * refuses zero or negative figures for `sum`): a field with a figure ≤ 0 (`sum`) or < 0, or no
 * positive maximum (`max`), is min-max normalised instead. A degenerate field (all zeros for
 * vector, a constant one for minmax) maps every figure to 0, so the column adds no distance.
 */
export function normalizeColumn(
  values: readonly (number | null)[],
  field: readonly number[],
  direction: 'higher' | 'lower',
  normalization: TopsisNormalization,
): (number | null)[] {
  const cost = direction === 'lower';
  const lo = Math.min(...field);
  const hi = Math.max(...field);
  const minmax = (x: number): number =>
    hi > lo ? (cost ? (hi - x) / (hi - lo) : (x - lo) / (hi - lo)) : 0;
  let f: (x: number) => number = minmax;
  if (normalization === 'vector') {
    const norm = Math.sqrt(field.reduce((s, x) => s + x * x, 0));
    f = (x) => (norm > 0 ? (cost ? 1 - x / norm : x / norm) : 0);
  } else if (normalization === 'max' && lo >= 0 && hi > 0) {
    f = (x) => (cost ? 1 - x / hi : x / hi);
  } else if (normalization === 'sum' && lo > 0) {
    const total = field.reduce((s, x) => s + (cost ? 1 / x : x), 0);
    f = (x) => (cost ? 1 / x : x) / total;
  }
  return values.map((x) => (x === null ? null : f(x)));
}

/** One criterion's column after filling and normalising, in weighted-normalised units. */
interface Column {
  /** vᵢⱼ = wⱼ·rᵢⱼ per alternative; null when the criterion is left out for it. */
  values: (number | null)[];
  ideal: number;
  antiIdeal: number;
}

/**
 * Builds one weighted, normalised column. Ideals and the norms come from the reference
 * alternatives; an unanswered cell is the column's worst reference value under `zero` and left
 * out under `exclude`; a non-reference value is clamped into the reference range, so a knocked-out
 * vendor is measured against the field it did not enter. A column nobody in the reference
 * answered is left out for everyone.
 */
function column(
  input: MethodInput,
  j: number,
  normalization: TopsisNormalization,
): Column | undefined {
  const criterion = input.criteria[j];
  if (!criterion) return undefined;
  const raw = input.alternatives.map((a) => a.performance[j] ?? null);
  let lo = Infinity;
  let hi = -Infinity;
  raw.forEach((x, i) => {
    if (x === null || !input.reference[i]) return;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  });
  if (lo > hi) return undefined;
  const worst = criterion.direction === 'higher' ? lo : hi;
  const filled = raw.map((x, i) => {
    if (x === null) return input.missing === 'zero' ? worst : null;
    if (input.reference[i]) return x;
    return x < lo ? lo : x > hi ? hi : x;
  });
  const field = filled.filter((x, i): x is number => x !== null && input.reference[i] === true);
  const r = normalizeColumn(filled, field, criterion.direction, normalization);
  let best = -Infinity;
  let least = Infinity;
  r.forEach((x, i) => {
    if (x === null || !input.reference[i]) return;
    if (x > best) best = x;
    if (x < least) least = x;
  });
  const w = criterion.weight;
  return {
    values: r.map((x) => (x === null ? null : w * x)),
    ideal: w * best,
    antiIdeal: w * least,
  };
}

/** A criterion left out for a vendor: it has none of the figures (a new object each time). */
const leftOut = (): CriterionTerms => ({
  value: null,
  ideal: null,
  antiIdeal: null,
  dPlusSq: null,
  dMinusSq: null,
});

/**
 * C = √M/(√P + √M) from P = D⁺² and M = D⁻², with the method's convention for P = M = 0: the vendor
 * sits at the ideal, C = 1.
 */
function closeness(plus: number, minus: number): number {
  const dPlus = Math.sqrt(plus);
  const dMinus = Math.sqrt(minus);
  const total = dPlus + dMinus;
  return total > 0 ? dMinus / total : 1;
}

const num = (x: number | boolean | null | undefined): number | null =>
  typeof x === 'number' ? x : null;

/** Σ dPlusSq and Σ dMinusSq over the criteria at `indices` that the vendor used, and how many. */
function distances(
  terms: readonly CriterionTerms[],
  indices: readonly number[],
): { plus: number; minus: number; used: number } {
  let plus = 0;
  let minus = 0;
  let used = 0;
  for (const j of indices) {
    const p = num(terms[j]?.dPlusSq);
    const m = num(terms[j]?.dMinusSq);
    if (p === null || m === null) continue;
    plus += p;
    minus += m;
    used++;
  }
  return { plus, minus, used };
}

/** Per criterion, a vendor's (d⁺² term, d⁻² term) for a lead; see `topsisExplanation.lead`. */
function leadTerms(
  own: readonly CriterionTerms[],
  other: readonly CriterionTerms[],
  n: number,
): { p: number[]; m: number[] } {
  const usedNothing = own.every((t) => num(t.dPlusSq) === null);
  const p: number[] = [];
  const m: number[] = [];
  for (let j = 0; j < n; j++) {
    const t = own[j];
    const o = other[j];
    if (usedNothing) {
      // Scored 0 as the anti-ideal is: it stands at the anti-ideal where the other vendor is measured.
      const ideal = num(o?.ideal);
      const anti = num(o?.antiIdeal);
      const at = num(o?.dPlusSq) !== null && ideal !== null && anti !== null;
      p.push(at ? (ideal - anti) ** 2 : 0);
      m.push(0);
    } else {
      p.push(num(t?.dPlusSq) ?? 0);
      m.push(num(t?.dMinusSq) ?? 0);
    }
  }
  return { p, m };
}

/**
 * TOPSIS explains itself by distances: a category's column is the closeness on its criteria alone,
 * and a lead splits exactly into each criterion's change of the two squared distances.
 */
const topsisExplanation: MethodExplanation = {
  columns: [
    { key: 'value', label: 'Value', digits: 4 },
    { key: 'ideal', label: 'Ideal', digits: 4 },
    { key: 'antiIdeal', label: 'Anti-ideal', digits: 4 },
    { key: 'dPlusSq', label: 'd⁺² term', digits: 6 },
    { key: 'dMinusSq', label: 'd⁻² term', digits: 6 },
  ],
  groupLabel: "TOPSIS closeness on the category's criteria alone",
  /**
   * 100·√M_g/(√P_g + √M_g) with P_g, M_g the group's d⁺² and d⁻² terms; 100 when both are 0 (the
   * vendor is the ideal there), 0 when the vendor used none of the group's criteria. Over all
   * criteria it is the score.
   */
  groupScore(alt, indices) {
    const { plus, minus, used } = distances(alt.terms, indices);
    return used === 0 ? 0 : 100 * closeness(plus, minus);
  },
  /**
   * 100·(C_a − C_b), with C_a, C_b the scores as returned, split first into the part due to D⁺²
   * and the part due to D⁻² (two-player Shapley: partP = ½[(C(Pa,Ma) − C(Pb,Ma)) + (C(Pa,Mb) −
   * C(Pb,Mb))], partM likewise), then each part over the criteria in proportion to their change of
   * that squared distance. A vendor that used no criterion (score 0, like the anti-ideal) stands
   * at the anti-ideal on the other vendor's criteria. When one of the distances does not change
   * (ΔP or ΔM = 0) the whole lead goes through the other; when neither does, it is shared equally
   * by the criteria only one of the two used (else by all criteria).
   */
  lead(a, b) {
    const n = Math.max(a.terms.length, b.terms.length);
    const ta = leadTerms(a.terms, b.terms, n);
    const tb = leadTerms(b.terms, a.terms, n);
    const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
    const [Pa, Ma, Pb, Mb] = [sum(ta.p), sum(ta.m), sum(tb.p), sum(tb.m)];
    const ca = a.score / 100;
    const cb = b.score / 100;
    const cPbMa = closeness(Pb, Ma);
    const cPaMb = closeness(Pa, Mb);
    let partP = (ca - cPbMa + (cPaMb - cb)) / 2;
    let partM = (ca - cPaMb + (cPbMa - cb)) / 2;
    const dp = ta.p.map((x, j) => x - (tb.p[j] ?? 0));
    const dm = ta.m.map((x, j) => x - (tb.m[j] ?? 0));
    // A change that is only rounding (the terms' changes cancel) counts as none: dividing by it
    // would give large rows of opposite signs.
    const net = (xs: number[]) => {
      const total = sum(xs);
      return Math.abs(total) <= 1e-12 * sum(xs.map(Math.abs)) ? 0 : total;
    };
    const dP = net(dp);
    const dM = net(dm);
    if (dP === 0) [partP, partM] = [0, partP + partM];
    if (dM === 0) [partP, partM] = [partP + partM, 0];
    if (dP === 0 && dM === 0) {
      const lopsided = Array.from({ length: n }, (_, j) => {
        const ua = num(a.terms[j]?.dPlusSq) !== null;
        const ub = num(b.terms[j]?.dPlusSq) !== null;
        return ua !== ub;
      });
      const share = lopsided.some(Boolean) ? lopsided : lopsided.map(() => true);
      const k = share.filter(Boolean).length;
      return share.map((s) => (s ? (a.score - b.score) / k : 0));
    }
    return dp.map(
      (x, j) =>
        100 * ((dP === 0 ? 0 : (partP * x) / dP) + (dM === 0 ? 0 : (partM * (dm[j] ?? 0)) / dM)),
    );
  },
  legend:
    'Value = weight × normalised figure; d⁺² term = (value − ideal)², d⁻² term = (value − anti-ideal)²; the terms add up to d⁺² and d⁻².',
  leadLabel:
    'each criterion’s change in the distances to the ideal and anti-ideal, in closeness points',
};

/**
 * TOPSIS (Hwang & Yoon 1981) on the performance matrix: each column normalised so that larger is
 * better (`methodOptions.normalization`: vector rᵢⱼ = xᵢⱼ/‖x·ⱼ‖ by default, or minmax, max, sum;
 * see `normalizeColumn`), weighted vᵢⱼ = wⱼ·rᵢⱼ, ideal and anti-ideal per column, Euclidean
 * distances D⁺ and D⁻, score = 100 × C with C = D⁻/(D⁺ + D⁻). Under `missing: exclude` a vendor's
 * distances run over its answered criteria only (C does not change when all weights are scaled,
 * so this is the same as renormalising its weights). When D⁺ = D⁻ = 0 (constant columns, a single
 * reference vendor) the vendor sits at the ideal and C = 1; a vendor with no criterion left scores 0.
 *
 * Terms per criterion: `value` vᵢⱼ, the column's `ideal` and `antiIdeal`, `dPlusSq` = (v − ideal)²
 * and `dMinusSq` = (v − antiIdeal)², whose sums over the criteria are D⁺² and D⁻²; all null where
 * the criterion is left out for the vendor. See `topsisExplanation` for categories and leads.
 */
export const topsis: DecisionMethod = {
  id: 'topsis',
  name: 'TOPSIS',
  summary:
    'closeness to the ideal vendor and distance from the worst, on vector-normalised raw figures',
  options: topsisOptions,
  defaults: topsisDefaults,
  reads: 'performance',
  score(input: MethodInput): MethodOutput {
    const { normalization } = optionsOf(topsisOptions, topsisDefaults, input.options);
    const columns = input.criteria.map((_, j) => column(input, j, normalization));
    const terms: CriterionTerms[][] = [];
    const details = input.alternatives.map((_, i) => {
      let plus = 0;
      let minus = 0;
      let used = 0;
      const row: CriterionTerms[] = [];
      for (const col of columns) {
        const v = col?.values[i];
        if (!col || v === null || v === undefined) {
          row.push(leftOut());
          continue;
        }
        const dPlusSq = (v - col.ideal) ** 2;
        const dMinusSq = (v - col.antiIdeal) ** 2;
        row.push({ value: v, ideal: col.ideal, antiIdeal: col.antiIdeal, dPlusSq, dMinusSq });
        plus += dPlusSq;
        minus += dMinusSq;
        used++;
      }
      terms.push(row);
      const dPlus = Math.sqrt(plus);
      const dMinus = Math.sqrt(minus);
      return { dPlus, dMinus, closeness: used === 0 ? 0 : closeness(plus, minus) };
    });
    return { scores: details.map((d) => 100 * d.closeness), details, terms };
  },
  explanation: topsisExplanation,
};
