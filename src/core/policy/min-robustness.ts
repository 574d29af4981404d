import type { PolicyOutcome } from '../model/check.js';
import { groupedNumber } from '../number-text.js';
import { figure, meets, noEligibleVendor, notEvaluated, selectedOrWinner } from './subject.js';
import { atPolicy, type PolicyInput, type PolicyRule } from './types.js';

const id = { key: 'minRobustness', rule: 'policy/min-robustness' } as const;

/** A share as a percentage with the limit's side kept (`58.1%`, `59.96%` against 60 %). */
const percent = (share: number, limit: number): string => `${figure(share * 100, limit * 100, 1)}%`;

/** A limit as a percentage, without floating-point noise (0.6 → `60%`). */
const limitPercent = (limit: number): string => `${Number((limit * 100).toPrecision(12))}%`;

/**
 * `minRobustness`: the selected vendor (else the winner) ranks first in at least this share of
 * the weight draws, the figure `rank --robustness` shows (`ranking.robustness`, made by the
 * caller with the default settings: 10,000 draws, spread 0.2, seed 1). A knocked-out selected
 * vendor never ranks, so its share is 0. Without `selected` and with no eligible vendor it
 * fails: no vendor can be awarded.
 */
export const minRobustnessRule: PolicyRule = { ...id, evaluate };

function evaluate(input: PolicyInput): PolicyOutcome[] {
  const limit = input.policy.minRobustness;
  if (limit === undefined) return [];
  const subject = selectedOrWinner(input);
  if (!subject) {
    return [
      noEligibleVendor(
        input,
        id,
        `the policy asks a share of rank-1 weight draws of at least ${limitPercent(limit)}`,
      ),
    ];
  }
  const { vendor, label } = subject;
  const robustness = input.ranking.robustness;
  if (!robustness) {
    return [notEvaluated(input, id, vendor.id, 'no weight draws were made for this ranking')];
  }
  const share = robustness.pRank1.get(vendor.id) ?? 0;
  const draws = `${groupedNumber(robustness.iterations, 0)} weight draws (spread ${robustness.spread}, seed ${robustness.seed})`;
  const message = `${label} ranks first in ${percent(share, limit)} of ${draws}; the policy asks at least ${limitPercent(limit)}`;
  const base = { ...id, vendor: vendor.id, message };
  if (meets('min', share, limit)) return [{ ...base, status: 'passed' }];
  const issue = atPolicy(input, id.key, {
    severity: 'error',
    rule: 'policy/min-robustness',
    message,
    // a knocked-out vendor never ranks, whatever the weights: the weights are not the problem
    hint: vendor.eligible
      ? 'the winner depends on the weights: `vendor-eval sensitivity` shows who else ranks first and how often; agree the weights, or change minRobustness through your approval process'
      : `${vendor.id} is knocked out, so it ranks first in no draw whatever the weights: award an eligible vendor, or correct the answer that knocks it out if it is wrong`,
  });
  return [{ ...base, status: 'failed', issue }];
}
