import { randomIndex, type RiTableId } from './ri-tables.js';

/** Saaty's acceptance threshold: a matrix is consistent enough when CR ≤ 0.1. */
export const crThreshold = 0.1;

/** Consistency of a reciprocal matrix of n elements from its λmax. */
export interface Consistency {
  /** CI = (λmax − n)/(n − 1); 0 for n ≤ 2. */
  ci: number;
  /** Random index RI(n) of the chosen table. */
  ri: number;
  /** CR = CI/RI; 0 for n ≤ 2. */
  cr: number;
}

/**
 * CI and CR of a matrix with principal eigenvalue `lambdaMax`. λmax ≥ n always holds; the tiny
 * negative CI that rounding gives a consistent matrix is reported as 0.
 */
export function consistencyOf(lambdaMax: number, n: number, table: RiTableId): Consistency {
  if (n <= 2) return { ci: 0, ri: 0, cr: 0 };
  const ci = Math.max(0, (lambdaMax - n) / (n - 1));
  const ri = randomIndex(table, n);
  return { ci, ri, cr: ci / ri };
}

/**
 * The nearest value on Saaty's 1–9 scale and its reciprocals (in log terms, since 1/3 and 3 are
 * equally far from 1): an integer 1..9 or 1/k. `text` is how to write it: "3" or "1/3".
 */
export function roundToScale(value: number): { value: number; text: string } {
  if (value >= 1) {
    const k = Math.min(9, Math.max(1, nearestInLog(value)));
    return { value: k, text: String(k) };
  }
  const k = Math.min(9, Math.max(1, nearestInLog(1 / value)));
  return k === 1 ? { value: 1, text: '1' } : { value: 1 / k, text: `1/${k}` };
}

function nearestInLog(x: number): number {
  const lower = Math.floor(x);
  const upper = lower + 1;
  return Math.log(x / lower) <= Math.log(upper / x) ? lower : upper;
}
