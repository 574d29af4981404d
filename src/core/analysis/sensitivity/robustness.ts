import type { Result } from '../../issues.js';
import { ok } from '../../issues.js';
import type { DecisionMethod } from '../../methods/types.js';
import type { RankRobustness, SensitivityResult } from '../../model/sensitivity.js';
import type { PreparedRanking } from '../../scoring/rank.js';
import { defaultSimulation } from './settings.js';
import { simulate } from './simulate.js';
import { statedUncertainty } from './uncertainty.js';

/**
 * Each eligible vendor's P(rank 1) under the default simulation (10,000 draws, spread 0.2,
 * seed 1, the project's weight and answer ranges drawn too): the one figure `rank --robustness` shows and `check`'s `minRobustness` judges, equal
 * to `sensitivity`'s `pRank1` with the same settings.
 */
export function rankRobustness(
  prepared: PreparedRanking,
  method: DecisionMethod,
): Result<RankRobustness> {
  const simulated = simulate(prepared, method, defaultSimulation, statedUncertainty(prepared));
  if (!simulated.ok) return simulated;
  return ok(robustnessOf(simulated.value));
}

/** The P(rank 1) of each eligible vendor in a simulation, with its settings (`rank --robustness`'s shape). */
export function robustnessOf(result: SensitivityResult): RankRobustness {
  const pRank1 = new Map(
    result.vendors.flatMap((v) => (v.eligible ? [[v.id, v.pRank1] as const] : [])),
  );
  return { iterations: result.iterations, spread: result.spread, seed: result.seed, pRank1 };
}
