import type { PreparedRanking } from '../../scoring/rank.js';
import { answerRangeSampler } from './answer-ranges.js';
import { rangedGroupSamplers } from './range-weights.js';
import type { SimulationOptions } from './simulate.js';

/**
 * The uncertainty a project states itself: weight ranges (`weight: {min, max}`, drawn uniformly
 * over the shares they allow, SMAA-2) and answer ranges (`value: {min, max}` or `{low, mode,
 * high}`), as samplers for `simulate`. `sensitivity`, `rank --robustness` and `check`'s
 * `minRobustness` all pass these, so the three report the same figure. A `--weights` override
 * of a ranged node is a point, as it is everywhere else.
 */
export function statedUncertainty(
  prepared: PreparedRanking,
): Pick<SimulationOptions, 'groupSamplers' | 'matrixSampler' | 'rangedWeights'> {
  const overrides = new Map(prepared.weightOverrides.map((o) => [o.id, o.weight]));
  const { samplers, rangedWeights } = rangedGroupSamplers(prepared.set, overrides);
  return {
    groupSamplers: samplers,
    matrixSampler: answerRangeSampler(prepared),
    rangedWeights,
  };
}
