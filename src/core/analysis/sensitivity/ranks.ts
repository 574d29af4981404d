/**
 * Competition ranks over typed arrays, as `competitionRank` gives them (the same tie predicate,
 * {@link tiesWith}: within 10⁻⁹ of the tie group's highest score), without allocating per draw.
 */
import { tiesWith } from '../../scoring/competition-rank.js';

/** Ranks a fixed set of vendors (by index into a scores array) draw after draw. */
export class Ranker {
  private readonly order: Int32Array;
  private scores: Float64Array = new Float64Array(0);
  /** Member positions by their vendor's score, highest first (made once: no closure per draw). */
  private readonly byScore = (a: number, b: number): number => {
    const d =
      (this.scores[this.members[b] as number] as number) -
      (this.scores[this.members[a] as number] as number);
    return d !== 0 ? d : a - b;
  };

  /** `members`: the vendors ranked (indices into the scores arrays), e.g. the eligible ones. */
  constructor(private readonly members: readonly number[]) {
    this.order = Int32Array.from(members.keys());
  }

  /**
   * Writes each member's competition rank (1 = best; tied scores share the rank, the next rank
   * skips) into `ranks`, by member position.
   */
  rank(scores: Float64Array, ranks: Int32Array): void {
    this.scores = scores;
    const members = this.members;
    const order = this.order;
    order.sort(this.byScore);
    let start = 0;
    while (start < order.length) {
      const top = scores[members[order[start] as number] as number] as number;
      let end = start + 1;
      while (
        end < order.length &&
        tiesWith(top, scores[members[order[end] as number] as number] as number)
      )
        end++;
      for (let k = start; k < end; k++) ranks[order[k] as number] = start + 1;
      start = end;
    }
  }
}
