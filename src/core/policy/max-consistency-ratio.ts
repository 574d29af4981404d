import type { PolicyOutcome } from '../model/check.js';
import { figure, limitText, meets } from './subject.js';
import type { ConsistencyFigure, PolicyRule } from './types.js';

const id = { key: 'maxConsistencyRatio', rule: 'policy/max-consistency-ratio' } as const;

/**
 * `maxConsistencyRatio`: every AHP-weighted group and every pairwise criterion has a CR at most
 * this (a ratio that ties with the limit meets it); one outcome per judgement, about the
 * project (vendor null). A set without AHP judgements passes, saying so.
 */
export const maxConsistencyRatioRule: PolicyRule = {
  ...id,
  evaluate(input): PolicyOutcome[] {
    const limit = input.policy.maxConsistencyRatio;
    if (limit === undefined) return [];
    if (input.consistency.length === 0) {
      return [
        {
          ...id,
          vendor: null,
          status: 'passed',
          message: 'the criteria set has no AHP judgements to be inconsistent',
        },
      ];
    }
    return input.consistency.map((f) => judge(f, limit));
  },
};

function judge(f: ConsistencyFigure, limit: number): PolicyOutcome {
  const what =
    f.kind === 'weights' ? `the AHP weights of "${f.node}"` : `the comparisons of "${f.node}"`;
  const message = `${what} have a consistency ratio of ${figure(f.cr, limit, 3)}; the policy allows at most ${limitText(limit)}`;
  const base = { ...id, vendor: null, message };
  if (meets('max', f.cr, limit)) return { ...base, status: 'passed' };
  return {
    ...base,
    status: 'failed',
    issue: {
      severity: 'error',
      rule: 'policy/max-consistency-ratio',
      message,
      hint: 'revise these judgements: `vendor-eval weigh` asks them again and shows the ratio as you go',
      file: f.origin.file,
      path: f.origin.path,
      atKey: true,
    },
  };
}
