import * as z from 'zod';
import {
  compilePreference,
  PREF_LEVEL,
  PREF_LINEAR,
  PREF_USUAL,
  PREF_VSHAPE,
} from './preference-functions.js';
import type {
  CriterionTerms,
  DecisionMethod,
  MethodExplanation,
  MethodInput,
  MethodOutput,
} from './types.js';

const num = (x: number | boolean | null | undefined): number | null =>
  typeof x === 'number' ? x : null;

/**
 * PROMETHEE II explains itself by net flows: φnet = Σⱼ wⱼ·φⱼ, so a category's column is the net
 * flow on its criteria and a lead is the sum of the weighted per-criterion flow differences.
 */
const promethee2Explanation: MethodExplanation = {
  columns: [
    { key: 'phi', label: 'φⱼ', digits: 4 },
    { key: 'wPhi', label: 'w·φⱼ', digits: 4 },
  ],
  groupLabel: "PROMETHEE net flow on the category's criteria, as (φ + 1)/2 × 100",
  /**
   * 100·(Σ_g wⱼφⱼ / Σ_g wⱼ + 1)/2 over the group's criteria (a left-out one counts φⱼ = 0 with its
   * weight, as it does in φnet), clamped to 0–100 like the score; 50 when the group weighs 0. Over
   * all criteria (weights summing to 1) it is the score.
   */
  groupScore(alt, indices, weights) {
    let wphi = 0;
    let w = 0;
    for (const j of indices) {
      const wj = weights[j] ?? 0;
      wphi += wj * (num(alt.terms[j]?.phi) ?? 0);
      w += wj;
    }
    if (w === 0) return 50;
    return Math.min(100, Math.max(0, 50 * (wphi / w + 1)));
  },
  /**
   * 50·wⱼ·(φⱼ(a) − φⱼ(b)) per criterion: they add up to 50·(φnet(a) − φnet(b)), the lead exactly
   * unless a knocked-out vendor's score was clamped to 0–100.
   */
  lead(a, b, weights) {
    const n = Math.max(a.terms.length, b.terms.length);
    return Array.from(
      { length: n },
      (_, j) =>
        50 * (weights[j] ?? 0) * ((num(a.terms[j]?.phi) ?? 0) - (num(b.terms[j]?.phi) ?? 0)),
    );
  },
  legend:
    "φⱼ = the criterion's net flow: how much more the vendor is preferred to the others than they to it on this criterion; the w·φⱼ add up to φnet.",
  leadLabel: 'each criterion’s weighted net flow difference, in score points',
};

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
 * Terms per criterion: `phi` = φⱼ, the criterion's own net flow Σ_b [Pⱼ(a, b) − Pⱼ(b, a)]·f(a, b)
 * over the same divisor, with f(a, b) = 1 under `zero` and the pair's 1/(weight both answered)
 * under `exclude`, so that φnet = Σⱼ wⱼ·φⱼ exactly in both; `wPhi` = wⱼ·φⱼ. Null for a criterion
 * the vendor left unanswered under `exclude`. A zero-weight criterion gets its φⱼ too.
 *
 * Cost: O(m²n) time over typed arrays, O(mn) memory; no allocation per pair. The flows are
 * accumulated per criterion (criterion-major), each pair of reference alternatives once.
 */
