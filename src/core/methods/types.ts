import type * as z from 'zod';
import type { PreferenceFunction } from './preference-functions.js';

/** One criterion as a decision method sees it. */
export interface MethodCriterion {
  id: string;
  /** Global weight; all criteria sum to 1. */
  weight: number;
  direction: 'higher' | 'lower';
  type: string;
  /** PROMETHEE preference function, in the criterion's unit (raw numbers for number/cost). */
  preference?: PreferenceFunction | undefined;
}

/** One vendor as a decision method sees it. */
export interface MethodAlternative {
  id: string;
  /** Utility in [0, 1] per criterion, in criterion order; null when unanswered. */
  utilities: (number | null)[];
  /** Raw performance (numbers for `number`/`cost`, utilities otherwise); null when unanswered. */
  performance: (number | null)[];
}

/** What a method is given: the decision matrix and the missing-answer policy. */
export interface MethodInput {
  criteria: MethodCriterion[];
  alternatives: MethodAlternative[];
  /** `zero`: unanswered counts as utility 0; `exclude`: its weight is left out per vendor. */
  missing: 'zero' | 'exclude';
  /**
   * The alternatives that make up the field (the eligible vendors, or all when none is): ideals,
   * ranges and pairwise flows come from these; the others are scored against them.
   */
  reference: boolean[];
  /**
   * The method's options, already parsed by its `options` schema (defaults filled): see
   * `resolveMethodOptions`. A method reads them with `optionsOf`, which also accepts raw ones.
   */
  options: Record<string, unknown>;
}

/** What a method returns: a 0–100 score per alternative (higher is better), in input order. */
export interface MethodOutput {
  scores: number[];
  /** Method-specific figures per alternative (e.g. TOPSIS dPlus, dMinus). */
  details?: Record<string, number>[];
  /** Method-level results reported at the top of the JSON (e.g. VIKOR's `compromise`). */
  summary?: Record<string, unknown>;
  /**
   * Weighted-sum points per alternative and criterion (see `weightedSumPoints`), when the method
   * computed them on the way to its score: the ranking then reuses them as contributions
   * instead of computing the weighted sum a second time.
   */
  points?: number[][];
}

/** A decision method: one file each, listed in `methods/index.ts`. */
export interface DecisionMethod {
  id: string;
  name: string;
  /** One sentence for `--help` and reports. */
  summary: string;
  /**
   * The `methodOptions` the method accepts, as a strict object whose every key has a default, so
   * parsing `{}` gives the defaults. Each key carries `.meta({ description })`: what is allowed.
   */
  options: z.ZodObject;
  score(input: MethodInput): MethodOutput;
}
