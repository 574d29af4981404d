import type { Result } from '../../issues.js';
import { ok } from '../../issues.js';
import type { DecisionMethod } from '../../methods/types.js';
import type { RankRobustness } from '../../model/sensitivity.js';
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
  const pRank1 = new Map(
    simulated.value.vendors.flatMap((v) => (v.eligible ? [[v.id, v.pRank1] as const] : [])),
  );
  return ok({ ...defaultSimulation, pRank1 });
}
