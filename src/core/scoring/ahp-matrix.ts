/** A square matrix stored row-major; NaN marks a missing pairwise comparison. */
export interface Matrix {
  n: number;
  a: Float64Array;
}

/** An AHP input that the core cannot use (validation normally reports these first). */
export class AhpError extends Error {
  override name = 'AhpError';
}

/** Entry (i, j). */
export function get(m: Matrix, i: number, j: number): number {
  return m.a[i * m.n + j] ?? NaN;
}

/** Sets (i, j) to r and (j, i) to 1/r, keeping the matrix reciprocal. */
export function setPair(m: Matrix, i: number, j: number, r: number): void {
  m.a[i * m.n + j] = r;
  m.a[j * m.n + i] = 1 / r;
}

/** A copy of a matrix. */
export function copyMatrix(m: Matrix): Matrix {
  return { n: m.n, a: Float64Array.from(m.a) };
}

/**
 * The value of an AHP ratio as written: a number, or a string "3", "0.5" or "1/3".
 * NaN when the text is not a positive finite ratio (a zero denominator, say).
 */
export function parseAhpRatio(r: number | string): number {
  if (typeof r === 'number') return r;
  const [num, den, extra] = r.split('/').map((s) => Number(s.trim()));
  if (extra !== undefined || num === undefined) return NaN;
  const value = den === undefined ? num : num / den;
  return Number.isFinite(value) ? value : NaN;
}

/** One judgement by child index: element i is r times as important as element j. */
export interface IndexedJudgement {
  i: number;
  j: number;
  r: number;
}

/**
 * The reciprocal matrix of `n` elements from judgements (diagonal 1, missing entries NaN).
 * Throws AhpError for a self-comparison, a non-positive ratio or a pair given twice.
 */
export function buildMatrix(n: number, judgements: readonly IndexedJudgement[]): Matrix {
  const m: Matrix = { n, a: new Float64Array(n * n).fill(NaN) };
  for (let i = 0; i < n; i++) m.a[i * n + i] = 1;
  for (const { i, j, r } of judgements) {
    if (i === j) throw new AhpError('an element cannot be compared with itself');
    if (!(r > 0 && Number.isFinite(r))) throw new AhpError(`ratio ${r} is not a positive number`);
    if (!Number.isNaN(get(m, i, j))) throw new AhpError('a pair is compared twice');
    setPair(m, i, j, r);
  }
  return m;
}

/**
 * Connected components of the comparison graph (elements as vertices, judgements as edges),
 * each a sorted list of indices, the largest first (ties: the one holding the lowest index).
 */
export function components(n: number, judgements: readonly IndexedJudgement[]): number[][] {
  const parent = Array.from({ length: n }, (_, k) => k);
  const find = (k: number): number => {
    let root = k;
    while ((parent[root] ?? root) !== root) root = parent[root] ?? root;
    return root;
  };
  for (const { i, j } of judgements) {
    if (i < 0 || j < 0 || i >= n || j >= n) continue;
    parent[find(i)] = find(j);
  }
  const groups = new Map<number, number[]>();
  for (let k = 0; k < n; k++) {
    const root = find(k);
    const list = groups.get(root) ?? [];
    list.push(k);
    groups.set(root, list);
  }
  return [...groups.values()].sort((x, y) => y.length - x.length || (x[0] ?? 0) - (y[0] ?? 0));
}
