import type { PreferenceInput } from '../model/criteria-schema.js';

/**
 * PROMETHEE preference functions after Brans & Vincke (1985), "A preference ranking organisation
 * method", Management Science 31(6), 647–656: each turns the difference d = gain of a over b on
 * one criterion (in the criterion's unit, already oriented so that larger is better) into a degree
 * of preference P(d) in [0, 1]. P(d) = 0 for d ≤ 0 and is non-decreasing in d.
 */

export const preferenceFunctionIds = ['usual', 'linear', 'v-shape', 'level', 'gaussian'] as const;
export type PreferenceFunctionId = (typeof preferenceFunctionIds)[number];

/** A PROMETHEE preference function (Brans & Vincke 1985) with its thresholds, as written. */
export type PreferenceFunction = PreferenceInput;

/** The thresholds a preference function may take: indifference q, preference p, gaussian s. */
export const thresholds = ['q', 'p', 's'] as const;
export type Threshold = (typeof thresholds)[number];

/** The thresholds each preference function uses (the one table; validation and warnings read it). */
export const preferenceThresholds: Readonly<Record<PreferenceFunctionId, readonly Threshold[]>> = {
  usual: [],
  'v-shape': ['p'],
  level: ['q', 'p'],
  linear: ['q', 'p'],
  gaussian: ['s'],
};

const thresholdName: Record<Threshold, string> = {
  q: 'q (indifference threshold)',
  p: 'p (strict preference threshold)',
  s: 's (gaussian inflection point)',
};

/** One problem with a preference function, at a key path relative to its `preference`. */
export interface PreferenceProblem {
  path: Threshold[];
  message: string;
  hint?: string;
}

/**
 * The problems of a criterion's preference function, empty when it is usable: a threshold it
 * needs is missing, one is negative or not finite, s is not positive, or q > p.
 */
export function validatePreference(
  pref: PreferenceFunction,
  criterionId: string,
): PreferenceProblem[] {
  const fn = pref.function;
  const where = `criterion "${criterionId}", preference function "${fn}"`;
  const problems: PreferenceProblem[] = [];
  const missing = preferenceThresholds[fn].filter((k) => pref[k] === undefined);
  if (missing.length > 0) {
    problems.push({
      path: [],
      message: `${where}: missing ${missing.map((k) => thresholdName[k]).join(' and ')}`,
    });
  }
  for (const key of thresholds) {
    const v = pref[key];
    if (v === undefined) continue;
    if (!Number.isFinite(v) || v < 0 || (key === 's' && v === 0)) {
      const bound = key === 's' ? 'a positive number' : 'a number ≥ 0';
      problems.push({ path: [key], message: `${where}: ${key} must be ${bound}, got ${v}` });
    }
  }
  const { q, p } = pref;
  if (q !== undefined && p !== undefined && q > p) {
    problems.push({
      path: ['q'],
      message: `${where}: the indifference threshold q (${q}) is larger than the preference threshold p (${p}); q must be ≤ p`,
    });
  }
  return problems;
}

/** Numeric codes of the preference functions, for the hot loop (no string compares per pair). */
export const PREF_USUAL = 0; // type I
export const PREF_VSHAPE = 1; // type III (p)
export const PREF_LEVEL = 2; // type IV (q, p)
export const PREF_LINEAR = 3; // type V (q, p)
export const PREF_GAUSSIAN = 4; // type VI (s)

/** A preference function with its thresholds, ready for the hot loop; unused thresholds are 0. */
export interface CompiledPreference {
  code: number;
  /** Indifference threshold (level, linear). */
  q: number;
  /** Strict preference threshold (v-shape, level, linear). */
  p: number;
  /** 2·s² for the gaussian (its inflection point s). */
  twoS2: number;
}

const codes: Record<PreferenceFunctionId, number> = {
  usual: PREF_USUAL,
  'v-shape': PREF_VSHAPE,
  level: PREF_LEVEL,
  linear: PREF_LINEAR,
  gaussian: PREF_GAUSSIAN,
};

/**
 * A criterion's preference function (default `usual`), compiled. It was checked when the set was
 * loaded (`validatePreference`); a threshold that is missing anyway counts as 0, so v-shape
 * without p and linear without q, p degrade to the usual criterion and never throw.
 */
export function compilePreference(pref: PreferenceFunction | undefined): CompiledPreference {
  const fn = pref?.function ?? 'usual';
  const s = pref?.s ?? 0;
  return { code: codes[fn], q: pref?.q ?? 0, p: pref?.p ?? 0, twoS2: 2 * s * s };
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
