import type { RankRobustness } from './sensitivity.js';
import type { CriterionTerms } from '../methods/types.js';
import type { AnswerRange, AnswerValue, WeightRange } from './types.js';

/** How unanswered criteria count: 0 utility, left out of the weights, or an error. */
export const missingPolicies = ['zero', 'exclude', 'fail'] as const;
export type MissingPolicy = (typeof missingPolicies)[number];

/** Why a vendor is ineligible: one criterion's failed `must` rule. */
export interface CriterionKnockout {
  criterion: string;
  /** The rule as text, e.g. `must be true`, `at least 75`. */
  rule: string;
  value: AnswerValue | null;
  reason: string;
}

/** Why a vendor is ineligible: a failed `requires` rule across criteria. */
export interface RequirementKnockout {
  /** The rule's name as written. */
  requirement: string;
  /** The ids of the criteria whose answers decided it, in the rule's order. */
  criteria: string[];
  /** The rule's name and those answers, e.g. `ISO 27001 or SOC 2 Type II: ISO 27001 no, …`. */
  reason: string;
}

/** Why a vendor is ineligible: a criterion's `must` or a `requires` rule. */
export type Knockout = CriterionKnockout | RequirementKnockout;

/** The criteria a knock-out names: its criterion, or the ones that decided a rule. */
export function knockoutCriteria(k: Knockout): string[] {
  return 'criterion' in k ? [k.criterion] : k.criteria;
}

/**
 * What knocks a vendor out on one criterion, as a reader sees it: the criterion's own rule
 * (`must be yes`), or the name of a `requires` rule its answer helped decide.
 */
export function knockoutOn(knockouts: readonly Knockout[], id: string): string | undefined {
  const own = knockouts.find((k) => 'criterion' in k && k.criterion === id);
  if (own && 'rule' in own) return own.rule;
  const rule = knockouts.find((k) => 'requirement' in k && k.criteria.includes(id));
  return rule && 'requirement' in rule ? rule.requirement : undefined;
}

/** One criterion judged for one vendor: the merged answer and its utility, before weighting. */
export interface CriterionJudgement {
  id: string;
  name: string;
  type: string;
  /** Ids of the groups above the criterion, top level first. */
  path: string[];
  /** The merged answer, or null when unanswered. */
  value: AnswerValue | null;
  /** In [0, 1]; 0 when unanswered. */
  utility: number;
  evidence: string | undefined;
  note: string | undefined;
  answered: boolean;
  /**
   * Per-evaluator answers when several evaluators answered; for a moderated criterion, every
   * evaluator's answer the moderation replaced (one is enough), so a reader sees what was agreed
   * from what.
   */
  evaluations?: { evaluator: string | undefined; value: AnswerValue }[] | undefined;
  unit?: string | undefined;
  /** The range the one answer was written as (`value` is its mean), for `explain` to state. */
  range?: AnswerRange | undefined;
  /**
   * Set when the vendor file's `moderated` block gave this criterion's value: `value` is the
   * panel's agreed value, scored (and judged for knock-outs) instead of the evaluators' answers.
   */
  moderated?: CriterionModeration | undefined;
}

/** Who moderated a criterion's value and why (the `moderated` block, without the value). */
export interface CriterionModeration {
  by: string;
  rationale: string;
  date?: string | undefined;
}

/** One criterion's part in a vendor's score: its judgement, weight and contribution. */
export interface CriterionResult extends CriterionJudgement {
  /** Global weight (all criteria sum to 1). */
  weight: number;
  /**
   * Points (0–100 scale) this criterion adds to a weighted-sum score; they sum to the score.
   * Under `--missing exclude` they are rescaled over the answered weight.
   */
  contribution: number;
}

