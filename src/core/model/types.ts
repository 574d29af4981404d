import type {
  DemandInput,
  OptionValue,
  PreferenceInput,
  WeightingInput,
} from './criteria-schema.js';
import type { PricingInput } from './vendor-schema.js';

/** Where a value came from: a file and the key path inside it (resolved to line:column by io). */
export interface Origin {
  file: string;
  path: (string | number)[];
}

/** How a `number` criterion turns a value into a utility. */
export type NumberScoring =
  | { kind: 'linear'; worst: number; best: number }
  | { kind: 'points'; points: [number, number][] }
  | {
      kind: 'relative';
      relative: 'ratio' | 'minmax' | 'sum';
      /** The set gave no `scoring`, so min–max was filled in (validate warns on it). */
      defaulted?: true;
    };

/** A knock-out rule, one form per criterion type. */
export type MustRule =
  | { kind: 'true' }
  | { kind: 'min'; min: number }
  | { kind: 'max'; max: number }
  | { kind: 'range'; min?: number | undefined; max?: number | undefined }
  | { kind: 'oneOf'; values: OptionValue[] }
  | { kind: 'includes'; values: OptionValue[] };

/** A `when` condition's test on one answer: a value it must equal, or a `must` form. */
export type ConditionTest = { kind: 'equals'; value: OptionValue } | MustRule;

/**
 * A knock-out rule across criteria (`requires`). `anyOf`: at least one of `criteria` passes;
 * `allOf`: each passes; `when`: each passes when every condition is met (an unanswered
 * condition counts as met). A criterion passes by its own `must`, or by `true` for a boolean.
 */
export interface Requirement {
  name: string;
  kind: 'anyOf' | 'allOf' | 'when';
  /** The criteria that must pass (`anyOf`, `allOf` or `then`), by id. */
  criteria: string[];
  /** `when` conditions, in the order written; empty for `anyOf` and `allOf`. */
  conditions: { criterion: string; test: ConditionTest }[];
  /** Where the rule is written. */
  origin: Origin;
}

interface CriterionCommon {
  kind: 'criterion';
  id: string;
  name: string;
  question: string | undefined;
  help: string | undefined;
  /** Raw relative weight as written (default 1; the middle of `weightRange` when one is given). */
  weight: number;
  /** `weight: {min, max}`: the committee's low and high, drawn uniformly by `sensitivity`. */
  weightRange?: WeightRange | undefined;
  must: MustRule | undefined;
  evidence: 'required' | 'optional' | undefined;
  /** PROMETHEE II preference function, when the set gives one. */
  preference: PreferenceInput | undefined;
  /** Ids of the groups from the top level down to this criterion's parent. */
  path: string[];
  origin: Origin;
}

export interface ScaleCriterion extends CriterionCommon {
  type: 'scale';
  min: number;
  max: number;
  rubric: Map<number, string>;
}
export interface NumberCriterion extends CriterionCommon {
  type: 'number';
  unit: string | undefined;
  direction: 'higher' | 'lower';
  min: number | undefined;
  max: number | undefined;
  scoring: NumberScoring;
}
export interface BooleanCriterion extends CriterionCommon {
  type: 'boolean';
}
export interface ChoiceOption {
  value: OptionValue;
  label: string | undefined;
  score: number;
}
export interface ChoiceCriterion extends CriterionCommon {
  type: 'choice';
  options: ChoiceOption[];
}
export interface MultiOption {
  value: OptionValue;
  label: string | undefined;
  points: number;
}
export interface MultiCriterion extends CriterionCommon {
  type: 'multi';
  options: MultiOption[];
  /** Points that give full marks; defaults to the sum of all option points. */
  cap: number;
}
export interface CostCriterion extends CriterionCommon {
  type: 'cost';
  scoring:
    { kind: 'lowest-price' } | { kind: 'linear'; worst: number; best: number } | { kind: 'minmax' };
}

/** A criterion judged by comparing the vendors in pairs (AHP relative measurement). */
export interface PairwiseCriterion extends CriterionCommon {
  type: 'pairwise';
  /** [vendor-a, vendor-b, r] as written (inline or read from `comparisonsFile`). */
  comparisons: [string, string, number | string][];
  /** The file the comparisons are read from, as written (relative to the set file). */
  comparisonsFile: string | undefined;
  /** Where the comparisons are written: the criterion's key, or the top of `comparisonsFile`. */
  comparisonsOrigin: Origin;
  synthesis: 'ideal' | 'distributive';
  riTable: 'saaty' | 'donegan-dodd' | 'alonso-lamata';
}

