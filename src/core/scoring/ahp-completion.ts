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
    // Start from the logarithmic least-squares completion: near the optimum for all but wildly
    // inconsistent judgements, so the cyclic sweeps (linear convergence) need only a few rounds.
    const u = logLeastSquares(m);
    for (const [i, j] of missing) setPair(out, i, j, Math.exp((u[i] ?? 0) - (u[j] ?? 0)));
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

/**
 * Log-weights u minimising Σ (ln aᵢⱼ − uᵢ + uⱼ)² over the known comparisons (the incomplete
 * LLSM of Bozóki, Fülöp & Rónyai 2010): the graph Laplacian system L u = r with u₀ fixed at 0.
 * Assumes a connected comparison graph (the caller checks).
 */
function logLeastSquares(m: Matrix): number[] {
  const n = m.n;
  const a: number[][] = Array.from({ length: n }, () => new Array<number>(n + 1).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const x = get(m, i, j);
      if (i === j || Number.isNaN(x)) continue;
      const row = a[i] as number[];
      row[i] = (row[i] ?? 0) + 1;
      row[j] = (row[j] ?? 0) - 1;
      row[n] = (row[n] ?? 0) + Math.log(x);
    }
  }
  // Fix u₀ = 0: replace the first equation (the system is singular by one dimension).
  const first = new Array<number>(n + 1).fill(0);
  first[0] = 1;
  a[0] = first;
  // Gaussian elimination with partial pivoting (n is small: the children of one group).
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) {
      if (Math.abs(a[r]?.[c] ?? 0) > Math.abs(a[pivot]?.[c] ?? 0)) pivot = r;
    }
    [a[c], a[pivot]] = [a[pivot] as number[], a[c] as number[]];
    const pr = a[c] as number[];
    const p = pr[c] ?? 0;
    if (Math.abs(p) < 1e-300) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const row = a[r] as number[];
      const f = (row[c] ?? 0) / p;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) row[k] = (row[k] ?? 0) - f * (pr[k] ?? 0);
    }
  }
  return a.map((row, i) => {
    const d = row[i] ?? 0;
    return d === 0 ? 0 : (row[n] ?? 0) / d;
  });
}

/** The ln x minimising λmax when only entry (i, j) = x varies. */
function minimiseCoordinate(m: Matrix, i: number, j: number, start: number): number {
  let w: number[] | undefined;
  let v: number[] | undefined;
  const slope = (y: number): number => {
    setPair(m, i, j, Math.exp(y));
    w = perronEigen(m, false, 100_000, w).vector;
    v = perronEigen(m, true, 100_000, v).vector;
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
