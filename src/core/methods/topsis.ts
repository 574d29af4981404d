import * as z from 'zod';
import { optionsOf } from './options.js';
import { interimExplanation } from './interim.js';
import type { DecisionMethod, MethodInput, MethodOutput } from './types.js';

/** The normalisations TOPSIS offers (`methodOptions.normalization`), the default first. */
export const topsisNormalizations = ['vector', 'minmax', 'max', 'sum'] as const;
export type TopsisNormalization = (typeof topsisNormalizations)[number];

const topsisOptions = z.strictObject({
  normalization: z
    .enum(topsisNormalizations)
    .default('vector')
    .meta({ description: `one of ${topsisNormalizations.join(', ')} (default vector)` }),
});

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

/**
 * TOPSIS (Hwang & Yoon 1981) on the performance matrix: each column normalised so that larger is
 * better (`methodOptions.normalization`: vector rᵢⱼ = xᵢⱼ/‖x·ⱼ‖ by default, or minmax, max, sum;
 * see `normalizeColumn`), weighted vᵢⱼ = wⱼ·rᵢⱼ, ideal and anti-ideal per column, Euclidean
 * distances D⁺ and D⁻, score = 100 × C with C = D⁻/(D⁺ + D⁻). Under `missing: exclude` a vendor's
 * distances run over its answered criteria only (C does not change when all weights are scaled,
 * so this is the same as renormalising its weights). When D⁺ = D⁻ = 0 (constant columns, a single
 * reference vendor) the vendor sits at the ideal and C = 1; a vendor with no criterion left scores 0.
 */
export const topsis: DecisionMethod = {
  id: 'topsis',
  name: 'TOPSIS',
  summary:
    'closeness to the ideal vendor and distance from the worst, on vector-normalised raw figures',
  options: topsisOptions,
  reads: 'performance',
  explanation: interimExplanation,
  score(input: MethodInput): MethodOutput {
    const { normalization } = optionsOf(topsisOptions, input.options);
    const columns = input.criteria.map((_, j) => column(input, j, normalization));
    const details = input.alternatives.map((_, i) => {
      let plus = 0;
      let minus = 0;
      let used = 0;
      for (const col of columns) {
        const v = col?.values[i];
        if (!col || v === null || v === undefined) continue;
        plus += (v - col.ideal) ** 2;
        minus += (v - col.antiIdeal) ** 2;
        used++;
      }
      const dPlus = Math.sqrt(plus);
      const dMinus = Math.sqrt(minus);
      const total = dPlus + dMinus;
      const closeness = used === 0 ? 0 : total > 0 ? dMinus / total : 1;
      return { dPlus, dMinus, closeness };
    });
    // interim until the method decomposes its score
    return {
      terms: input.alternatives.map(() => input.criteria.map(() => ({}))),
      scores: details.map((d) => 100 * d.closeness),
      details,
    };
  },
};
