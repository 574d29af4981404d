import * as z from 'zod';
import {
  compilePreference,
  PREF_LEVEL,
  PREF_LINEAR,
  PREF_USUAL,
  PREF_VSHAPE,
} from './preference-functions.js';
import { interimExplanation } from './interim.js';
import type { DecisionMethod, MethodInput, MethodOutput } from './types.js';

/**
 * PROMETHEE II (Brans & Vincke 1985) on the performance matrix: raw values for `number`/`cost`
 * (so q, p, s are in the criterion's unit), utilities otherwise. For a pair (a, b) the aggregated
 * preference is π(a, b) = Σⱼ wⱼ·Pⱼ(dⱼ(a, b)), with dⱼ oriented by `direction`; over the m reference
 * (eligible) alternatives φ⁺(a) = Σ_b π(a, b)/(m − 1), φ⁻(a) = Σ_b π(b, a)/(m − 1),
 * φnet = φ⁺ − φ⁻ ∈ [−1, 1], score = (φnet + 1)/2 × 100. An alternative outside the reference is
 * compared with every reference alternative and its flows divided by r − 1, as an insider's are
 * (its φ may then exceed ±1 and its score is clamped), so it gets a comparable score without
 * changing anyone else's. One reference alternative: φ = 0, score 50.
 *
 * Missing answers: under `zero` an unanswered criterion counts as the worst value of its column
 * among the reference; under `exclude` a pair is not compared on a criterion either side left
 * unanswered, and π(a, b) is renormalised over the weights of the criteria both answered (a pair
 * with none in common is indifferent: π = 0 both ways).
 *
 * Cost: O(m²n) time over typed arrays, O(mn) memory; no allocation per pair.
 */
export const promethee2: DecisionMethod = {
  id: 'promethee2',
  name: 'PROMETHEE II',
  summary:
    'pairwise outranking: net flow of how strongly each vendor is preferred to the others, criterion by criterion',
  options: z.strictObject({}),
  reads: 'performance',
  explanation: interimExplanation,
  score(input: MethodInput): MethodOutput {
    const m = input.alternatives.length;
    const exclude = input.missing === 'exclude';
    const compiled = input.criteria.map((c) => compilePreference(c.preference));

    // Only criteria with a positive weight take part; keep their parameters in flat arrays.
    const active = input.criteria.flatMap((c, j) => (c.weight > 0 ? [j] : []));
    const n = active.length;
    const code = new Int8Array(n);
    const q = new Float64Array(n);
    const p = new Float64Array(n);
    const twoS2 = new Float64Array(n);
    const w = new Float64Array(n);
    active.forEach((j, t) => {
      const pf = compiled[j];
      const c = input.criteria[j];
      if (!pf || !c) return;
      code[t] = pf.code;
      q[t] = pf.q;
      p[t] = pf.p;
      twoS2[t] = pf.twoS2;
      w[t] = c.weight;
    });

    const isRef = input.alternatives.map((_, i) => input.reference[i] === true);
    const ref = Int32Array.from(isRef.flatMap((r, i) => (r ? [i] : [])));
    const r = ref.length;
    const x = orientedMatrix(input, active, isRef, exclude);
    // The reference alternatives' columns, criterion-major, so the inner loop reads contiguously.
    const col = new Float64Array(n * r);
    for (let t = 0; t < n; t++) {
      for (let b = 0; b < r; b++) col[t * r + b] = x[ref[b]! * n + t]!;
    }

    const plus = new Float64Array(m);
    const minus = new Float64Array(m);
    // Per row: Σ w·P(row over reference b), Σ w·P(b over row), Σ w over criteria both answered.
    const ik = new Float64Array(r);
    const ki = new Float64Array(r);
    const den = new Float64Array(r);
    /** Fills ik, ki (and den) for alternative i against reference alternatives b0…r − 1. */
    const compareRow = (i: number, b0: number): void => {
      ik.fill(0, b0);
      ki.fill(0, b0);
      den.fill(0, b0);
      for (let t = 0; t < n; t++) {
        const v = x[i * n + t]!;
        if (Number.isNaN(v)) continue;
        const base = t * r;
        const wt = w[t]!;
        if (exclude) {
          for (let b = b0; b < r; b++) if (!Number.isNaN(col[base + b]!)) den[b] = den[b]! + wt;
        }
        accumulate(code[t]!, q[t]!, p[t]!, twoS2[t]!, wt, v, col, base, b0, r, ik, ki);
      }
      if (!exclude) return;
      for (let b = b0; b < r; b++) {
        const d = den[b]!;
        ik[b] = d > 0 ? ik[b]! / d : 0;
        ki[b] = d > 0 ? ki[b]! / d : 0;
      }
    };

    for (let a = 0; a < r; a++) {
      const i = ref[a]!;
      compareRow(i, a + 1);
      for (let b = a + 1; b < r; b++) {
        const k = ref[b]!;
        const pik = ik[b]!;
        const pki = ki[b]!;
        plus[i] = plus[i]! + pik;
        minus[k] = minus[k]! + pik;
        plus[k] = plus[k]! + pki;
        minus[i] = minus[i]! + pki;
      }
    }
    if (r > 1) {
      for (const i of ref) {
        plus[i] = plus[i]! / (r - 1);
        minus[i] = minus[i]! / (r - 1);
      }
    }

    // Outside the reference: compared with every reference alternative, its flows divided by
    // r − 1 like an insider's, so a copy of an insider gets the insider's flows exactly and a
    // vendor dominated by an insider never outscores it (dividing by r would dilute its losses).
    const outsiderDivisor = Math.max(1, r - 1);
    for (let i = 0; i < m; i++) {
      if (isRef[i] || r === 0) continue;
      compareRow(i, 0);
      let sumIK = 0;
      let sumKI = 0;
      for (let b = 0; b < r; b++) {
        sumIK += ik[b]!;
        sumKI += ki[b]!;
      }
      plus[i] = sumIK / outsiderDivisor;
      minus[i] = sumKI / outsiderDivisor;
    }

    const scores: number[] = [];
    const details: Record<string, number>[] = [];
    for (let i = 0; i < m; i++) {
      const phiPlus = plus[i]!;
      const phiMinus = minus[i]!;
      const phiNet = phiPlus - phiMinus;
      scores.push(Math.min(100, Math.max(0, ((phiNet + 1) / 2) * 100)));
      details.push({ phiPlus, phiMinus, phiNet });
    }
    // interim until the method decomposes its score
    return {
      terms: input.alternatives.map(() => input.criteria.map(() => ({}))),
      scores,
      details,
    };
  },
};

