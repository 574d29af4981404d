import type { RankRobustness, SensitivityResult } from '../../model/sensitivity.js';

/** The P(rank 1) of each eligible vendor in a simulation, with its settings (`rank --robustness`'s shape). */
export function robustnessOf(result: SensitivityResult): RankRobustness {
  const pRank1 = new Map(
    result.vendors.flatMap((v) => (v.eligible ? [[v.id, v.pRank1] as const] : [])),
  );
  return { iterations: result.iterations, spread: result.spread, seed: result.seed, pRank1 };
}