/** A top-level node's part in a vendor's score. */
export interface CategoryResult {
  id: string;
  name: string;
  /**
   * 0–100, by the ranking method's own formula over the criteria below the node (weighted-sum:
   * their weighted mean utility × 100; see each method's `explanation.groupLabel`). Null when
   * the vendor answered none of them under `--missing exclude`: the node is not scored at all.
   */
  score: number | null;
  /** Global weight of the node. */
  weight: number;
}

/** A vendor's place in a ranking. */
export interface VendorResult {
  /** Competition rank (1, 2, 2, 4) among eligible vendors; null when ineligible. */
  rank: number | null;
  id: string;
  name: string;
  /** 0–100. */
  score: number;
  eligible: boolean;
  knockouts: Knockout[];
  complete: boolean;
  missing: string[];
  categories: CategoryResult[];
  criteria: CriterionResult[];
  /**
   * Eligible vendors at least as good on every criterion and strictly better on one, judged on
   * what the method reads (utilities or the performance matrix).
   */
  dominatedBy: string[];
  /** The method's vendor-level figures (e.g. TOPSIS dPlus, dMinus, closeness). */
  details?: Record<string, number> | undefined;
  /** The method's own figures per criterion, in criterion order (SPEC `details.criteria`). */
  terms: CriterionTerms[];
  /** The criteria whose zero utility zeroes the method's product (weighted-product, waspas). */
  zeroedBy: string[];
  /** The bid's cost under the set's demand (SPEC), null without a demand or a `pricing`. */
  cost: {
    monthly: number;
    contract: number;
    currency: string | null;
    /** Below the demand's share of the median contract cost: the vendor must explain its price. */
    abnormallyLow: boolean;
  } | null;
  evaluators: string[];
  /**
   * How many evaluators' answers the vendor's score combines: a file without `evaluator:` counts
   * as one, a moderator's file (a `moderated` block, no answers) as none.
   */
  panel: number;
  profile: Record<string, unknown>;
  files: string[];
}

/**
 * A node whose raw weight `--weights` replaced for this run. Every output states it, so a
 * ranking made with ad-hoc weights never passes for the set's own weighting.
 */
export interface WeightOverride {
  id: string;
  name: string;
  /** The raw weight given (`--weights pricing=40` → 40). */
  weight: number;
  /** The raw weight the set gives the node. */
  setWeight: number;
  /** The set's weight range for the node, when it gives one (`setWeight` is its middle). */
  setRange?: WeightRange | undefined;
  /** The node's effective global weight with every override applied (all criteria sum to 1). */
  global: number;
}

/**
 * A vendor file `rank --skip-invalid` left out, so the others could be ranked. Every output
 * lists these and says the ranking is partial.
 */
export interface SkippedFile {
  /** The file as shown (relative to the working directory). */
  file: string;
  /** The vendor id the file was for (its `vendor:` key, else its name); null when unknown. */
  vendor: string | null;
  /** The file's first error in file order; null for a file skipped with its vendor's broken one. */
  error: { rule: string; message: string; line: number; column: number } | null;
  /** For a file skipped only because another file of the same vendor was: that file. */
  with?: string | undefined;
}

/** The result of ranking every vendor under one criteria set and method. */
export interface Ranking {
  criteriaSet: { id: string; name: string; version?: number | string | undefined };
  method: string;
  /** `--weights` overrides in the order given; empty when the set's own weights were used. */
  weightOverrides: WeightOverride[];
  /** Vendor files `--skip-invalid` left out; empty for a complete ranking. */
  skipped: SkippedFile[];
  /** Method-level results (e.g. VIKOR's `compromise`), spread into the top of the JSON. */
  methodSummary?: Record<string, unknown> | undefined;
  missing: MissingPolicy;
  /** Top-level nodes (categories and included sets) in tree order. */
  topLevel: { id: string; name: string; weight: number }[];
  vendors: VendorResult[];
  /** `rank --robustness`: each vendor's P(rank 1) over the weight draws, with the settings. */
  robustness?: RankRobustness | undefined;
}