/**
 * Adds wt·P(v − col[b]) to ik[b] and wt·P(col[b] − v) to ki[b] for b in b0…r − 1: one tight loop
 * per preference function, evaluating P once per pair at |d| and assigning it by the sign of d.
 * A NaN (unanswered under `exclude`) fails both sign tests and adds nothing. These loops are the
 * functions of `preferenceDegree`, specialised; the tests hold them to it.
 */
function accumulate(
  code: number,
  q: number,
  p: number,
  twoS2: number,
  wt: number,
  v: number,
  col: Float64Array,
  base: number,
  b0: number,
  r: number,
  ik: Float64Array,
  ki: Float64Array,
): void {
  // Degenerate thresholds: v-shape with p = 0 is the usual criterion; linear with q = p is the
  // quasi-criterion (type II), which the level loop computes exactly when q = p.
  const kind =
    code === PREF_VSHAPE && p === 0
      ? PREF_USUAL
      : code === PREF_LINEAR && p === q
        ? PREF_LEVEL
        : code;
  switch (kind) {
    case PREF_USUAL:
      for (let b = b0; b < r; b++) {
        const d = v - col[base + b]!;
        ik[b] = ik[b]! + (d > 0 ? wt : 0);
        ki[b] = ki[b]! + (d < 0 ? wt : 0);
      }
      return;
    case PREF_VSHAPE: {
      const inv = 1 / p;
      for (let b = b0; b < r; b++) {
        const d = v - col[base + b]!;
        const g = wt * Math.min(1, Math.abs(d) * inv);
        ik[b] = ik[b]! + (d > 0 ? g : 0);
        ki[b] = ki[b]! + (d < 0 ? g : 0);
      }
      return;
    }
    case PREF_LEVEL: {
      const half = wt / 2;
      for (let b = b0; b < r; b++) {
        const d = v - col[base + b]!;
        const a = Math.abs(d);
        const g = (a > q ? half : 0) + (a > p ? half : 0);
        ik[b] = ik[b]! + (d > 0 ? g : 0);
        ki[b] = ki[b]! + (d < 0 ? g : 0);
      }
      return;
    }
    case PREF_LINEAR: {
      const inv = 1 / (p - q);
      for (let b = b0; b < r; b++) {
        const d = v - col[base + b]!;
        const g = wt * Math.min(1, Math.max(0, (Math.abs(d) - q) * inv));
        ik[b] = ik[b]! + (d > 0 ? g : 0);
        ki[b] = ki[b]! + (d < 0 ? g : 0);
      }
      return;
    }
    default: {
      const c = 1 / twoS2;
      for (let b = b0; b < r; b++) {
        const d = v - col[base + b]!;
        const g = wt * (1 - Math.exp(-d * d * c));
        ik[b] = ik[b]! + (d > 0 ? g : 0);
        ki[b] = ki[b]! + (d < 0 ? g : 0);
      }
    }
  }
}

/**
 * The active criteria's performance, row-major (alternative × criterion), negated for `lower`
 * so that larger is always better. An unanswered cell is NaN under `exclude`, and the worst value
 * of its column among the reference under `zero` (0 when no reference alternative answered).
 */
function orientedMatrix(
  input: MethodInput,
  active: readonly number[],
  isRef: readonly boolean[],
  exclude: boolean,
): Float64Array {
  const m = input.alternatives.length;
  const n = active.length;
  const x = new Float64Array(m * n);
  active.forEach((j, t) => {
    const sign = input.criteria[j]?.direction === 'lower' ? -1 : 1;
    let worst = Infinity;
    input.alternatives.forEach((alt, i) => {
      const v = alt.performance[j];
      const value = v === null || v === undefined ? NaN : sign * v;
      x[i * n + t] = value;
      if (isRef[i] && value < worst) worst = value;
    });
    if (exclude) return;
    const fill = worst === Infinity ? 0 : worst;
    for (let i = 0; i < m; i++) if (Number.isNaN(x[i * n + t])) x[i * n + t] = fill;
  });
  return x;
}
