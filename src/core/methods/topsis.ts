import type { DecisionMethod, MethodInput, MethodOutput } from './types.js';

/** One criterion's column after filling and normalising, in weighted-normalised units. */
interface Column {
  /** vᵢⱼ = wⱼ·xᵢⱼ/‖x·ⱼ‖ per alternative; null when the criterion is left out for it. */
  values: (number | null)[];
  ideal: number;
  antiIdeal: number;
}

/**
 * Builds one weighted, vector-normalised column. Ideals and the norm come from the reference
 * alternatives; an unanswered cell is the column's worst reference value under `zero` and left
 * out under `exclude`; a non-reference value is clamped into the reference range, so a knocked-out
 * vendor is measured against the field it did not enter. A column nobody in the reference
 * answered is left out for everyone.
 */
function column(input: MethodInput, j: number): Column | undefined {
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
  const higher = criterion.direction === 'higher';
  const worst = higher ? lo : hi;
  const filled = raw.map((x, i) => {
    if (x === null) return input.missing === 'zero' ? worst : null;
    if (input.reference[i]) return x;
    return x < lo ? lo : x > hi ? hi : x;
  });
  let squares = 0;
  filled.forEach((x, i) => {
    if (x !== null && input.reference[i]) squares += x * x;
  });
  // ‖x‖ = 0 only for a column of zeros: every value then maps to 0 instead of 0/0.
  const scale = squares > 0 ? criterion.weight / Math.sqrt(squares) : 0;
  return {
    values: filled.map((x) => (x === null ? null : x * scale)),
    ideal: (higher ? hi : lo) * scale,
    antiIdeal: worst * scale,
  };
}

/**
 * TOPSIS (Hwang & Yoon 1981) on the performance matrix: vector normalisation rᵢⱼ = xᵢⱼ/‖x·ⱼ‖,
 * weighted vᵢⱼ = wⱼ·rᵢⱼ, ideal and anti-ideal per column from `direction`, Euclidean distances
 * D⁺ and D⁻, score = 100 × C with C = D⁻/(D⁺ + D⁻). Under `missing: exclude` a vendor's distances
 * run over its answered criteria only (C does not change when all weights are scaled, so this is
 * the same as renormalising its weights). When D⁺ = D⁻ = 0 (constant columns, a single
 * reference vendor) the vendor sits at the ideal and C = 1; a vendor with no criterion left scores 0.
 */
export const topsis: DecisionMethod = {
  id: 'topsis',
  name: 'TOPSIS',
  summary:
    'closeness to the ideal vendor and distance from the worst, on vector-normalised raw figures',
  score(input: MethodInput): MethodOutput {
    const columns = input.criteria.map((_, j) => column(input, j));
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
    return { scores: details.map((d) => 100 * d.closeness), details };
  },
};