/** A criterion after normalisation: defaults filled, `must` in one shape. */
export type Criterion =
  | ScaleCriterion
  | NumberCriterion
  | BooleanCriterion
  | ChoiceCriterion
  | MultiCriterion
  | CostCriterion
  | PairwiseCriterion;

/** A category or an included set: a weighted group of nodes. */
export interface GroupNode {
  kind: 'group';
  id: string;
  name: string;
  description: string | undefined;
  /** Raw relative weight as written (default 1; the middle of `weightRange` when one is given). */
  weight: number;
  /** `weight: {min, max}`: the committee's low and high, drawn uniformly by `sensitivity`. */
  weightRange?: WeightRange | undefined;
  /** `category` for a category, `set` for an included criteria set. */
  source: 'category' | 'set';
  weighting: WeightingInput | undefined;
  children: TreeNode[];
  path: string[];
  /** Where the node's weight is written (for an included set: its `include` entry). */
  origin: Origin;
  /** Where the group's content is written (for an included set: the top of its own file). */
  definition: Origin;
  /** The group's own `requires` rules (not those of its sub-groups). */
  requires: Requirement[];
}

export type TreeNode = GroupNode | Criterion;

/** A criteria set after includes are resolved: one tree, ids unique across it. */
export interface CriteriaSet {
  id: string;
  name: string;
  version: number | string | undefined;
  description: string | undefined;
  method: string;
  methodOptions: Record<string, unknown>;
  /** The top-level group; its children are the set's own categories, criteria and includes. */
  root: GroupNode;
  /** Every criterion in tree order (depth first). */
  criteria: Criterion[];
  /** The buyer's workload for `cost` (the set's own, else the first included set's) and where it is written. */
  demand: { input: DemandInput; origin: Origin } | undefined;
  /** Every `requires` rule of the tree (set, categories, included sets), in tree order. */
  requires: Requirement[];
  /** The set's file, as shown (relative to the working directory). */
  file: string;
  /** True for a shipped set (named by id or by its path): hints then name it by id. */
  builtin?: boolean | undefined;
}

/** The value a vendor gave for one criterion. */
export type AnswerValue = number | boolean | string | OptionValue[];

/** A raw weight stated as a range (SMAA-2 interval weights). */
export interface WeightRange {
  min: number;
  max: number;
}

/**
 * An answer stated as a range: `{min, max}` (uniform) or `{low, mode, high}` (triangular).
 * `sensitivity` draws it; every other command uses the answer's `value` (its expected value).
 */
export type AnswerRange =
  | { kind: 'uniform'; min: number; max: number }
  | { kind: 'triangular'; low: number; mode: number; high: number };

/** The value a moderator agreed for one criterion of a vendor, overriding the evaluators' combination. */
export interface Moderation {
  value: AnswerValue;
  rationale: string;
  /** Who moderated. */
  by: string;
  /** When it was agreed, as written (optional). */
  date?: string | undefined;
  origin: Origin;
}

/** One evaluator's answer to one criterion. */
export interface Answer {
  /**
   * Null when the criterion is not answered yet but the file says something about it
   * (`{ value: ~, note: "audited figure due in March" }`): kept for its note and evidence.
   */
  value: AnswerValue | null;
  evidence: string | undefined;
  note: string | undefined;
  evaluator: string | undefined;
  /** The range the answer was stated as, when it was one (then `value` is its expected value). */
  range?: AnswerRange | undefined;
  origin: Origin;
}

/** A vendor after its files are merged: answers keyed by criterion id. */
export interface Vendor {
  id: string;
  name: string;
  evaluators: string[];
  profile: Record<string, unknown>;
  /** Criterion id → answers (one per evaluator who answered). */
  answers: Map<string, Answer[]>;
  pricing: PricingInput | undefined;
  /**
   * The file the `pricing` is written in, when that is not `origin`'s (another evaluator's file
   * of the vendor holds it), so a problem with the bid points at the bid.
   */
  pricingFile?: string | undefined;
  files: string[];
  origin: Origin;
  /** Criterion id → the moderated value that overrides the evaluators' answers. */
  moderated?: Map<string, Moderation> | undefined;
}

export type { OptionValue };
