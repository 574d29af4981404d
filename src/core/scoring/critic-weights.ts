import { isConstantColumn } from './entropy-weights.js';

/** Why CRITIC could not derive weights. */
export type CriticFailure = 'constant' | 'correlated';

/** Min-max scaling of a non-constant column to [0, 1], direction ignored. */
function minMax(column: readonly number[]): number[] {
  const lo = Math.min(...column);
  const hi = Math.max(...column);
  return column.map((v) => (v - lo) / (hi - lo));
}

/** Population standard deviation and the centred values of a column. */
function centred(column: readonly number[]): { sd: number; dev: number[] } {
  const mean = column.reduce((s, v) => s + v, 0) / column.length;
  const dev = column.map((v) => v - mean);
  return { sd: Math.sqrt(dev.reduce((s, d) => s + d * d, 0) / column.length), dev };
}

/**
 * CRITIC weights (Diakoulaki, Mavrotas & Papayannakis 1995): each column is min-max scaled,
 * Cⱼ = σⱼ × Σₖ (1 − rⱼₖ) with σ the standard deviation of the scaled column and r Pearson's
 * correlation, and wⱼ = Cⱼ / Σ C. Columns hold raw performance values of the same vendors, in the
 * same order (at least 2); direction is ignored, as in the method's sources.
 *
 * A constant column carries no information: it gets weight 0 and is left out of the others'
 * conflict sums (its correlation is undefined). When exactly one column varies it gets weight 1.
 * Fails with `constant` when no column varies, `correlated` when every varying column is
 * perfectly positively correlated with every other (all Cⱼ = 0).
 */
export function criticWeights(
  columns: readonly (readonly number[])[],
): { weights: number[] } | { failure: CriticFailure } {
  const varying = columns.map((c) => !isConstantColumn(c));
  const count = varying.filter(Boolean).length;
  if (count === 0) return { failure: 'constant' };
  if (count === 1) return { weights: varying.map((v) => (v ? 1 : 0)) };
  const stats = columns.map((c, j) => (varying[j] ? centred(minMax(c)) : undefined));
  const info = stats.map((sj, j) => {
    if (!sj) return 0;
    let conflict = 0;
    stats.forEach((sk, k) => {
      if (!sk || k === j) return;
      let cov = 0;
      sj.dev.forEach((d, i) => (cov += d * (sk.dev[i] ?? 0)));
      const r = cov / sj.dev.length / (sj.sd * sk.sd);
      conflict += 1 - Math.max(-1, Math.min(1, r));
    });
    return sj.sd * conflict;
  });
  const total = info.reduce((s, c) => s + c, 0);
  // Scaled columns lie in [0, 1], so rounding leaves a perfectly correlated set at most a
  // hair above zero: treat that as zero.
  if (!(total > 1e-12)) return { failure: 'correlated' };
  return { weights: info.map((c) => c / total) };
}
