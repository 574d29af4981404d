import type { Ranking } from '../model/ranking.js';

/**
 * `--top n`: the ranked vendors whose rank is n or better, so a tie at the cut is kept whole;
 * ineligible vendors (rank null) are left out. Without `top`, the ranking as it is.
 */
export function topRanked(ranking: Ranking, top: number | undefined): Ranking {
  if (top === undefined) return ranking;
  return { ...ranking, vendors: ranking.vendors.filter((v) => v.rank !== null && v.rank <= top) };
}
