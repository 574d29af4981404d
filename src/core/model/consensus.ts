/**
 * What `consensus` finds when several evaluators scored the same vendors: agreement per
 * criterion as Krippendorff's α, and where they disagree most (SPEC "consensus --format json").
 */

/** How several evaluators' answers become one: `--combine`. */
export const combineRules = ['mean', 'median', 'min'] as const;
export type CombineRule = (typeof combineRules)[number];

/** Krippendorff's metric for a criterion type: scale/choice ordinal, number/cost interval, boolean/multi nominal. */
export type AlphaLevel = 'nominal' | 'ordinal' | 'interval';

/** Agreement on one criterion across vendors (units) and evaluators (coders). */
export interface CriterionAgreement {
  id: string;
  level: AlphaLevel;
  /** Krippendorff's α; null when no vendor has two evaluators' answers (or no variation to judge). */
  alpha: number | null;
  /** The number of pairable values (values in units answered by at least two evaluators). */
  pairable: number;
}

/** One criterion of one vendor on which evaluators differ. */
export interface Disagreement {
  vendor: string;
  criterion: string;
  /** Range of the evaluators' utilities (0–1). */
  range: number;
  /** Population standard deviation of the evaluators' utilities. */
  sd: number;
  /** Each evaluator's answer as written. */
  values: Record<string, unknown>;
  /** A `moderated` value overrides the combination for this criterion and vendor. */
  moderated: boolean;
  /**
   * The utilities combined by the `combine` rule (0–1), or the moderated value's utility when
   * `moderated`. Additive to the SPEC's shape.
   */
  combined: number;
}

/** An evaluator's distance from the rest of the panel. */
export interface EvaluatorDistance {
  evaluator: string;
  /** Mean absolute difference between the evaluator's utility and the others' mean, over the answers they share. */
  meanDistance: number;
  /** How many answers entered the mean. */
  answers: number;
}

/** Everything `consensus` reports. */
export interface ConsensusResult {
  evaluators: string[];
  combine: CombineRule;
  criteria: CriterionAgreement[];
  /** Widest first (range of utilities), then by vendor and criterion id. */
  disagreements: Disagreement[];
  /** Furthest from the rest first. */
  furthest: EvaluatorDistance[];
}
