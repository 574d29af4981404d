import type { riTableIds } from '../model/criteria-schema.js';

/** A named Random Index table: the mean CI of random reciprocal matrices of each size. */
export type RiTableId = (typeof riTableIds)[number];

/**
 * Saaty 1980 (The Analytic Hierarchy Process, McGraw-Hill), n = 1..10, continued to 15 with
 * Saaty's own later values (non-monotone at 12, as published).
 */
const saaty1980 = [
  0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
] as const;

/**
 * Donegan & Dodd 1991 ("A note on Saaty's random indexes", Mathematical and Computer Modelling
 * 15(10), 135–137), as tabulated by AHPy: exact sizes to 20, then every 5 or 10 up to 100.
 */
const doneganDodd: readonly (readonly [number, number])[] = [
  [1, 0],
  [2, 0],
  [3, 0.4914],
  [4, 0.8286],
  [5, 1.0591],
  [6, 1.1797],
  [7, 1.2519],
  [8, 1.3171],
  [9, 1.3733],
  [10, 1.4055],
  [11, 1.4213],
  [12, 1.4497],
  [13, 1.4643],
  [14, 1.4822],
  [15, 1.4969],
  [16, 1.5078],
  [17, 1.5153],
  [18, 1.5262],
  [19, 1.5313],
  [20, 1.5371],
  [25, 1.5619],
  [30, 1.5772],
  [40, 1.5976],
  [50, 1.6102],
  [60, 1.6178],
  [70, 1.6237],
  [80, 1.6277],
  [90, 1.6213],
  [100, 1.6339],
];

/** The largest matrix each table covers (`alonso-lamata` is a formula: any size). */
export const riTableLimit: Readonly<Record<RiTableId, number>> = {
  saaty: saaty1980.length,
  'donegan-dodd': 100,
  'alonso-lamata': Infinity,
};

/**
 * Random index RI(n) of a table; 0 for n ≤ 2 (every 1×1 and 2×2 reciprocal matrix is
 * consistent). `donegan-dodd` interpolates linearly between tabulated sizes (as AHPy does);
 * `alonso-lamata` uses Alonso & Lamata 2006 (IJUFKS 14(4), 445–459): the mean λmax of random
 * matrices fitted as λ̄max = 2.7699·n − 4.3513, so RI = (λ̄max − n)/(n − 1).
 * Throws RangeError when n exceeds the table.
 */
export function randomIndex(table: RiTableId, n: number): number {
  if (n <= 2) return 0;
  if (n > riTableLimit[table]) {
    throw new RangeError(
      `the ${table} RI table stops at n = ${riTableLimit[table]}, found n = ${n}`,
    );
  }
  if (table === 'saaty') return saaty1980[n - 1] ?? NaN;
  if (table === 'alonso-lamata') return (2.7699 * n - 4.3513 - n) / (n - 1);
  let below: readonly [number, number] = [1, 0];
  for (const row of doneganDodd) {
    if (row[0] === n) return row[1];
    if (row[0] > n) {
      const t = (n - below[0]) / (row[0] - below[0]);
      return below[1] + t * (row[1] - below[1]);
    }
    below = row;
  }
  return NaN;
}