export const promethee2: DecisionMethod = {
  id: 'promethee2',
  name: 'PROMETHEE II',
  summary:
    'pairwise outranking: net flow of how strongly each vendor is preferred to the others, criterion by criterion',
  options: z.strictObject({}),
  defaults: {},
  explanation: promethee2Explanation,
  reads: 'performance',
  score(input: MethodInput): MethodOutput {
    const { m, n, w, x, flowPlus, flowMinus, divisor } = unicriterionFlows(input);
    const scores: number[] = [];
    const details: Record<string, number>[] = [];
    const terms: CriterionTerms[][] = [];
    for (let i = 0; i < m; i++) {
      let sumPlus = 0;
      let sumMinus = 0;
      const row: CriterionTerms[] = [];
      for (let t = 0; t < n; t++) {
        const fp = flowPlus[i * n + t]!;
        const fm = flowMinus[i * n + t]!;
        const wt = w[t]!;
        sumPlus += wt * fp;
        sumMinus += wt * fm;
        if (Number.isNaN(x[i * n + t]!)) {
          row.push(leftOut());
        } else {
          const phi = (fp - fm) / divisor;
          row.push({ phi, wPhi: wt * phi });
        }
      }
      const phiPlus = sumPlus / divisor;
      const phiMinus = sumMinus / divisor;
      const phiNet = phiPlus - phiMinus;
      scores.push(Math.min(100, Math.max(0, ((phiNet + 1) / 2) * 100)));
      details.push({ phiPlus, phiMinus, phiNet });
      terms.push(row);
    }
    return { scores, details, terms };
  },
};

/** The unicriterion flows of PROMETHEE II, before weighting: see `unicriterionFlows`. */
export interface UnicriterionFlows {
  /** Alternatives and criteria. */
  m: number;
  n: number;
  /** The criteria's weights as given. */
  w: Float64Array;
  /** The oriented performance matrix (see `orientedMatrix`), row-major. */
  x: Float64Array;
  /** Per alternative and criterion (row-major): Σ_b Pₜ(a, b)·f(a, b), before dividing. */
  flowPlus: Float64Array;
  /** Per alternative and criterion (row-major): Σ_b Pₜ(b, a)·f(a, b), before dividing. */
  flowMinus: Float64Array;
  /** What the flows are divided by: max(1, reference alternatives − 1). */
  divisor: number;
  /** The reference alternatives' indices, in input order. */
  ref: Int32Array;
}

/**
 * PROMETHEE II's per-criterion flows of every alternative, with f(a, b) = 1 under `zero` and the
 * pair's 1/(weight both answered) under `exclude`: under `zero` they do not depend on the
 * weights, so φnet = Σₜ wₜ·(flowPlusₜ − flowMinusₜ)/divisor can be recomputed for new weights
 * without them (the sensitivity kernels do).
 */
