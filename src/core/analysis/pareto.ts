import type { Ranking } from '../model/ranking.js';

/**
 * The Pareto front of a ranking (`rank --pareto`): only the eligible vendors no other eligible
 * vendor dominates (`dominatedBy` empty). Ranks stay those of the full field.
 */
export function paretoFront(ranking: Ranking): Ranking {
  return {
    ...ranking,
    vendors: ranking.vendors.filter((v) => v.eligible && v.dominatedBy.length === 0),
  };
}
