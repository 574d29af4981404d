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
    const members = this.members;
    const order = this.order;
    if (!this.insertionSort(scores)) {
      this.scores = scores;
      order.sort(this.byScore);
    }
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

  /**
   * Sorts `order` by `byScore`'s key (score descending, then member position ascending) by
   * insertion, from the last draw's order, which is mostly this draw's too: no comparator call
   * (whose result is a double: a heap number each until inlined) and nothing allocated. With
   * finite scores that key is a strict total order, so any sort gives this one order. A NaN or an
   * infinity makes `byScore` inconsistent (∞ − ∞), and then its order is the engine's sort's:
   * false, the caller sorts as before. Past a few dozen members the comparator sort is kept
   * (insertion is quadratic when the order changes a lot).
   */
  private insertionSort(scores: Float64Array): boolean {
    const members = this.members;
    const order = this.order;
    const count = order.length;
    if (count > insertionSortUpTo) return false;
    for (let k = 0; k < count; k++) {
      if (!Number.isFinite(scores[members[k] as number])) return false;
    }
    for (let k = 1; k < count; k++) {
      const position = order[k] as number;
      const score = scores[members[position] as number] as number;
      let at = k;
      while (at > 0) {
        const before = order[at - 1] as number;
        const other = scores[members[before] as number] as number;
        // `position` goes first when it scores higher, or as high and comes earlier
        if (other > score || (other === score && before < position)) break;
        order[at] = before;
        at--;
      }
      order[at] = position;
    }
    return true;
  }
}

/** The most members `Ranker` sorts by insertion (see `insertionSort`). */
const insertionSortUpTo = 64;
