import type { AlphaLevel } from '../model/consensus.js';

/**
 * Krippendorff's α by the coincidence-matrix method of Krippendorff (2011), "Computing
 * Krippendorff's Alpha-Reliability", Annenberg School for Communication, Departmental Papers 43
 * (https://repository.upenn.edu/asc_papers/43), section C ("any number of observers, missing
 * values"):
 *
 * - a unit with m_u ≥ 2 values is pairable; each ordered pair of values (c, k) from different
 *   observers of the unit adds 1/(m_u − 1) to the coincidence o_ck;
 * - n_c = Σ_k o_ck, n = Σ_c n_c (the pairable values);
 * - α = 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck (c, k over all value pairs).
 *
 * δ² is the level's difference function: nominal 0 or 1; interval (c − k)²; ordinal the squared
 * rank distance over the marginals, (Σ_{g=c..k} n_g − (n_c + n_k)/2)², so an ordinal α reads only
 * the order of the values, never their size.
 */

/** One value: a number (ordinal and interval levels need numbers) or a category's key. */
export type AlphaValue = number | string;

/** α and the figures it is made from. */
export interface AlphaResult {
  /**
   * Krippendorff's α (at most 1; 1 is perfect agreement, 0 agreement by chance). Null when no
   * unit has two values (nothing to compare), or when every pairable value is the same: then
   * there is no variation to judge agreement on and the expected disagreement is 0 (the
   * literature leaves α undefined; reporting 1 would claim a reliability the data cannot show).
   */
  alpha: number | null;
  /** n: the pairable values (values in units that have at least two). */
  pairable: number;
  /** Observed disagreement D_o = Σ o_ck δ²_ck / n (0 when nothing is pairable). */
  observed: number;
  /** Expected disagreement D_e = Σ n_c n_k δ²_ck / (n (n − 1)) (0 when nothing is pairable). */
  expected: number;
}

/**
 * Krippendorff's α of a reliability table. `units[u][j]` is observer j's value for unit u, null
 * where j gave none; rows may have different lengths (a missing tail is missing values). Values
 * at the `ordinal` and `interval` levels must be numbers; `nominal` compares them by identity.
 */
export function krippendorffAlpha(
  units: readonly (readonly (AlphaValue | null)[])[],
  level: AlphaLevel,
): AlphaResult {
  // the pairable units' values
  const pairable = units
    .map((u) => u.filter((v): v is AlphaValue => v !== null))
    .filter((u) => u.length >= 2);
  // the value domain, in order (numbers ascending; nominal keys in any fixed order)
  const domain = [...new Set(pairable.flat())].sort(compareValues);
  const index = new Map(domain.map((v, i) => [v, i]));
  const size = domain.length;
  const o = Array.from({ length: size }, () => new Float64Array(size));
  for (const u of pairable) {
    const weight = 1 / (u.length - 1);
    for (let a = 0; a < u.length; a++) {
      for (let b = 0; b < u.length; b++) {
        if (a === b) continue;
        const row = o[index.get(u[a] as AlphaValue) as number] as Float64Array;
        const k = index.get(u[b] as AlphaValue) as number;
        row[k] = (row[k] as number) + weight;
      }
    }
  }
  const marginals = o.map((row) => row.reduce((s, x) => s + x, 0));
  const n = marginals.reduce((s, x) => s + x, 0);
  // counts are sums of fractions: round to the whole number they are
  const pairableCount = Math.round(n);
  if (pairableCount === 0) return { alpha: null, pairable: 0, observed: 0, expected: 0 };
  const delta = differenceFunction(level, domain, marginals);
  let observedSum = 0;
  let expectedSum = 0;
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      if (c === k) continue;
      const d = delta(c, k);
      observedSum += ((o[c] as Float64Array)[k] as number) * d;
      expectedSum += (marginals[c] as number) * (marginals[k] as number) * d;
    }
  }
  const observed = observedSum / n;
  const expected = n > 1 ? expectedSum / (n * (n - 1)) : 0;
  if (expectedSum === 0) return { alpha: null, pairable: pairableCount, observed, expected };
  // α = 1 − D_o/D_e, written as in the paper to keep the rounding of the published figures
  const alpha = observedSum === 0 ? 1 : 1 - ((n - 1) * observedSum) / expectedSum;
  return { alpha, pairable: pairableCount, observed, expected };
}

/** Numbers ascending, then strings in code-unit order (a fixed order for nominal keys). */
function compareValues(a: AlphaValue, b: AlphaValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** δ²(c, k) between the domain's c-th and k-th values at `level`. */
function differenceFunction(
  level: AlphaLevel,
  domain: readonly AlphaValue[],
  marginals: readonly number[],
): (c: number, k: number) => number {
  switch (level) {
    case 'nominal':
      return (c, k) => (c === k ? 0 : 1);
    case 'interval':
      return (c, k) => {
        const d = (domain[c] as number) - (domain[k] as number);
        return d * d;
      };
    case 'ordinal': {
      // cumulative marginals: Σ_{g ≤ i} n_g
      const cumulative: number[] = [];
      let running = 0;
      for (const m of marginals) cumulative.push((running += m));
      return (c, k) => {
        const lo = Math.min(c, k);
        const hi = Math.max(c, k);
        const between = (cumulative[hi] as number) - (lo > 0 ? (cumulative[lo - 1] as number) : 0);
        const d = between - ((marginals[c] as number) + (marginals[k] as number)) / 2;
        return d * d;
      };
    }
  }
}
