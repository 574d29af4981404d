/**
 * Scores of every vendor under one draw's global weights: a fast path for the weighted sum
 * (typed arrays, no allocation per draw) and, for every other method, the method itself on a
 * `MethodInput` kept for the whole run and updated in place.
 */
import type { DecisionMethod, MethodInput } from '../../methods/types.js';
import type { PreparedRanking } from '../../scoring/rank.js';
import { kernelOf } from './kernels/index.js';

/** The decision matrix as typed arrays, row-major (`[vendor * criteria + criterion]`). */
export interface Matrix {
  vendors: number;
  criteria: number;
  /** 0–1 judgements; NaN for an unanswered cell under `missing: exclude`. */
  utilities: Float64Array;
  /** Raw figures (as `MethodAlternative.performance`); NaN when unanswered. */
  performance: Float64Array;
}

/** The prepared decision matrix copied once into typed arrays. */
export function matrixOf(prepared: PreparedRanking): Matrix {
  const { alternatives, criteria } = prepared.input;
  const n = criteria.length;
  const utilities = new Float64Array(alternatives.length * n);
  const performance = new Float64Array(alternatives.length * n);
  alternatives.forEach((alt, i) => {
    for (let j = 0; j < n; j++) {
      utilities[i * n + j] = alt.utilities[j] ?? NaN;
      performance[i * n + j] = alt.performance[j] ?? NaN;
    }
  });
  return { vendors: alternatives.length, criteria: n, utilities, performance };
}

/** Writes every vendor's score under `weights` (global, criterion order) into `scores`. */
export type Scorer = (weights: Float64Array, scores: Float64Array) => void;

/**
 * The scorer of `method` over `matrix`. The weighted sum is computed here with exactly the
 * arithmetic of `weightedSumPoints` (100·w·u·factor, added in criterion order, factor 1/Σ
 * answered weight under `exclude`), so the scores, and hence ties, are the method's own; it
 * scores only the vendors in `rows` when given (the ranked ones: the others' scores are left as
 * they are). While the matrix stays fixed (no matrix sampler), the other methods use their
 * weight-only kernel (`kernelOf`: the method's arithmetic with everything that does not depend
 * on the weights computed once). When a matrix sampler redraws cells (or for a method without a
 * kernel) they get a `MethodInput` whose weights (and utilities and performance) are set from
 * the draw before each call.
 */
export function scorerOf(
  prepared: PreparedRanking,
  method: DecisionMethod,
  options: Record<string, unknown>,
  matrix: Matrix,
  redrawn: boolean,
  rows?: readonly number[],
): Scorer {
  const { vendors: m, criteria: n, utilities } = matrix;
  const exclude = prepared.input.missing === 'exclude';
  if (method.id === 'weighted-sum') {
    const scored = rows ?? Array.from({ length: m }, (_, i) => i);
    return weightedSumScorer(utilities, n, exclude, scored);
  }
  const kernel = redrawn ? undefined : kernelOf(method, { ...prepared.input, options });
  if (kernel) return kernel;
  const input: MethodInput = {
    ...prepared.input,
    criteria: prepared.input.criteria.map((c) => ({ ...c })),
    alternatives: prepared.input.alternatives.map((a) => ({
      id: a.id,
      utilities: [...a.utilities],
      performance: [...a.performance],
    })),
    options,
  };
  const cell = (x: number): number | null => (Number.isNaN(x) ? null : x);
  return (weights, scores) => {
    input.criteria.forEach((c, j) => (c.weight = weights[j] as number));
    if (redrawn) {
      input.alternatives.forEach((alt, i) => {
        for (let j = 0; j < n; j++) {
          alt.utilities[j] = cell(matrix.utilities[i * n + j] as number);
          alt.performance[j] = cell(matrix.performance[i * n + j] as number);
        }
      });
    }
    const out = method.score(input).scores;
    for (let i = 0; i < m; i++) scores[i] = out[i] ?? 0;
  };
}

/**
 * The weighted sum of the vendors in `rows` (`utilities` row-major, `n` criteria; NaN is an
 * unanswered cell): each score is 100·w·u·factor added in criterion order, as
 * `weightedSumPoints` adds it. 100·w·u·factor is ((100·w)·u)·factor, so 100·w is worked out once
 * per criterion, and under `zero` the factor is 1 (x·1 is x) and left out. Under `zero` four
 * vendors are summed side by side (the last four-some padded with its last vendor): each score
 * is still its own sum in criterion order, the same number, but the four chains of additions
 * overlap instead of each waiting for the one before.
 */
function weightedSumScorer(
  utilities: Float64Array,
  n: number,
  exclude: boolean,
  rows: readonly number[],
): Scorer {
  const hundredfold = new Float64Array(n);
  // the rows in fours, the last padded by repeating its last row
  const padded = Int32Array.from(
    { length: Math.ceil(rows.length / 4) * 4 },
    (_, r) => rows[Math.min(r, rows.length - 1)] as number,
  );
  return (weights, scores) => {
    for (let j = 0; j < n; j++) hundredfold[j] = 100 * (weights[j] as number);
    if (!exclude) {
      for (let r = 0; r < padded.length; r += 4) {
        const a = (padded[r] as number) * n;
        const b = (padded[r + 1] as number) * n;
        const c = (padded[r + 2] as number) * n;
        const d = (padded[r + 3] as number) * n;
        let sa = 0;
        let sb = 0;
        let sc = 0;
        let sd = 0;
        for (let j = 0; j < n; j++) {
          const h = hundredfold[j] as number;
          const ua = utilities[a + j] as number;
          const ub = utilities[b + j] as number;
          const uc = utilities[c + j] as number;
          const ud = utilities[d + j] as number;
          sa += h * (Number.isNaN(ua) ? 0 : ua);
          sb += h * (Number.isNaN(ub) ? 0 : ub);
          sc += h * (Number.isNaN(uc) ? 0 : uc);
          sd += h * (Number.isNaN(ud) ? 0 : ud);
        }
        scores[padded[r] as number] = sa;
        scores[padded[r + 1] as number] = sb;
        scores[padded[r + 2] as number] = sc;
        scores[padded[r + 3] as number] = sd;
      }
      return;
    }
    for (const i of rows) {
      const row = i * n;
      let answered = 0;
      for (let j = 0; j < n; j++) {
        if (!Number.isNaN(utilities[row + j])) answered += weights[j] as number;
      }
      const factor = answered > 0 ? 1 / answered : 0;
      let score = 0;
      for (let j = 0; j < n; j++) {
        const u = utilities[row + j] as number;
        score += (hundredfold[j] as number) * (Number.isNaN(u) ? 0 : u) * factor;
      }
      scores[i] = score;
    }
  };
}
