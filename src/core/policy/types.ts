import type { Issue } from '../issues.js';
import type { PolicyOutcome } from '../model/check.js';
import type { Policy } from '../model/config-schema.js';
import type { Ranking } from '../model/ranking.js';
import type { CriteriaSet, Origin, Vendor } from '../model/types.js';
import type { RuleId } from '../rules.js';

/** The consistency ratio of one set of AHP judgements: a group's weights or a pairwise criterion. */
export interface ConsistencyFigure {
  /** The id of the AHP-weighted group (the set id for the top level) or the pairwise criterion. */
  node: string;
  kind: 'weights' | 'pairwise';
  cr: number;
  /** Where the judgements are written: the group's `weighting`, the criterion's comparisons. */
  origin: Origin;
}

/** Everything a policy rule may judge: the project as `rank` ranks it. */
export interface PolicyInput {
  policy: Policy;
  ranking: Ranking;
  set: CriteriaSet;
  /** The loaded vendors: their answers' evidence and the file each answer is written in. */
  vendors: readonly Vendor[];
  /** Every AHP judgement of the set with its consistency ratio ({@link consistencyFigures}). */
  consistency: readonly ConsistencyFigure[];
  /** The project file, as shown: failures of the project as a whole are placed there. */
  configFile: string;
  /**
   * Whether a file (as shown) writes a key path: a bare `~` answer is written though it leaves
   * no answer behind, and a failure about it belongs on its line. Without it, only answers the
   * vendors hold count as written.
   */
  writes?: (file: string, path: readonly (string | number)[]) => boolean;
}

/** The policy keys that are rules (`selected` only names the vendor they judge). */
export type PolicyKey = Exclude<keyof Policy, 'selected'>;

/**
 * One rule of the policy: its key in `vendor-eval.config.yaml`, its rule id, and how it judges
 * a project. It is evaluated only when the policy sets the key. A failed (or not-evaluated)
 * outcome carries an issue with `file` and key `path`; io places it.
 */
export interface PolicyRule {
  key: PolicyKey;
  rule: RuleId;
  evaluate(input: PolicyInput): PolicyOutcome[];
}

/** An issue at a key of the policy in the project file: `policy.<key>`. */
export function atPolicy(
  input: PolicyInput,
  key: keyof Policy,
  issue: Omit<Issue, 'file' | 'path'>,
): Issue {
  return { ...issue, file: input.configFile, path: ['policy', key] };
}
