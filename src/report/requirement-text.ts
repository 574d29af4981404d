import type { ConditionTest, Requirement } from '../core/model/types.js';
import { describeMust } from '../core/scoring/knockout.js';

/** A `requires` rule in one line: `one of a, b`, `all of a, b`, `when x is v: a, b`. */
export function requirementText(r: Requirement): string {
  if (r.kind === 'anyOf') return `one of ${r.criteria.join(', ')}`;
  if (r.kind === 'allOf') return `all of ${r.criteria.join(', ')}`;
  const when = r.conditions
    .map(({ criterion, test }) => `${criterion} ${conditionText(test)}`)
    .join(' and ');
  return `when ${when}: ${r.criteria.join(', ')}`;
}

/** A `when` condition's test in words: `is eu-only`, `is at least 3`, `is one of a, b`. */
export function conditionText(test: ConditionTest): string {
  return test.kind === 'equals'
    ? `is ${String(test.value)}`
    : describeMust(test)
        .replace(/^must be /, 'is ')
        .replace(/^must /, '');
}

/** A `requires` rule as `criteria show --format json` gives it. */
export function requirementToJson(r: Requirement): {
  name: string;
  kind: Requirement['kind'];
  criteria: string[];
  when: { criterion: string; test: string }[];
  text: string;
} {
  return {
    name: r.name,
    kind: r.kind,
    criteria: r.criteria,
    when: r.conditions.map(({ criterion, test }) => ({ criterion, test: conditionText(test) })),
    text: requirementText(r),
  };
}
