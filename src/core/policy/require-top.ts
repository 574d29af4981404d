import type { PolicyOutcome } from '../model/check.js';
import { idList, notEvaluated } from './subject.js';
import { atPolicy, type PolicyInput, type PolicyRule } from './types.js';

const id = { key: 'requireTop', rule: 'policy/require-top' } as const;

/**
 * `requireTop`: the selected vendor ranks first; a first place shared with others passes (the
 * message names them). Without `selected` there is nothing to judge: not evaluated.
 */
export const requireTopRule: PolicyRule = { ...id, evaluate };

function evaluate(input: PolicyInput): PolicyOutcome[] {
  if (input.policy.requireTop !== true) return [];
  const { selected } = input.policy;
  if (selected === undefined) {
    return [
      notEvaluated(
        input,
        id,
        null,
        'it judges the selected vendor, and the policy selects none',
        'add `selected: <vendor id>` to the policy, or remove requireTop',
      ),
    ];
  }
  const vendors = input.ranking.vendors;
  const vendor = vendors.find((v) => v.id === selected);
  if (!vendor) return [];
  const base = { ...id, vendor: vendor.id };
  const first = vendors.filter((v) => v.rank === 1 && v.id !== vendor.id).map((v) => v.id);
  if (vendor.rank === 1) {
    const shared = first.length ? `, a place shared with ${idList(first)}` : '';
    return [
      { ...base, status: 'passed', message: `selected vendor ${vendor.id} ranks first${shared}` },
    ];
  }
  const ranked = vendors.filter((v) => v.rank !== null).length;
  const where =
    vendor.rank === null ? 'is not ranked: it is ineligible' : `ranks ${vendor.rank} of ${ranked}`;
  const winner = first.length ? ` (first: ${idList(first)})` : '';
  const message = `selected vendor ${vendor.id} ${where}${winner}; the policy requires it to rank first`;
  const issue = atPolicy(input, id.key, {
    severity: 'error',
    rule: 'policy/require-top',
    message,
    hint: `run "vendor-eval explain ${vendor.id}" to see ${vendor.rank === null ? 'the knock-out it fails' : 'where it loses points'}`,
  });
  return [{ ...base, status: 'failed', message, issue }];
}
