import type { VendorResult } from '../model/ranking.js';
import type { Issue } from '../issues.js';
import type { PolicyOutcome } from '../model/check.js';
import { atPolicy, type PolicyInput, type PolicyKey } from './types.js';
import type { RuleId } from '../rules.js';
import { groupedNumber } from '../number-text.js';

/** The vendor a rule about "the selected vendor, else the winner" judges, as the message names it. */
export interface Subject {
  vendor: VendorResult;
  /** `selected vendor northwind-cx` or `winner northwind-cx`. */
  label: string;
}

/**
 * The selected vendor, else the winner (the first eligible vendor of the ranking); undefined
 * when there is neither (no `selected`, no eligible vendor).
 */
export function selectedOrWinner(input: PolicyInput): Subject | undefined {
  const { selected } = input.policy;
  if (selected !== undefined) {
    const vendor = input.ranking.vendors.find((v) => v.id === selected);
    return vendor && { vendor, label: `selected vendor ${vendor.id}` };
  }
  const winner = input.ranking.vendors.find((v) => v.rank === 1);
  return winner && { vendor: winner, label: `winner ${winner.id}` };
}

/** The not-evaluated outcome of a rule, with the warning that says why (at its policy line). */
export function notEvaluated(
  input: PolicyInput,
  rule: { key: PolicyKey; rule: RuleId },
  vendor: string | null,
  why: string,
  hint?: string,
): PolicyOutcome {
  const message = `${rule.key} not evaluated: ${why}`;
  const issue: Issue = atPolicy(input, rule.key, {
    severity: 'warning',
    rule: 'policy/not-evaluated',
    message,
    hint,
  });
  return { rule: rule.rule, key: rule.key, vendor, status: 'not-evaluated', message, issue };
}

/** "no vendor is eligible": why a rule about the winner is not evaluated. */
export const noWinner =
  'no vendor is eligible, so there is no winner to judge; name the vendor with `selected`';

/**
 * A figure as a message shows it beside a limit: `digits` decimals (thousands grouped when
 * `grouped`), more when fewer would make a figure that misses the limit read as the limit
 * (59.96 against 60 is `59.96`, never `60.0`).
 */
export function figure(value: number, limit: number, digits: number, grouped = false): string {
  let d = digits;
  while (d < 6 && value !== limit && Number(value.toFixed(d)) === limit) d++;
  return grouped ? groupedNumber(value, d) : value.toFixed(d);
}

/** A limit as the policy wrote it, for messages (`60`, `250,000`, `0.1`). */
export function limitText(limit: number, grouped = false): string {
  const decimals = String(limit).split('.')[1]?.length ?? 0;
  return grouped ? groupedNumber(limit, decimals) : String(limit);
}

/** At most `max` ids, then "and N more": `a, b, c and 5 more`. */
export function idList(ids: readonly string[], max = 5): string {
  if (ids.length <= max) return ids.join(', ');
  return `${ids.slice(0, max).join(', ')} and ${ids.length - max} more`;
}
