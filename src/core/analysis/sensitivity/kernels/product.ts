/**
 * Weight-only kernels of the weighted product and WASPAS: the logarithms of the utilities are
 * taken once, so a call is one pass of multiply-adds per vendor and one `exp`.
 */
import { optionsOf } from '../../../methods/options.js';
import type { DecisionMethod, MethodInput } from '../../../methods/types.js';
import type { Kernel } from './kernel.js';

const clamp01 = (u: number): number => (u < 0 ? 0 : u > 1 ? 1 : u);

/** The matrix as the product reads it: left-out cells, ln u, zero utilities, raw utilities. */
interface ProductMatrix {
  m: number;
  n: number;
  exclude: boolean;
  /** 1 where the cell is unanswered (null). */
  unanswered: Uint8Array;
  /** ln(clamp01(u)), u = 0 when unanswered; −∞ at a zero utility (not read there). */
  logU: Float64Array;
  /** 1 where clamp01(u) is 0 (a veto when its weight is not 0). */
  zero: Uint8Array;
  /** The utility as the weighted sum reads it (`u ?? 0`). */
  u: Float64Array;
}

function productMatrix(input: MethodInput): ProductMatrix {
  const m = input.alternatives.length;
  const n = input.criteria.length;
  const unanswered = new Uint8Array(m * n);
  const logU = new Float64Array(m * n);
  const zero = new Uint8Array(m * n);
  const u = new Float64Array(m * n);
  input.alternatives.forEach((alt, i) => {
    for (let j = 0; j < n; j++) {
      const raw = alt.utilities[j];
      const missing = raw === null || raw === undefined;
      const c = clamp01(raw ?? 0);
      unanswered[i * n + j] = missing ? 1 : 0;
      zero[i * n + j] = c === 0 ? 1 : 0;
      logU[i * n + j] = Math.log(c);
      u[i * n + j] = raw ?? 0;
    }
  });
  return { m, n, exclude: input.missing === 'exclude', unanswered, logU, zero, u };
}

/**
 * Alternative i's weighted product, exactly as `productRow` computes it: the answered weight,
 * the exponent scale, Σ (wⱼ·scale)·ln uⱼ in criterion order, 0 on a weighted zero.
 */
function productScore(x: ProductMatrix, i: number, weights: ArrayLike<number>): number {
  const { n, exclude, unanswered, logU, zero } = x;
  const row = i * n;
  let answeredWeight = 0;
  if (exclude) {
    for (let j = 0; j < n; j++) if (unanswered[row + j] === 0) answeredWeight += weights[j]!;
  }
  const scale = exclude ? (answeredWeight > 0 ? 1 / answeredWeight : 0) : 1;
  let logSum = 0;
  for (let j = 0; j < n; j++) {
    if (exclude && unanswered[row + j] === 1) continue;
    const w = weights[j]! * scale;
    if (w === 0) continue;
    if (zero[row + j] === 1) return 0;
    logSum += w * logU[row + j]!;
  }
  return exclude && answeredWeight === 0 ? 0 : 100 * Math.exp(logSum);
}

/** The weighted-product kernel of `input` (`weightedProduct.score(input).scores`). */
export function productKernel(input: MethodInput): Kernel {
  const x = productMatrix(input);
  return (weights, scores) => {
    for (let i = 0; i < x.m; i++) scores[i] = productScore(x, i, weights);
  };
}

/**
 * The WASPAS kernel of `input`: λ·WSM + (1 − λ)·WPM, the sum with `weightedSumPoints`'
 * arithmetic (100·w·u·factor added in criterion order) and the product as `productKernel`.
 */
export function waspasKernel(method: DecisionMethod, input: MethodInput): Kernel {
  const x = productMatrix(input);
  const lambda = optionsOf(method.options, method.defaults, input.options).lambda as number;
  const { m, n, exclude, unanswered, u } = x;
  return (weights, scores) => {
    for (let i = 0; i < m; i++) {
      const row = i * n;
      let answeredWeight = 0;
      if (exclude) {
        for (let j = 0; j < n; j++) if (unanswered[row + j] === 0) answeredWeight += weights[j]!;
      }
      const factor = exclude ? (answeredWeight > 0 ? 1 / answeredWeight : 0) : 1;
      let wsm = 0;
      for (let j = 0; j < n; j++) wsm += 100 * weights[j]! * u[row + j]! * factor;
      scores[i] = lambda * wsm + (1 - lambda) * productScore(x, i, weights);
    }
  };
}
