import { perronEigen } from './ahp-eigen.js';
import { copyMatrix, get, setPair, type Matrix } from './ahp-matrix.js';

/** A filled-in comparison: element i is `value` times as important as element j (i < j). */
export interface CompletedEntry {
  i: number;
  j: number;
  value: number;
}

/**
 * Completes an incomplete reciprocal matrix (NaN = missing) by minimising λmax over the missing
 * entries (Bozóki, Fülöp & Rónyai 2010, "On optimal completion of incomplete pairwise comparison
 * matrices", Math. Comput. Modelling 52, 318–333), by cyclic coordinates: each missing entry in
 * turn is set to its optimum given the others. λmax is convex in the logarithms of the missing
 * entries and has a unique minimiser when the comparison graph is connected (the caller checks).
 * One coordinate is solved by regula falsi (Illinois) on ∂λmax/∂ln x = (vᵢwⱼx − vⱼwᵢ/x)/(v·w),
 * with w, v the right and left Perron vectors. Sweeps stop when no ln x moves by `tolerance`.
 */
export function completeMatrix(
  m: Matrix,
  tolerance = 1e-12,
): { matrix: Matrix; completed: CompletedEntry[] } {
  const out = copyMatrix(m);
  const missing: [number, number][] = [];
  for (let i = 0; i < m.n; i++) {
    for (let j = i + 1; j < m.n; j++) {
      if (Number.isNaN(get(m, i, j))) {
        missing.push([i, j]);
        setPair(out, i, j, 1);
      }
    }
  }
  if (missing.length) {
    for (let sweep = 0; sweep < 10_000; sweep++) {
      let change = 0;
      for (const [i, j] of missing) {
        const before = Math.log(get(out, i, j));
        const after = minimiseCoordinate(out, i, j, before);
        setPair(out, i, j, Math.exp(after));
        change = Math.max(change, Math.abs(after - before));
      }
      if (change < tolerance) break;
    }
  }
  return { matrix: out, completed: missing.map(([i, j]) => ({ i, j, value: get(out, i, j) })) };
}

/** The ln x minimising λmax when only entry (i, j) = x varies. */
function minimiseCoordinate(m: Matrix, i: number, j: number, start: number): number {
  const slope = (y: number): number => {
    setPair(m, i, j, Math.exp(y));
    const w = perronEigen(m).vector;
    const v = perronEigen(m, true).vector;
    const x = Math.exp(y);
    return (v[i] ?? 0) * (w[j] ?? 0) * x - ((v[j] ?? 0) * (w[i] ?? 0)) / x;
  };
  let lo = start - 0.5;
  let hi = start + 0.5;
  let fLo = slope(lo);
  let fHi = slope(hi);
  // λmax is convex in y, so its slope is increasing: widen until it changes sign.
  for (let step = 1; fLo > 0 && step < 1e6; step *= 2) fLo = slope((lo -= step));
  for (let step = 1; fHi < 0 && step < 1e6; step *= 2) fHi = slope((hi += step));
  // Illinois (modified regula falsi): superlinear, and the root stays bracketed.
  let side = 0;
  for (let iter = 0; iter < 200 && hi - lo > 1e-15 * Math.max(1, Math.abs(lo)); iter++) {
    const mid = fHi === fLo ? (lo + hi) / 2 : (lo * fHi - hi * fLo) / (fHi - fLo);
    const fMid = slope(mid);
    if (fMid === 0) return mid;
    if (fMid < 0) {
      lo = mid;
      fLo = fMid;
      if (side === -1) fHi /= 2;
      side = -1;
    } else {
      hi = mid;
      fHi = fMid;
      if (side === 1) fLo /= 2;
      side = 1;
    }
  }
  return fHi === fLo ? (lo + hi) / 2 : (lo * fHi - hi * fLo) / (fHi - fLo);
}
