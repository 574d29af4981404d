import type {
  AlphaLevel,
  CombineRule,
  ConsensusResult,
  CriterionAgreement,
  Disagreement,
  EvaluatorDistance,
} from '../model/consensus.js';
import type { Answer, AnswerValue, CriteriaSet, Criterion, Vendor } from '../model/types.js';
import { evaluateVendors, referenceStats } from '../scoring/evaluate.js';
import { utilityOf, type ColumnStats } from '../scoring/utility.js';
import { krippendorffAlpha, type AlphaValue } from './krippendorff.js';
import { median } from './robust-spread.js';

/**
 * The name an answer from a vendor file without `evaluator:` goes by, so it still counts as one
 * evaluator's answer beside the named ones.
 */
export const unnamedEvaluator = '(no evaluator)';

/**
 * How many evaluators answered a vendor: the distinct `evaluator`s of its answers, a file without
 * one counting as one more ({@link unnamedEvaluator}). A moderator's file has no answers, so it
 * does not count.
 */
export function panelSize(v: Pick<Vendor, 'answers'>): number {
  // loops, not flat() and map(): it runs once per vendor over every answer (1,000 × 200); and
  // forEach and an index, not for…of, which allocates an iterator result per step in cold code
  const evaluators = new Set<string>();
  v.answers.forEach((answers) => {
    for (let i = 0; i < answers.length; i++)
      evaluators.add(answers[i]?.evaluator ?? unnamedEvaluator);
  });
  return evaluators.size;
}

/**
 * Combines the evaluators' utilities of one vendor on one criterion (`--combine`): their mean,
 * their median, or the lowest (the most cautious reading). `utilities` must not be empty.
 */
export function combineUtilities(rule: CombineRule, utilities: readonly number[]): number {
  if (utilities.length === 0) throw new Error('combineUtilities: no utilities to combine');
  switch (rule) {
    case 'mean':
      return utilities.reduce((s, u) => s + u, 0) / utilities.length;
    case 'median':
      return median(utilities);
    case 'min':
      return Math.min(...utilities);
  }
}

/**
 * Krippendorff's level for a criterion type (SPEC "consensus --format json"): `ordinal` for
 * `scale` and `choice`, `interval` for `number`, `nominal` for `boolean` and `multi`;
 * undefined for `pairwise` and `cost`, which evaluators do not answer (the one is judged in
 * pairs by the committee, the other is computed from the vendor's bid).
 */
export function alphaLevelOf(c: Criterion): AlphaLevel | undefined {
  switch (c.type) {
    case 'scale':
    case 'choice':
      return 'ordinal';
    case 'number':
      return 'interval';
    case 'boolean':
    case 'multi':
      return 'nominal';
    case 'pairwise':
    case 'cost':
      return undefined;
  }
}

/**
 * An answer as Krippendorff's α reads it: a scale's or number's value; a choice's option score
 * (its order is the order of the options' scores); a boolean as `yes`/`no`; a multi's chosen
 * values, sorted, as one category. Null for a value the criterion does not know.
 */
export function alphaValueOf(c: Criterion, value: AnswerValue): AlphaValue | null {
  switch (c.type) {
    case 'scale':
    case 'number':
      return typeof value === 'number' ? value : null;
    case 'choice':
      return c.options.find((o) => o.value === value)?.score ?? null;
    case 'boolean':
      return value === true ? 'yes' : value === false ? 'no' : null;
    case 'multi':
      return Array.isArray(value) ? JSON.stringify(value.map(String).sort()) : null;
    case 'pairwise':
    case 'cost':
      return null;
  }
}

/** One vendor's answers to one criterion, evaluator by evaluator. */
export interface PanelEntry {
  vendor: string;
  criterion: string;
  /** Evaluator → the answer as written, in evaluator order. */
  values: Record<string, AnswerValue>;
  /** Evaluator → the answer's utility. */
  utilities: Record<string, number>;
  /** Highest minus lowest utility (0 for one answer). */
  range: number;
  /** Population standard deviation of the utilities. */
  sd: number;
  /** The utilities combined by the rule, or the moderated value's utility when there is one. */
  combined: number;
  moderated: boolean;
}

/** What {@link analyseConsensus} finds: the SPEC's result and every vendor × criterion entry. */
export interface ConsensusAnalysis {
  result: ConsensusResult;
  /** Every vendor × answered criterion (vendors in the given order, criteria in set order). */
  entries: PanelEntry[];
  /** The most evaluators any one vendor has (0 without answers): 1 means nothing to compare. */
  largestPanel: number;
}

/**
 * Where evaluators agree and disagree: per criterion Krippendorff's α over the vendors (units)
 * and evaluators (coders), per vendor and criterion the spread of the evaluators' utilities,
 * and each evaluator's distance from the rest. Utilities are the ones `rank` uses: a relative
 * `number` scoring reads the same column statistics (the eligible vendors' merged answers).
 * `costs` (vendor id → contract cost) only matter for a set whose `cost` criterion has a
 * `must`, which decides who is eligible.
 */
