import { groupedNumber } from '../number-text.js';
import type { CriterionKnockout } from '../model/ranking.js';
import type { AnswerValue, Criterion, MustRule } from '../model/types.js';

/** The rule as a reader sees it: `must be true`, `at least 75 %`, `one of a, b`. */
export function describeMust(rule: MustRule, unit?: string): string {
  const u = unit ? ` ${unit}` : '';
  switch (rule.kind) {
    case 'true':
      return 'must be yes';
    case 'min':
      return `must be at least ${rule.min}${u}`;
    case 'max':
      return `must be at most ${rule.max}${u}`;
    case 'range':
      return `must lie between ${rule.min ?? '−∞'} and ${rule.max ?? '∞'}${u}`;
    case 'oneOf':
      return `must be one of ${rule.values.map(String).join(', ')}`;
    case 'includes':
      return `must include ${rule.values.map(String).join(', ')}`;
  }
}

/** True when `value` satisfies the rule. */
export function passesMust(rule: MustRule, value: AnswerValue): boolean {
  switch (rule.kind) {
    case 'true':
      return value === true;
    case 'min':
      return typeof value === 'number' && value >= rule.min;
    case 'max':
      return typeof value === 'number' && value <= rule.max;
    case 'range':
      return (
        typeof value === 'number' &&
        (rule.min === undefined || value >= rule.min) &&
        (rule.max === undefined || value <= rule.max)
      );
    case 'oneOf':
      return rule.values.some((v) => v === value);
    case 'includes':
      return Array.isArray(value) && rule.values.every((v) => value.includes(v));
  }
}

/**
 * The knock-out a criterion's answers cause, if any. Every evaluator's answer must pass (a
 * must-have is not met while one evaluator found it missing); numeric answers are judged on
 * their merged mean. An unanswered must-have is a knock-out: it is not shown to be met.
 */
export function knockoutOf(
  c: Criterion,
  merged: AnswerValue | null,
  each: readonly AnswerValue[],
): CriterionKnockout | undefined {
  if (!c.must) return undefined;
  const unit = c.type === 'number' ? c.unit : undefined;
  const rule = describeMust(c.must, unit);
  if (merged === null) {
    return { criterion: c.id, rule, value: null, reason: `${c.name}: not answered (${rule})` };
  }
  // a pairwise criterion's value is its utility, computed rather than answered
  const numeric =
    c.type === 'number' || c.type === 'scale' || c.type === 'pairwise' || c.type === 'cost';
  const values = numeric ? [merged] : each;
  const failing = values.find((v) => !passesMust(c.must as MustRule, v));
  if (failing === undefined) return undefined;
  return {
    criterion: c.id,
    rule,
    value: merged,
    // a contract cost reads as money: 179,286 contract, not 179285.71
    reason: `${c.name}: ${c.type === 'cost' && typeof failing === 'number' ? `${groupedNumber(failing)} contract` : formatValue(failing)} (${rule})`,
  };
}

/** An answer as a reader sees it: yes, no, a list joined by commas, `none` for an empty list. */
export function formatValue(v: AnswerValue): string {
  if (v === true) return 'yes';
  if (v === false) return 'no';
  if (Array.isArray(v)) return v.length ? v.map((x) => formatValue(x)).join(', ') : 'none';
  return String(v);
}
