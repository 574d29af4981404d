import { competitionRank, tieTolerance } from '../../scoring/competition-rank.js';

/**
 * Who leads and who could take the lead: the vendors of the decision matrix (input order) split
 * into the base leaders and the challengers. Ineligible vendors are in neither: they never lead.
 */
export interface Field {
  /** Vendor ids, in input order. */
  ids: readonly string[];
  /** Indices of the eligible vendors ranked first under the stated weights (several on a tie), by id. */
  leaders: readonly number[];
  /** Indices of the other eligible vendors. */
  challengers: readonly number[];
}

/** Where the leader changes on one side of the stated weight. */
export interface Crossing {
  /** The node's global weight there. */
  t: number;
  /** Index of the vendor that leads just beyond it. */
  newLeader: number;
}

/**
 * The field under the stated weights: the leaders are the eligible vendors of rank 1 by
 * `competitionRank` (ties within 10⁻⁹ relative, as every ranking), the challengers the rest of
 * the eligible ones.
 */
export function fieldOf(
  ids: readonly string[],
  scores: ArrayLike<number>,
  eligible: readonly boolean[],
): Field {
  const items = ids.flatMap((id, i) => (eligible[i] ? [{ id, i, score: scores[i] ?? 0 }] : []));
  const ranked = competitionRank(items);
  return {
    ids,
    leaders: ranked.filter((r) => r.rank === 1).map((r) => r.item.i),
    challengers: ranked.filter((r) => r.rank !== 1).map((r) => r.item.i),
  };
}

/** The highest of `scores` at `indices` (−∞ for none). */
export function bestScore(scores: ArrayLike<number>, indices: readonly number[]): number {
  let best = -Infinity;
  for (const i of indices) best = Math.max(best, scores[i] ?? -Infinity);
  return best;
}

/**
 * How far a challenger is from sharing the lead: the best challenger's score minus the best
 * leader's, plus the ranking's tie width (10⁻⁹ of the leader's score). At or above 0 the leader
 * is no longer alone in first: a challenger ties with it or is ahead.
 */
export function leadMargin(field: Field, scores: ArrayLike<number>): number {
  const leader = bestScore(scores, field.leaders);
  return bestScore(scores, field.challengers) - leader + tieTolerance * Math.abs(leader);
}

/**
 * The challenger with the highest score, exactly (the first by id on an exact tie): a little
 * past a crossing, the challengers that met the leader there differ by far less than the
 * ranking's tie width, yet the one rising faster is ahead.
 */
export function bestChallenger(field: Field, scores: ArrayLike<number>): number {
  let best = -1;
  for (const i of field.challengers) {
    const [s, top] = [scores[i] ?? -Infinity, scores[best] ?? -Infinity];
    if (best < 0 || s > top || (s === top && (field.ids[i] ?? '') < (field.ids[best] ?? '')))
      best = i;
  }
  return best;
}
