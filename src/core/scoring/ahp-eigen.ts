import { get, type Matrix } from './ahp-matrix.js';

/** A positive eigenpair: `vector` sums to 1. */
export interface Eigenpair {
  value: number;
  vector: number[];
}

/**
 * Perron (principal) eigenpair of a positive matrix by power iteration, to 1e-15 on the
 * normalised vector. A positive matrix is primitive, so the iteration converges to the unique
 * positive eigenvector (Perron–Frobenius); the rate is |λ₂/λ₁|, fast for AHP matrices.
 * `transpose` gives the left eigenvector instead.
 */
export function perronEigen(
  m: Matrix,
  transpose = false,
  maxIterations = 100_000,
  start?: readonly number[],
): Eigenpair {
  const { n } = m;
  // a warm start (the vector of a nearby matrix) cuts the iterations when entries change a little
  let x = start && start.length === n ? [...start] : new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < maxIterations; iter++) {
    const y = multiply(m, x, transpose);
    const value = y.reduce((s, v) => s + v, 0);
    let change = 0;
    for (let k = 0; k < n; k++) {
      const next = (y[k] ?? 0) / value;
      change = Math.max(change, Math.abs(next - (x[k] ?? 0)));
      y[k] = next;
    }
    x = y;
    if (change <= 1e-15) break;
  }
  // λ from the converged vector: Σ(Ax)ᵢ with Σxᵢ = 1.
  return { value: multiply(m, x, transpose).reduce((s, v) => s + v, 0), vector: x };
}

function multiply(m: Matrix, x: readonly number[], transpose: boolean): number[] {
  const { n } = m;
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += (transpose ? get(m, j, i) : get(m, i, j)) * (x[j] ?? 0);
    y[i] = s;
  }
  return y;
}
