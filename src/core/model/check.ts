import type { Issue } from '../issues.js';
import type { AnswerValue } from './types.js';

/** How one policy rule came out for one subject. */
export type PolicyStatus = 'passed' | 'failed' | 'not-evaluated';

/**
 * One policy rule of `vendor-eval.config.yaml` judged for one subject: a vendor, or the project
 * as a whole. `check` lists every outcome (JUnit makes each a test case), passes included.
 */
export interface PolicyOutcome {
  /** The rule id, e.g. `policy/min-score` (the catalogue in `core/rules.ts`). */
  rule: string;
  /** The policy key that set the rule, e.g. `minScore`. */
  key: string;
  /** The vendor judged; null for a rule about the project (AHP consistency of the set). */
  vendor: string | null;
  status: PolicyStatus;
  /** One plain sentence with the figures: `northwind-cx scores 81.3; the policy asks at least 60`. */
  message: string;
  /**
   * For a failed rule: the problem placed at what caused it (the vendor's answer, its pricing,
   * or the policy line). It is also in the check's `issues`, so every format reports it.
   */
  issue?: Issue | undefined;
  /**
   * A failure with several causes (`requireEvidence`: each answer without a source): the
   * problems after `issue`, likewise in the check's `issues`.
   */
  furtherIssues?: Issue[] | undefined;
}

/** A vendor's standing before and after a change (`check --base`). */
export interface VendorStanding {
  rank: number | null;
  score: number;
  eligible: boolean;
}

/**
 * What a change did to the decision (`check --base <ref>`): the project evaluated at the ref
 * (read with git) against the working tree.
 */
export interface DecisionChange {
  /** The ref as given (`main`, `HEAD~1`). */
  base: string;
  /** The commit it names, abbreviated. */
  commit: string;
  /**
   * Why the project could not be evaluated at the ref (no project file there, a file with
   * errors); every list below is then empty and the winners are null.
   */
  baseProblem: string | null;
  winner: { before: string | null; after: string | null; changed: boolean };
  /** Every vendor of either side, in the order of the ranking after; null = not in that side. */
  vendors: {
    id: string;
    name: string;
    before: VendorStanding | null;
    after: VendorStanding | null;
  }[];
  /**
   * Top-level nodes (categories, included sets) whose global weight changed: one raised weight
   * moves every criterion's global weight, so this is what a reviewer reads first.
   */
  groups: { id: string; name: string; before: number | null; after: number | null }[];
  /** Criteria whose global weight changed (added or removed ones have a null side). */
  weights: { id: string; name: string; before: number | null; after: number | null }[];
  /** Answers that changed: the merged answer each vendor's score was made from. */
  answers: {
    vendor: string;
    criterion: string;
    before: AnswerValue | null;
    after: AnswerValue | null;
  }[];
  /** Whether the method, the criteria set's id or its version changed, as text lines. */
  other: string[];
}
