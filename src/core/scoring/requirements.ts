import type { RequirementKnockout } from '../model/ranking.js';
import type {
  AnswerValue,
  ConditionTest,
  CriteriaSet,
  Criterion,
  Requirement,
} from '../model/types.js';
import { describeMust, formatValue, passesMust } from './knockout.js';

/** One criterion's answers for one vendor: the merged value and each evaluator's. */
export interface RuleAnswer {
  merged: AnswerValue | null;
  each: readonly AnswerValue[];
}

/**
 * The ids of the criteria whose `must` a rule judges (named in `anyOf`, `allOf` or `then`).
 * Their `must` is the rule's test for them, so it knocks out only through the rule: an `anyOf`
 * of two criteria that each knocked out on their own would require both.
 */
export function ruledCriteria(set: Pick<CriteriaSet, 'requires'>): Set<string> {
  return new Set(set.requires.flatMap((r) => r.criteria));
}

const numeric = (c: Criterion): boolean =>
  c.type === 'number' || c.type === 'scale' || c.type === 'cost';

/**
 * Whether a criterion passes inside a rule: its own `must`, or `true` for a boolean without one
 * (validate refuses any other criterion without a `must` in a rule). Unanswered fails; every
 * evaluator's answer must pass, numbers are judged on their mean, as for a `must` on its own.
 */
export function passesInRule(c: Criterion, a: RuleAnswer): boolean {
  if (a.merged === null) return false;
  const rule = c.must ?? (c.type === 'boolean' ? { kind: 'true' as const } : undefined);
  if (!rule) return false;
  const values = numeric(c) ? [a.merged] : a.each;
  return values.length > 0 && values.every((v) => passesMust(rule, v));
}

/** Whether one answer matches a `when` test: a value equal (for a list: included), or a form. */
export function matchesCondition(test: ConditionTest, value: AnswerValue): boolean {
  if (test.kind !== 'equals') return passesMust(test, value);
  return Array.isArray(value) ? value.includes(test.value) : value === test.value;
}

/**
 * Whether a `when` condition is met. Unanswered counts as met (the stricter case: the `then`
 * criteria must pass); with several evaluators, one matching answer is enough (again the
 * stricter reading); numbers are judged on their mean.
 */
export function conditionMet(c: Criterion, test: ConditionTest, a: RuleAnswer): boolean {
  if (a.merged === null) return true;
  const values = numeric(c) ? [a.merged] : a.each;
  return values.some((v) => matchesCondition(test, v));
}

/**
 * The knock-out a rule causes for one vendor, if any. `answerOf` gives the vendor's answers to
 * a criterion by id; `byId` resolves the rule's ids (validate has checked they exist, an
 * unknown one is skipped here).
 */
export function requirementKnockout(
  rule: Requirement,
  byId: ReadonlyMap<string, Criterion>,
  answerOf: (id: string) => RuleAnswer,
): RequirementKnockout | undefined {
  const named = rule.criteria.flatMap((id) => byId.get(id) ?? []);
  const failing = named.filter((c) => !passesInRule(c, answerOf(c.id)));
  let decisive: { c: Criterion; condition: boolean }[];
  if (rule.kind === 'anyOf') {
    if (failing.length < named.length) return undefined;
    decisive = named.map((c) => ({ c, condition: false }));
  } else {
    if (failing.length === 0) return undefined;
    const conditions = rule.conditions.flatMap(({ criterion, test }) => {
      const c = byId.get(criterion);
      return c ? [{ c, test }] : [];
    });
    if (!conditions.every(({ c, test }) => conditionMet(c, test, answerOf(c.id)))) return undefined;
    decisive = [
      ...conditions.map(({ c }) => ({ c, condition: true })),
      ...failing.map((c) => ({ c, condition: false })),
    ];
  }
  const parts = decisive.map(({ c, condition }) => answerPart(c, answerOf(c.id), condition));
  return {
    requirement: rule.name,
    criteria: decisive.map(({ c }) => c.id),
    reason: `${rule.name}: ${parts.join(', ')}`,
  };
}

/** `ISO 27001 no`, `Breach notice 96 h (must be at most 72 h)`, `Health data not answered`. */
function answerPart(c: Criterion, a: RuleAnswer, condition: boolean): string {
  const unit = c.type === 'number' && c.unit ? ` ${c.unit}` : '';
  if (a.merged === null) return `${c.name} not answered${condition ? ' (counts as met)' : ''}`;
  const value = `${c.name} ${formatValue(a.merged)}${unit}`;
  // A threshold says how far off the answer was; a boolean's `true` and a list of accepted
  // options would only repeat what the answer already shows.
  if (condition || !c.must || !['min', 'max', 'range'].includes(c.must.kind)) return value;
  return `${value} (${describeMust(c.must, c.type === 'number' ? c.unit : undefined)})`;
}