export function unicriterionFlows(input: MethodInput): UnicriterionFlows {
  const m = input.alternatives.length;
  const exclude = input.missing === 'exclude';
  // Every criterion gets its own net flow φⱼ, a zero-weight one too (it adds nothing to φnet).
  const n = input.criteria.length;
  const all = input.criteria.map((_, j) => j);
  const code = new Int8Array(n);
  const q = new Float64Array(n);
  const p = new Float64Array(n);
  const twoS2 = new Float64Array(n);
  const w = new Float64Array(n);
  input.criteria.forEach((c, t) => {
    const pf = compilePreference(c.preference);
    code[t] = pf.code;
    q[t] = pf.q;
    p[t] = pf.p;
    twoS2[t] = pf.twoS2;
    w[t] = c.weight;
  });

  const isRef = input.alternatives.map((_, i) => input.reference[i] === true);
  const ref = Int32Array.from(isRef.flatMap((r, i) => (r ? [i] : [])));
  const r = ref.length;
  const x = orientedMatrix(input, all, isRef, exclude);
  // The reference alternatives' columns, criterion-major, so the inner loop reads contiguously.
  const col = new Float64Array(n * r);
  for (let t = 0; t < n; t++) {
    for (let b = 0; b < r; b++) col[t * r + b] = x[ref[b]! * n + t]!;
  }

  // Unicriterion flows of the reference alternatives, criterion-major (t·r + position):
  // Σ_b Pₜ(a, b)·f(a, b) and Σ_b Pₜ(b, a)·f(a, b), with f(a, b) = 1 under `zero` and, under
  // `exclude`, 1 / (the weight of the criteria a and b both answered), 0 when there is none.
  // Then π(a, b) = Σₜ wₜ·Pₜ(a, b)·f(a, b), so φ⁺ = Σₜ wₜ·φ⁺ₜ and φnet = Σₜ wₜ·φₜ exactly.
  const plusT = new Float64Array(n * r);
  const minusT = new Float64Array(n * r);
  const inv = new Float64Array(r).fill(1);
  const acc = new Float64Array(2);
  /** Fills inv (under `exclude`) for alternative i against reference alternatives b0…r − 1. */
  const pairFactors = (i: number, b0: number): void => {
    if (!exclude) return;
    inv.fill(0, b0);
    for (let t = 0; t < n; t++) {
      const wt = w[t]!;
      if (Number.isNaN(x[i * n + t]!) || wt === 0) continue;
      const base = t * r;
      for (let b = b0; b < r; b++) if (!Number.isNaN(col[base + b]!)) inv[b] = inv[b]! + wt;
    }
    for (let b = b0; b < r; b++) inv[b] = inv[b]! > 0 ? 1 / inv[b]! : 0;
  };

  for (let a = 0; a < r; a++) {
    const i = ref[a]!;
    pairFactors(i, a + 1);
    for (let t = 0; t < n; t++) {
      const v = x[i * n + t]!;
      if (Number.isNaN(v)) continue;
      const base = t * r;
      acc[0] = plusT[base + a]!;
      acc[1] = minusT[base + a]!;
      accumulate(
        code[t]!,
        q[t]!,
        p[t]!,
        twoS2[t]!,
        v,
        col,
        base,
        a + 1,
        r,
        inv,
        plusT,
        minusT,
        base,
        acc,
      );
      plusT[base + a] = acc[0];
      minusT[base + a] = acc[1];
    }
  }

  // Per alternative (row-major, alternative × criterion): φ⁺ₜ and φ⁻ₜ, before dividing.
  const flowPlus = new Float64Array(m * n);
  const flowMinus = new Float64Array(m * n);
  for (let a = 0; a < r; a++) {
    const i = ref[a]!;
    for (let t = 0; t < n; t++) {
      flowPlus[i * n + t] = plusT[t * r + a]!;
      flowMinus[i * n + t] = minusT[t * r + a]!;
    }
  }
  // Outside the reference: compared with every reference alternative, its flows divided by
  // r − 1 like an insider's, so a copy of an insider gets the insider's flows exactly and a
  // vendor dominated by an insider never outscores it (dividing by r would dilute its losses).
  // Its comparisons go to scratch columns: they change no insider's flows.
  const scratchPlus = new Float64Array(r);
  const scratchMinus = new Float64Array(r);
  for (let i = 0; i < m; i++) {
    if (isRef[i] || r === 0) continue;
    pairFactors(i, 0);
    for (let t = 0; t < n; t++) {
      const v = x[i * n + t]!;
      if (Number.isNaN(v)) continue;
      acc[0] = 0;
      acc[1] = 0;
      accumulate(
        code[t]!,
        q[t]!,
        p[t]!,
        twoS2[t]!,
        v,
        col,
        t * r,
        0,
        r,
        inv,
        scratchPlus,
        scratchMinus,
        0,
        acc,
      );
      flowPlus[i * n + t] = acc[0];
      flowMinus[i * n + t] = acc[1];
    }
  }
  const divisor = Math.max(1, r - 1);
  return { m, n, w, x, flowPlus, flowMinus, divisor, ref };
}

/** A criterion the vendor left unanswered under `exclude`: it has no flow of its own (a new object
 * each time, so a consumer may extend it). */
const leftOut = (): CriterionTerms => ({ phi: null, wPhi: null });

/**
 * For one criterion, alternative v against the reference columns col[base + b], b in b0…r − 1:
 * adds P(v − col[b])·inv[b] to acc[0] (v's positive flow) and to outMinus[out + b] (b's negative
 * flow), and P(col[b] − v)·inv[b] to acc[1] and to outPlus[out + b]. One tight loop per preference
 * function, evaluating P once per pair at |d| and assigning it by the sign of d. A NaN (unanswered
 * under `exclude`) fails both sign tests and adds nothing. These loops are the functions of
 * `preferenceDegree`, specialised; the tests hold them to it.
 */
