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

/**
 * One criterion's part in one alternative's score, in the method's own figures (SPEC
 * `details.criteria`): weighted-sum `points`; weighted-product and waspas `factor`; topsis
 * `dPlusSq`, `dMinusSq`, `ideal`, `antiIdeal`; vikor `sTerm`, `setsR`; promethee2 `phi`. `null`
 * marks a figure the criterion does not have for this alternative (left out under `exclude`).
 */
export type CriterionTerms = Record<string, number | boolean | null>;

/** What a method returns: a 0–100 score per alternative (higher is better), in input order. */
export interface MethodOutput {
  scores: number[];
  /** Method-specific figures per alternative (e.g. TOPSIS dPlus, dMinus). */
  details?: Record<string, number>[];
  /**
   * Per alternative and criterion (input order both), the criterion's part in the score: see
   * `CriterionTerms`. Every method decomposes its own score this way; `explanation` reads them.
   */
  terms: CriterionTerms[][];
  /**
   * Per alternative, the criteria whose zero utility zeroes a product (weighted-product, and the
   * product part of waspas), so the output can name them; empty when none does.
   */
  zeroedBy?: string[][];
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
  /**
   * What `options` parses `{}` to, as plain data next to the schema, so a run without options
   * never calls zod (issue 16). tests/core/methods/defaults.test.ts holds the two equal.
   */
  defaults: Readonly<Record<string, unknown>>;
  /**
   * What the method's score reads: `utilities` (the 0–1 judgements) or the `performance` matrix
   * (raw numbers for number/cost criteria). Dominance is judged on the same figures, so a vendor
   * marked dominated never ranks above its dominator.
   */
  reads: 'utilities' | 'performance';
  score(input: MethodInput): MethodOutput;
  /** How the method's score splits over criteria and categories (explain, compare, columns). */
  explanation: MethodExplanation;
}

/** One alternative as the method scored it: what `MethodExplanation` reads. */
export interface ScoredAlternative {
  /** 0–100, as returned in `scores`. */
  score: number;
  details: Record<string, number> | undefined;
  /** Per criterion, in input order. */
  terms: readonly CriterionTerms[];
  /** The alternative's utilities as given to the method (null: unanswered under `exclude`). */
  utilities: readonly (number | null)[];
}

/** One per-criterion figure a method shows in `explain`. */
export interface TermColumn {
  /** Key in `CriterionTerms`. */
  key: string;
  /** Column heading, short (e.g. `d⁺² term`). */
  label: string;
  /** Decimal places for reading. */
  digits: number;
}

/**
 * A method's own explanation of its scores: which per-criterion figures to show, what a
 * category's 0–100 column means under it, and how a lead between two vendors splits exactly
 * over the criteria. One per method, so a category column, `explain` or `compare` never shows
 * another method's figures.
 */
export interface MethodExplanation {
  /** The figures of `terms` that `explain` shows, in order. */
  columns: readonly TermColumn[];
  /** What the category columns show, one phrase (e.g. `TOPSIS closeness on the category's criteria`). */
  groupLabel: string;
  /**
   * A group's 0–100 figure under the method's own formula, over the criteria at `indices`
   * (`weights`: every criterion's global weight, input order). A top-level category's column.
   */
  groupScore(
    alt: ScoredAlternative,
    indices: readonly number[],
    weights: readonly number[],
  ): number;
  /**
   * Each criterion's part (input order) of `a.score − b.score`, in score points: the parts add up
   * to the difference exactly (up to rounding), so `compare`'s rows sum to its lead.
   */
  lead(a: ScoredAlternative, b: ScoredAlternative, weights: readonly number[]): number[];
  /** What `lead`'s parts are, one phrase for `compare`'s footnote. */
  leadLabel: string;
  /** One sentence under `explain`'s headline saying what each of `columns` is. */
  legend: string;
  /**
   * The key of a per-criterion figure whose difference between two vendors is `lead`'s part
   * (weighted-sum `points`), so `compare` can show each side's; absent when a lead is not a
   * difference of per-vendor figures.
   */
  perSide?: string;
}
