import type { PolicyOutcome } from '../model/check.js';
import { notEvaluated } from './subject.js';
import type { PolicyRule } from './types.js';

const id = { key: 'minRobustness', rule: 'policy/min-robustness' } as const;

/**
 * `minRobustness`: the selected vendor's share of rank-1 draws in `sensitivity`. Sensitivity is
 * not built yet, so the rule is not evaluated and says so (the policy line is kept: it is
 * judged once sensitivity exists).
 */
export const minRobustnessRule: PolicyRule = {
  ...id,
  evaluate(input): PolicyOutcome[] {
    if (input.policy.minRobustness === undefined) return [];
    return [
      notEvaluated(
        input,
        id,
        input.policy.selected ?? null,
        'rank stability under weight changes (sensitivity) is not available in this version of vendor-eval',
      ),
    ];
  },
};