export function accumulate(
  code: number,
  q: number,
  p: number,
  twoS2: number,
  v: number,
  col: Float64Array,
  base: number,
  b0: number,
  r: number,
  inv: Float64Array,
  outPlus: Float64Array,
  outMinus: Float64Array,
  out: number,
  acc: Float64Array,
): void {
  // Degenerate thresholds: v-shape with p = 0 is the usual criterion; linear with q = p is the
  // quasi-criterion (type II), which the level loop computes exactly when q = p.
  const kind =
    code === PREF_VSHAPE && p === 0
      ? PREF_USUAL
      : code === PREF_LINEAR && p === q
        ? PREF_LEVEL
        : code;
  let sp = acc[0]!;
  let sm = acc[1]!;
  switch (kind) {
    case PREF_USUAL:
      for (let b = b0; b < r; b++) {
        const d = v - col[base + b]!;
        const g = inv[b]!;
        const gp = d > 0 ? g : 0;
        const gm = d < 0 ? g : 0;
        sp += gp;
        sm += gm;
        outMinus[out + b] = outMinus[out + b]! + gp;
        outPlus[out + b] = outPlus[out + b]! + gm;
      }
      break;
    case PREF_VSHAPE: {
      const k = 1 / p;
      for (let b = b0; b < r; b++) {
        const d = v - col[base + b]!;
        const g = Math.min(1, Math.abs(d) * k) * inv[b]!;
        const gp = d > 0 ? g : 0;
        const gm = d < 0 ? g : 0;
        sp += gp;
        sm += gm;
        outMinus[out + b] = outMinus[out + b]! + gp;
        outPlus[out + b] = outPlus[out + b]! + gm;
      }
      break;
    }
    case PREF_LEVEL: {
      for (let b = b0; b < r; b++) {
        const d = v - col[base + b]!;
        const a = Math.abs(d);
        const g = ((a > q ? 0.5 : 0) + (a > p ? 0.5 : 0)) * inv[b]!;
        const gp = d > 0 ? g : 0;
        const gm = d < 0 ? g : 0;
        sp += gp;
        sm += gm;
        outMinus[out + b] = outMinus[out + b]! + gp;
        outPlus[out + b] = outPlus[out + b]! + gm;
      }
      break;
    }
    case PREF_LINEAR: {
      const k = 1 / (p - q);
      for (let b = b0; b < r; b++) {
        const d = v - col[base + b]!;
        const g = Math.min(1, Math.max(0, (Math.abs(d) - q) * k)) * inv[b]!;
        const gp = d > 0 ? g : 0;
        const gm = d < 0 ? g : 0;
        sp += gp;
        sm += gm;
        outMinus[out + b] = outMinus[out + b]! + gp;
        outPlus[out + b] = outPlus[out + b]! + gm;
      }
      break;
    }
    default: {
      const c = 1 / twoS2;
      for (let b = b0; b < r; b++) {
        const d = v - col[base + b]!;
        const g = (1 - Math.exp(-d * d * c)) * inv[b]!;
        const gp = d > 0 ? g : 0;
        const gm = d < 0 ? g : 0;
        sp += gp;
        sm += gm;
        outMinus[out + b] = outMinus[out + b]! + gp;
        outPlus[out + b] = outPlus[out + b]! + gm;
      }
    }
  }
  acc[0] = sp;
  acc[1] = sm;
}

/**
 * The criteria's performance, row-major (alternative × criterion), negated for `lower`
 * so that larger is always better. An unanswered cell is NaN under `exclude`, and the worst value
 * of its column among the reference under `zero` (0 when no reference alternative answered).
 */
function orientedMatrix(
  input: MethodInput,
  criteria: readonly number[],
  isRef: readonly boolean[],
  exclude: boolean,
): Float64Array {
  const m = input.alternatives.length;
  const n = criteria.length;
  const x = new Float64Array(m * n);
  criteria.forEach((j, t) => {
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
