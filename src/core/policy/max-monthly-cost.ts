import type { PolicyOutcome } from '../model/check.js';
import {
  figure,
  limitText,
  meets,
  noEligibleVendor,
  notEvaluated,
  selectedOrWinner,
} from './subject.js';
import type { PolicyInput, PolicyRule } from './types.js';

const id = { key: 'maxMonthlyCost', rule: 'policy/max-monthly-cost' } as const;

/**
 * `maxMonthlyCost`: the selected vendor's (else the winner's) monthly cost, as `rank` shows it
 * (the first month's bill under the set's demand, in its currency), is at most this. A failure
 * points at the vendor's `pricing`; without a demand or a pricing it is not evaluated. A cost
 * that ties with the limit meets it; without `selected` and with no eligible vendor it fails.
 */
export const maxMonthlyCostRule: PolicyRule = { ...id, evaluate };

function evaluate(input: PolicyInput): PolicyOutcome[] {
  const limit = input.policy.maxMonthlyCost;
  if (limit === undefined) return [];
  const subject = selectedOrWinner(input);
  if (!subject) {
    const allowed = `the policy allows at most ${limitText(limit, true)} a month`;
    return [noEligibleVendor(input, id, allowed)];
  }
  const { vendor, label } = subject;
  const loaded = input.vendors.find((v) => v.id === vendor.id);
  if (!vendor.cost) {
    const why = !input.set.demand
      ? 'the criteria set has no `demand` to price the bids against'
      : `${vendor.id} has no \`pricing\` in its vendor file`;
    const hint = !input.set.demand
      ? 'add a `demand` to the criteria set (see "Cost" in the docs), or remove maxMonthlyCost'
      : `add its bid as \`pricing\` to ${loaded?.origin.file ?? 'its vendor file'}`;
    return [notEvaluated(input, id, vendor.id, why, hint)];
  }
  const currency = vendor.cost.currency ? ` ${vendor.cost.currency}` : '';
  const cost = figure(vendor.cost.monthly, limit, 0, true);
  const message = `${label} costs ${cost}${currency} a month; the policy allows at most ${limitText(limit, true)}`;
  const base = { ...id, vendor: vendor.id, message };
  if (meets('max', vendor.cost.monthly, limit)) return [{ ...base, status: 'passed' }];
  return [
    {
      ...base,
      status: 'failed',
      issue: {
        severity: 'error',
        rule: 'policy/max-monthly-cost',
        message,
        hint: `run "vendor-eval cost --explain" to see how the bill is made`,
        file: loaded?.pricingFile ?? loaded?.origin.file,
        path: ['pricing'],
        atKey: true,
      },
    },
  ];
}
