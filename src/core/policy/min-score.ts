import type { PolicyOutcome } from '../model/check.js';
import { figure, limitText, meets, noEligibleVendor, selectedOrWinner } from './subject.js';
import { atPolicy, type PolicyInput, type PolicyRule } from './types.js';

const id = { key: 'minScore', rule: 'policy/min-score' } as const;

/**
 * `minScore`: the selected vendor (else the winner) scores at least this (0–100), a score that
 * ties with the minimum meeting it. Without `selected` and with no eligible vendor it fails:
 * no vendor can be awarded.
 */
export const minScoreRule: PolicyRule = { ...id, evaluate };

function evaluate(input: PolicyInput): PolicyOutcome[] {
  const limit = input.policy.minScore;
  if (limit === undefined) return [];
  const subject = selectedOrWinner(input);
  if (!subject) {
    return [noEligibleVendor(input, id, `the policy asks a score of at least ${limitText(limit)}`)];
  }
  const { vendor, label } = subject;
  const message = `${label} scores ${figure(vendor.score, limit, 1)}; the policy asks at least ${limitText(limit)}`;
  const base = { ...id, vendor: vendor.id, message };
  if (meets('min', vendor.score, limit)) return [{ ...base, status: 'passed' }];
  const issue = atPolicy(input, id.key, {
    severity: 'error',
    rule: 'policy/min-score',
    message,
    hint: 'award a vendor that reaches the minimum, or change minScore through your approval process',
  });
  return [{ ...base, status: 'failed', issue }];
}
