/** True when every value of a column is the same (an empty column counts as constant). */
export function isConstantColumn(column: readonly number[]): boolean {
  return column.every((v) => v === column[0]);
}

/**
 * Normalised Shannon entropy of one non-negative column, in [0, 1]: with pᵢ = xᵢ / Σx,
 * E = −(1/ln m) Σ pᵢ ln pᵢ, taking 0 · ln 0 = 0 (Shannon 1948; pymcdm ≤ 1.3.1 gave a column with
 * a 0 entropy 0, pymcdm 1.4.0 refuses it: docs/methods/entropy-critic.md). A constant column (all zeros included) has E = 1 exactly. Needs m ≥ 2 values.
 */
export function columnEntropy(column: readonly number[]): number {
  if (isConstantColumn(column)) return 1;
  const total = column.reduce((s, v) => s + v, 0);
  let sum = 0;
  for (const v of column) {
    if (v <= 0) continue;
    const p = v / total;
    sum += p * Math.log(p);
  }
  return Math.min(1, -sum / Math.log(column.length));
}

/**
 * Entropy weights (Shannon; as in Zavadskas & Podvezko 2016): the degree of diversification
 * dⱼ = 1 − Eⱼ of each column, normalised to sum 1. Columns are raw performance values, each
 * with at least 2 values ≥ 0; they need not have the same length. Direction is ignored, as in
 * the method's sources. Returns undefined when every column is constant (every dⱼ = 0).
 */
export function entropyWeights(columns: readonly (readonly number[])[]): number[] | undefined {
  const diversity = columns.map((c) => 1 - columnEntropy(c));
  const total = diversity.reduce((s, d) => s + d, 0);
  if (!(total > 0)) return undefined;
  return diversity.map((d) => d / total);
}