export function analyseConsensus(
  set: CriteriaSet,
  vendors: readonly Vendor[],
  combine: CombineRule = 'mean',
  costs: ReadonlyMap<string, number> = new Map(),
): ConsensusAnalysis {
  const evaluations = evaluateVendors(set, vendors, costs);
  const eligible = evaluations.map((e) => e.eligible);
  const evaluatorOf = (a: Answer): string => a.evaluator ?? unnamedEvaluator;
  const evaluators = [
    ...new Set(vendors.flatMap((v) => [...v.answers.values()].flat().map(evaluatorOf))),
  ].sort();
  const largestPanel = Math.max(0, ...vendors.map(panelSize));
  const criteria: CriterionAgreement[] = [];
  const entries: PanelEntry[] = [];
  set.criteria.forEach((c, j) => {
    const level = alphaLevelOf(c);
    if (!level) return;
    const stats: ColumnStats | undefined =
      c.type === 'number' && c.scoring.kind === 'relative'
        ? referenceStats(
            evaluations.map((e) => e.criteria[j]?.value ?? null),
            eligible,
          )
        : undefined;
    const units = vendors.map((v) => {
      const given = (v.answers.get(c.id) ?? []).filter(
        (a): a is Answer & { value: AnswerValue } => a.value !== null,
      );
      const row = evaluators.map((name) => {
        const a = given.find((x) => evaluatorOf(x) === name);
        return a ? alphaValueOf(c, a.value) : null;
      });
      if (given.length > 0) entries.push(entryOf(c, v, given, evaluatorOf, combine, stats));
      return row;
    });
    const { alpha, pairable } = krippendorffAlpha(units, level);
    criteria.push({ id: c.id, level, alpha, pairable });
  });
  const disagreements: Disagreement[] = entries
    .filter((e) => Object.keys(e.values).length >= 2 && e.range > 0)
    .map((e) => ({
      vendor: e.vendor,
      criterion: e.criterion,
      range: e.range,
      sd: e.sd,
      values: e.values,
      moderated: e.moderated,
      combined: e.combined,
    }))
    .sort(
      (a, b) =>
        b.range - a.range || compareIds(a.vendor, b.vendor) || compareIds(a.criterion, b.criterion),
    );
  return {
    result: {
      evaluators,
      combine,
      criteria,
      disagreements,
      furthest: furthestEvaluators(evaluators, entries),
    },
    entries,
    largestPanel,
  };
}

/** One vendor × criterion: the answers, their utilities and spread, and the combination. */
function entryOf(
  c: Criterion,
  v: Vendor,
  given: readonly (Answer & { value: AnswerValue })[],
  evaluatorOf: (a: Answer) => string,
  combine: CombineRule,
  stats: ColumnStats | undefined,
): PanelEntry {
  const sorted = [...given].sort((a, b) => compareIds(evaluatorOf(a), evaluatorOf(b)));
  const utilities = sorted.map((a) => utilityOf(c, a.value, stats));
  const mean = utilities.reduce((s, u) => s + u, 0) / utilities.length;
  const moderation = v.moderated?.get(c.id);
  return {
    vendor: v.id,
    criterion: c.id,
    values: Object.fromEntries(sorted.map((a) => [evaluatorOf(a), a.value])),
    utilities: Object.fromEntries(sorted.map((a, i) => [evaluatorOf(a), utilities[i] as number])),
    range: Math.max(...utilities) - Math.min(...utilities),
    sd: Math.sqrt(utilities.reduce((s, u) => s + (u - mean) ** 2, 0) / utilities.length),
    combined: moderation
      ? utilityOf(c, moderation.value, stats)
      : combineUtilities(combine, utilities),
    moderated: moderation !== undefined,
  };
}

/**
 * Each evaluator's mean absolute distance between their utility and the mean of the other
 * evaluators' utilities, over the vendor × criterion entries they share with at least one other
 * evaluator; furthest first (ties by name). An evaluator who shares no entry is left out.
 */
export function furthestEvaluators(
  evaluators: readonly string[],
  entries: readonly Pick<PanelEntry, 'utilities'>[],
): EvaluatorDistance[] {
  const out: EvaluatorDistance[] = [];
  for (const name of evaluators) {
    let sum = 0;
    let count = 0;
    for (const e of entries) {
      const own = e.utilities[name];
      if (own === undefined) continue;
      const others = Object.entries(e.utilities).filter(([k]) => k !== name);
      if (others.length === 0) continue;
      const mean = others.reduce((s, [, u]) => s + u, 0) / others.length;
      sum += Math.abs(own - mean);
      count++;
    }
    if (count > 0) out.push({ evaluator: name, meanDistance: sum / count, answers: count });
  }
  return out.sort(
    (a, b) => b.meanDistance - a.meanDistance || compareIds(a.evaluator, b.evaluator),
  );
}

/** Code-unit order, the same on every machine (ids are ASCII). */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
