import { UsageError } from '../issues.js';
import type { PreferenceFunction } from './types.js';

/**
 * PROMETHEE preference functions after Brans & Vincke (1985), "A preference ranking organisation
 * method", Management Science 31(6), 647–656: each turns the difference d = gain of a over b on
 * one criterion (in the criterion's unit, already oriented so that larger is better) into a degree
 * of preference P(d) in [0, 1]. P(d) = 0 for d ≤ 0 and is non-decreasing in d.
 */

/** Numeric codes of the preference functions, for the hot loop (no string compares per pair). */
export const PREF_USUAL = 0; // type I
export const PREF_VSHAPE = 1; // type III (p)
export const PREF_LEVEL = 2; // type IV (q, p)
export const PREF_LINEAR = 3; // type V (q, p)
export const PREF_GAUSSIAN = 4; // type VI (s)

/** A checked preference function with its thresholds; unused thresholds are 0. */
export interface CompiledPreference {
  code: number;
  /** Indifference threshold (level, linear). */
  q: number;
  /** Strict preference threshold (v-shape, level, linear). */
  p: number;
  /** 2·s² for the gaussian (its inflection point s). */
  twoS2: number;
}

const needs: Record<PreferenceFunction['function'], readonly ('q' | 'p' | 's')[]> = {
  usual: [],
  'v-shape': ['p'],
  level: ['q', 'p'],
  linear: ['q', 'p'],
  gaussian: ['s'],
};

const thresholdName = {
  q: 'q (indifference threshold)',
  p: 'p (strict preference threshold)',
  s: 's (gaussian inflection point)',
};

/**
 * Checks a criterion's preference function (default `usual`) and returns it compiled. Throws an
 * UsageError naming the criterion when a threshold it needs is missing, one is negative or not finite,
 * s is not positive, or q > p.
 */
export function compilePreference(
  pref: PreferenceFunction | undefined,
  criterionId: string,
): CompiledPreference {
  const fn = pref?.function ?? 'usual';
  const where = `criterion "${criterionId}", preference function "${fn}"`;
  const value = (key: 'q' | 'p' | 's'): number | undefined => pref?.[key];
  const missing = (needs[fn] ?? []).filter((k) => value(k) === undefined);
  if (missing.length > 0) {
    throw new UsageError(`${where}: missing ${missing.map((k) => thresholdName[k]).join(' and ')}`);
  }
  for (const key of ['q', 'p', 's'] as const) {
    const v = value(key);
    if (v === undefined) continue;
    if (!Number.isFinite(v) || v < 0 || (key === 's' && v === 0)) {
      const bound = key === 's' ? 'a positive number' : 'a number ≥ 0';
      throw new UsageError(`${where}: ${key} must be ${bound}, got ${v}`);
    }
  }
  const q = value('q');
  const p = value('p');
  if (q !== undefined && p !== undefined && q > p) {
    throw new UsageError(
      `${where}: the indifference threshold q (${q}) is larger than the preference threshold p (${p}); q must be ≤ p`,
    );
  }
  const s = value('s') ?? 0;
  const code =
    fn === 'v-shape'
      ? PREF_VSHAPE
      : fn === 'level'
        ? PREF_LEVEL
        : fn === 'linear'
          ? PREF_LINEAR
          : fn === 'gaussian'
            ? PREF_GAUSSIAN
            : PREF_USUAL;
  return { code, q: q ?? 0, p: p ?? 0, twoS2: 2 * s * s };
}

/**
 * P(d) for a compiled preference function; d is the oriented difference (larger is better).
 * usual: 1 if d > 0. v-shape: d/p up to p, then 1. level: ½ on (q, p], 1 above p. linear:
 * (d − q)/(p − q) on (q, p], 1 above p (q = p gives the quasi-criterion, type II). gaussian:
 * 1 − exp(−d²/(2s²)).
 */
export function preferenceDegree(
  code: number,
  q: number,
  p: number,
  twoS2: number,
  d: number,
): number {
  if (d <= 0) return 0;
  switch (code) {
    case PREF_USUAL:
      return 1;
    case PREF_VSHAPE:
      return d >= p ? 1 : d / p;
    case PREF_LEVEL:
      return d <= q ? 0 : d <= p ? 0.5 : 1;
    case PREF_LINEAR:
      return d <= q ? 0 : d >= p ? 1 : (d - q) / (p - q);
    default:
      return 1 - Math.exp(-(d * d) / twoS2);
  }
}
