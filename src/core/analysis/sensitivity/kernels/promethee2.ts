/**
 * Weight-only kernel of PROMETHEE II. The pairwise preferences Pₜ(a, b) do not depend on the
 * weights: under `missing: zero` neither do the per-criterion flows, so a call is
 * φ± = Σₜ wₜ·flow±ₜ / divisor per vendor. Under `exclude` each pair's preferences are weighted
 * by 1/(the weight both vendors answered), so a call first forms those pair factors, then the
 * flows, adding in the method's own order (ascending reference position).
 */
import { compilePreference } from '../../../methods/preference-functions.js';
import { accumulate, unicriterionFlows } from '../../../methods/promethee2.js';
import type { MethodInput } from '../../../methods/types.js';
import type { Kernel } from './kernel.js';

/** The PROMETHEE II kernel of `input` (`promethee2.score(input).scores`). */
export function promethee2Kernel(input: MethodInput): Kernel {
  const flows = unicriterionFlows(input);
  const { m, n, divisor } = flows;
  const score = (
    i: number,
    weights: ArrayLike<number>,
    plus: Float64Array,
    minus: Float64Array,
  ) => {
    let sumPlus = 0;
    let sumMinus = 0;
    for (let t = 0; t < n; t++) {
      const wt = weights[t]!;
      sumPlus += wt * plus[i * n + t]!;
      sumMinus += wt * minus[i * n + t]!;
    }
    const phiNet = sumPlus / divisor - sumMinus / divisor;
    return Math.min(100, Math.max(0, ((phiNet + 1) / 2) * 100));
  };
  if (input.missing !== 'exclude') {
    return (weights, scores) => {
      for (let i = 0; i < m; i++) scores[i] = score(i, weights, flows.flowPlus, flows.flowMinus);
    };
  }
  return excludeKernel(input, flows, score);
}

/**
 * Under `exclude`: P⁺ₜ(i, b) (i preferred to reference b) and P⁻ₜ(i, b) precomputed with the
 * method's own preference loops (pair factor 1); per call the pair factor
 * f(i, b) = 1/Σₜ wₜ over the criteria both answered (weight ≠ 0, added in criterion order, as
 * the method does; 0 when none) and flow±ₜ(i) = Σ_b P±ₜ(i, b)·f(i, b) over the reference
 * positions b ≠ i in ascending order, where the method's sums run in the same order.
 */
function excludeKernel(
  input: MethodInput,
  flows: ReturnType<typeof unicriterionFlows>,
  score: (i: number, w: ArrayLike<number>, plus: Float64Array, minus: Float64Array) => number,
): Kernel {
  const { m, n, x, ref } = flows;
  const r = ref.length;
  const col = new Float64Array(n * r);
  for (let t = 0; t < n; t++) for (let b = 0; b < r; b++) col[t * r + b] = x[ref[b]! * n + t]!;
  // the pair's preferences (i against reference position b, criterion t) and their sign
  const pPlus = new Float64Array(m * r * n);
  const pMinus = new Float64Array(m * r * n);
  const side = new Int8Array(m * r * n);
  const ones = new Float64Array(r).fill(1);
  const scratch = new Float64Array(r);
  const acc = new Float64Array(2);
  input.criteria.forEach((c, t) => {
    const pf = compilePreference(c.preference);
    for (let i = 0; i < m; i++) {
      const v = x[i * n + t]!;
      for (let b = 0; b < r; b++) {
        acc[0] = 0;
        acc[1] = 0;
        accumulate(
          pf.code,
          pf.q,
          pf.p,
          pf.twoS2,
          v,
          col,
          t * r,
          b,
          b + 1,
          ones,
          scratch,
          scratch,
          0,
          acc,
        );
        const k = (i * r + b) * n + t;
        const d = v - col[t * r + b]!;
        pPlus[k] = acc[0];
        pMinus[k] = acc[1];
        side[k] = d > 0 ? 1 : d < 0 ? -1 : 0;
      }
    }
  });
  const answered = new Uint8Array(m * n);
  for (let k = 0; k < m * n; k++) answered[k] = Number.isNaN(x[k]!) ? 0 : 1;
  const position = new Int32Array(m).fill(-1);
  ref.forEach((i, b) => (position[i] = b));
  const inv = new Float64Array(r);
  const plus = new Float64Array(m * n);
  const minus = new Float64Array(m * n);
  return (weights, scores) => {
    for (let i = 0; i < m; i++) {
      const own = position[i]!;
      if (own < 0 && r === 0) {
        plus.fill(0, i * n, (i + 1) * n);
        minus.fill(0, i * n, (i + 1) * n);
        scores[i] = score(i, weights, plus, minus);
        continue;
      }
      inv.fill(0);
      for (let t = 0; t < n; t++) {
        const wt = weights[t]!;
        if (answered[i * n + t] === 0 || wt === 0) continue;
        for (let b = 0; b < r; b++) if (answered[ref[b]! * n + t] === 1) inv[b] = inv[b]! + wt;
      }
      for (let b = 0; b < r; b++) inv[b] = inv[b]! > 0 ? 1 / inv[b]! : 0;
      for (let t = 0; t < n; t++) {
        let sp = 0;
        let sm = 0;
        if (answered[i * n + t] === 1) {
          for (let b = 0; b < r; b++) {
            if (b === own) continue;
            const k = (i * r + b) * n + t;
            const s = side[k]!;
            if (s > 0) sp += pPlus[k]! * inv[b]!;
            else if (s < 0) sm += pMinus[k]! * inv[b]!;
          }
        }
        plus[i * n + t] = sp;
        minus[i * n + t] = sm;
      }
      scores[i] = score(i, weights, plus, minus);
    }
  };
}
