import { bestChallenger, bestScore, leadMargin, type Crossing, type Field } from './field.js';
import { weightsAt, type WeightLine } from './weight-line.js';

/** How finely the numeric search looks. */
export interface NumericSearch {
  /**
   * Grid points over a whole range of weight: the k-th lies at distance (k/steps)² from the
   * stated weight on each side, so a side as long as the range has `steps` points and a shorter
   * one fewer, closer together near the stated weight (default 48).
   */
  steps: number;
  /** The root finder stops when the bracket is this narrow, in weight (default 10⁻⁹). */
  tolerance: number;
}

/** The default numeric search: 48 grid points over the range, narrowed to 10⁻⁹. */
export const defaultSearch: NumericSearch = { steps: 48, tolerance: 1e-9 };

/** How far past a tipping point (in weight) the new leader is read: "just beyond" it. */
const beyond = 1e-6;

/** One side of the stated weight, while it is scanned. */
interface Side {
  sign: 1 | -1;
  /** Distance from g to the end of the range (1 − g up, g down). */
  length: number;
  /** The farthest distance found unchanged so far, and the margin there. */
  checked: number;
  margin: number;
  found: Crossing | undefined;
  done: boolean;
}

/**
 * The crossings of any method, found numerically. `scoreAt` scores every vendor (input order;
 * ineligible ones −∞) under the given criterion weights; the leader has changed where it is no
 * longer alone in first (`leadMargin` ≥ 0: a challenger ties with it, as the ranking counts
 * ties, or is ahead). Both sides of the stated weight g are scanned outwards at the same
 * distances (k/steps)², so the grid is finer near g and a short side costs few points; the
 * first grid point where the leader has changed brackets the change, narrowed to `tolerance` by
 * regula falsi with the Illinois modification and a bisection step whenever the bracket fails
 * to halve (Dowell & Jarratt 1971): a bracketing root finder, as safe as bisection, in a handful
 * of scores instead of thirty. Once one side has a change, the other is scanned only as far as
 * could hold a nearer one. The new leader is the best challenger 10⁻⁶ of weight past the point
 * (or at the end of the range). A change within 10⁻⁶ of the end of the range where a challenger
 * is not ahead at the end (it merely ties there) is none: there is no weight beyond it.
 *
 * A method need not be monotone in one weight (TOPSIS and VIKOR are not), so a change and
 * change back between two grid points (about 2·√d/steps apart at distance d: 0.4 % of weight
 * near a distance of 1 %, 4 % near the far end of the range) can be missed, and within a
 * bracket the root finder finds a change, not necessarily the first.
 */
export function numericCrossings(
  line: WeightLine,
  scoreAt: (weights: Float64Array) => ArrayLike<number>,
  field: Field,
  search: NumericSearch = defaultSearch,
): { up: Crossing | undefined; down: Crossing | undefined } {
  const g = line.weight;
  const weights = new Float64Array(line.inside.length);
  const clamp = (t: number) => Math.min(1, Math.max(0, t));
  const scores = (sign: number, d: number) =>
    scoreAt(weightsAt(line, clamp(g + sign * d), weights));
  const base = leadMargin(field, scores(1, 0));
  const sides: Side[] = [
    { sign: 1, length: 1 - g, checked: 0, margin: base, found: undefined, done: g >= 1 },
    { sign: -1, length: g, checked: 0, margin: base, found: undefined, done: g <= 0 },
  ];
  // the nearest change found so far, as a distance from g
  let nearest = Infinity;
  for (let k = 1; sides.some((s) => !s.done); k++) {
    for (const side of sides) {
      if (side.done) continue;
      if (side.checked >= Math.min(nearest, side.length)) {
        side.done = true;
        continue;
      }
      const distance = Math.min(side.length, (k / search.steps) ** 2);
      // a score the method could not compute (NaN) is no change
      const m = leadMargin(field, scores(side.sign, distance));
      if (!(m >= 0)) {
        [side.checked, side.margin] = [distance, m];
        continue;
      }
      side.done = true;
      const at = narrow(
        (d) => leadMargin(field, scores(side.sign, d)),
        { lo: side.checked, flo: side.margin, hi: distance, fhi: m },
        search.tolerance,
      );
      // a challenger only level with the leader up to the end of the range (within the tie
      // width, as two scores converging on 100 are) has not taken the lead: nothing is beyond
      if (at + beyond >= side.length && !aheadAtEnd(field, scores(side.sign, side.length)))
        continue;
      side.found = {
        t: clamp(g + side.sign * at),
        newLeader: bestChallenger(field, scores(side.sign, Math.min(side.length, at + beyond))),
      };
      nearest = Math.min(nearest, at);
    }
  }
  return { up: sides[0]?.found, down: sides[1]?.found };
}

/** At the end of the range: a challenger is ahead, beyond the ranking's tie width. */
function aheadAtEnd(field: Field, scores: ArrayLike<number>): boolean {
  const leader = bestScore(scores, field.leaders);
  return bestScore(scores, field.challengers) - leader > 1e-9 * Math.abs(leader);
}

/**
 * The far end of a bracket of distances narrowed to `tolerance`, where the margin f is below 0
 * at `lo` and at least 0 at `hi`: Illinois regula falsi, with a bisection step whenever two
 * steps did not halve the bracket, so it never takes much longer than bisection.
 */
function narrow(
  f: (d: number) => number,
  bracket: { lo: number; flo: number; hi: number; fhi: number },
  tolerance: number,
): number {
  let { lo, flo, hi, fhi } = bracket;
  let kept = 0; // the end kept by the last step: −1 lo, +1 hi
  let width = hi - lo;
  for (let step = 0; hi - lo > tolerance; step++) {
    const secant = (lo * fhi - hi * flo) / (fhi - flo);
    const slow = step % 2 === 1 && hi - lo > width / 2;
    if (step % 2 === 1) width = hi - lo;
    const inside = Number.isFinite(secant) && secant > lo && secant < hi;
    const mid = slow || !inside ? (lo + hi) / 2 : secant;
    const fm = f(mid);
    if (fm >= 0) {
      [hi, fhi] = [mid, fm];
      if (kept === -1) flo /= 2;
      kept = -1;
    } else {
      [lo, flo] = [mid, fm];
      if (kept === 1) fhi /= 2;
      kept = 1;
    }
  }
  return hi;
}
