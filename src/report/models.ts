import type { Issue } from '../core/issues.js';
import type { DecisionChange, PolicyOutcome } from '../core/model/check.js';
import type { Ranking, VendorResult, WeightOverride } from '../core/model/ranking.js';
import type { CriteriaSet } from '../core/model/types.js';
import type { AhpReport, NodeWeight } from '../core/scoring/weights.js';
import type { Comparison } from './compare-rows.js';

/** What `explain` renders: one vendor of a ranking, with the set it was scored under. */
export interface ExplainModel {
  set: CriteriaSet;
  ranking: Ranking;
  vendor: VendorResult;
}

/** What `compare` renders: the comparison and how many criteria rows to show (`--top`). */
export interface CompareModel {
  comparison: Comparison;
  shown: number;
}

/** What `weights` renders: the effective weight of every node, and the AHP reports. */
export interface WeightsModel {
  set: CriteriaSet;
  weights: ReadonlyMap<string, NodeWeight>;
  /** Defaults to the AHP reports of the set's own tree. */
  ahp?: readonly AhpReport[] | undefined;
  /** `--weights` overrides applied to `weights` (none by default). */
  weightOverrides?: readonly WeightOverride[] | undefined;
}

/** What `criteria show` renders. */
export interface CriteriaShowModel {
  set: CriteriaSet;
  weights: ReadonlyMap<string, NodeWeight>;
  /** The set's own file as written (`--format yaml`), after it loaded without errors. */
  text: string;
}

/** What `validate` renders: the problems found and the files checked. */
export interface ValidateModel {
  issues: readonly Issue[];
  files: readonly string[];
}

/**
 * What `check` renders: `validate`'s problems (policy failures among them, placed at their
 * cause), plus the ranking the policy was judged on, every policy outcome, and what the change
 * did when `--base` was given. The validate formats render a check through the fields they share.
 */
export interface CheckModel extends ValidateModel {
  /** The project file, as shown (relative to the working directory). */
  configFile: string;
  /** The ranking the policy was judged on; undefined when the files had errors. */
  ranking?: Ranking | undefined;
  /** Every rule × subject outcome, passes included, in policy order. */
  policy: readonly PolicyOutcome[];
  /**
   * The rule ids the project file's policy sets, in the SPEC's order (`policy/min-score`, …):
   * what a report of a policy not judged (the files have errors) lists as skipped.
   */
  policyRules?: readonly string[] | undefined;
  /** `--base`: what the change did to the decision. */
  change?: DecisionChange | undefined;
}

/** Eligible vendors of a ranking (for "rank 2 of 5"). */
export function eligibleCount(ranking: Ranking): number {
  return ranking.vendors.filter((v) => v.eligible).length;
}
