import type { VendorResult } from '../model/ranking.js';
import type { Issue } from '../issues.js';
import type { PolicyOutcome } from '../model/check.js';
import { atPolicy, type PolicyInput, type PolicyKey } from './types.js';
import type { RuleId } from '../rules.js';
import { groupedNumber } from '../number-text.js';
import { tiesWith } from '../scoring/competition-rank.js';

/** The vendor a rule about "the selected vendor, else the winner" judges, as the message names it. */
export interface Subject {
  vendor: VendorResult;
  /** `selected vendor northwind-cx` or `winner northwind-cx`. */
  label: string;
}

/**
 * The selected vendor, else the winner (the first eligible vendor of the ranking); undefined
 * when there is neither (no `selected`, no eligible vendor). A knocked-out selected vendor is
 * still judged, and its label says it cannot be awarded, so a passed line never reads as if
 * it could (`requireEligible` is the rule that fails it).
 */
export function selectedOrWinner(input: PolicyInput): Subject | undefined {
  const { selected } = input.policy;
  if (selected !== undefined) {
    const vendor = input.ranking.vendors.find((v) => v.id === selected);
    const knockedOut = vendor?.eligible ? '' : ' (knocked out, so it cannot be awarded)';
    return vendor && { vendor, label: `selected vendor ${vendor.id}${knockedOut}` };
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

/**
 * The failure of a rule about the selected vendor, else the winner, when there is neither: no
 * vendor is eligible, so none can be awarded, whatever its score or price. `limit` is the
 * rule's bar as the message states it (`the policy asks a score of at least 60`).
 */
export function noEligibleVendor(
  input: PolicyInput,
  rule: { key: PolicyKey; rule: RuleId },
  limit: string,
): PolicyOutcome {
  const message = `no vendor is eligible, so none can be awarded; ${limit}`;
  const issue = atPolicy(input, rule.key, {
    severity: 'error',
    rule: rule.rule,
    message,
    hint: 'every vendor fails a knock-out: see `vendor-eval rank` for what knocked each out',
  });
  return { rule: rule.rule, key: rule.key, vendor: null, status: 'failed', message, issue };
}

/**
 * Whether a figure is at least (`min`) or at most (`max`) a policy limit. A figure that ties
 * with the limit (within the SPEC's tie tolerance, {@link tiesWith}) meets it: 89.99999999999999
 * is the 90 that `rank` shows, not a miss by floating-point noise.
 */
export function meets(bound: 'min' | 'max', value: number, limit: number): boolean {
  if (tiesWith(limit, value)) return true;
  return bound === 'min' ? value >= limit : value <= limit;
}

/**
 * A figure as a message shows it beside a limit: `digits` decimals (thousands grouped when
 * `grouped`), more only when fewer would put it on the wrong side of the limit or on it (59.96
 * against 60 is `59.96`, never `60.0`). A figure that ties with the limit ({@link meets}) shows
 * as the limit does (89.99999999999999 against 90 is `90.0`).
 */
export function figure(value: number, limit: number, digits: number, grouped = false): string {
  const side = (x: number): number => (tiesWith(limit, x) ? 0 : Math.sign(x - limit));
  let d = Math.max(digits, tiesWith(limit, value) ? decimalsOf(limit) : 0);
  while (d < 20 && side(Number(value.toFixed(d))) !== side(value)) d++;
  return grouped ? groupedNumber(value, d) : value.toFixed(d);
}

/** How many decimals a number as written has (`0.1` → 1, `60` → 0). */
function decimalsOf(x: number): number {
  return String(x).split('.')[1]?.length ?? 0;
}

/** A limit as the policy wrote it, for messages (`60`, `250,000`, `0.1`). */
export function limitText(limit: number, grouped = false): string {
  return grouped ? groupedNumber(limit, decimalsOf(limit)) : String(limit);
}

/** At most `max` ids, then "and N more": `a, b, c and 5 more`. */
export function idList(ids: readonly string[], max = 5): string {
  if (ids.length <= max) return ids.join(', ');
  return `${ids.slice(0, max).join(', ')} and ${ids.length - max} more`;
}
