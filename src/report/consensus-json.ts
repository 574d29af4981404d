import type { Format } from './format.js';
import { independenceToJson } from './independence-json.js';
import type { ConsensusModel } from './consensus-model.js';

/**
 * `consensus --format json` (SPEC): the evaluators, the combination rule, every answerable
 * criterion in set order with its α, the disagreements widest first; additive to the SPEC's
 * shape: the `tool` header, each disagreement's `combined` utility and the `furthest`
 * evaluators, and `independence` with `--independence`. Numbers unrounded.
 */
export function formatConsensusJson(m: ConsensusModel, toolVersion: string): string {
  const r = m.analysis.result;
  const doc = {
    tool: { name: 'vendor-eval', version: toolVersion },
    evaluators: r.evaluators,
    combine: r.combine,
    criteria: r.criteria.map((c) => ({
      id: c.id,
      level: c.level,
      alpha: c.alpha,
      pairable: c.pairable,
    })),
    disagreements: r.disagreements.map((d) => ({
      vendor: d.vendor,
      criterion: d.criterion,
      range: d.range,
      sd: d.sd,
      values: d.values,
      moderated: d.moderated,
      combined: d.combined,
    })),
    furthest: r.furthest.map((f) => ({
      evaluator: f.evaluator,
      meanDistance: f.meanDistance,
      answers: f.answers,
    })),
    ...(m.independence ? { independence: independenceToJson(m.independence) } : {}),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** `consensus --format json`. */
export const consensusJsonFormat: Format<ConsensusModel> = {
  id: 'json',
  description: 'every figure, unrounded (SPEC shape)',
  extension: 'json',
  userText: 'encoded',
  render: (m, ctx) => formatConsensusJson(m, ctx.toolVersion),
};
