import { tiesWith } from '../../scoring/competition-rank.js';
import { bestChallenger, bestScore, type Crossing, type Field } from './field.js';
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
 * The crossings of any method, found numerically. The margin of a weight t is the best
 * challenger's score minus the best leader's (`scoreAt` scores every vendor, input order, under
 * the given criterion weights; ineligible ones −∞); the leader has changed where it is above 0.
 * Both sides of the stated weight g are scanned outwards at the same distances (k/steps)², so
 * the grid is finer near g and a short side costs few points; the first grid point where the
 * margin is above 0 brackets a change, narrowed to `tolerance` by regula falsi with the
 * Illinois modification and a bisection step whenever the bracket fails to halve (Dowell &
 * Jarratt 1971): a bracketing root finder, like bisection, in a handful of scores instead of
 * thirty. Once one side has a change, the other is scanned only as far as could hold a nearer
 * one.
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
  const scores = (side: Side, d: number) =>
    scoreAt(weightsAt(line, Math.min(1, Math.max(0, g + side.sign * d)), weights));
  const margin = (s: ArrayLike<number>) =>
    bestScore(s, field.challengers) - bestScore(s, field.leaders);
  const base = margin(scores({ sign: 1 } as Side, 0));
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
      const m = margin(scores(side, distance));
      if (!(m > 0)) {
        [side.checked, side.margin] = [distance, m];
        continue;
      }
      side.done = true;
      const hi = narrow(
        (d) => margin(scores(side, d)),
        side.checked,
        side.margin,
        distance,
        m,
        search.tolerance,
      );
      const after = scores(side, hi);
      // at 0 or 1 there is no beyond: a challenger only level with the leader there (up to
      // rounding) has not taken the lead
      if (
        hi >= side.length &&
        tiesWith(bestScore(after, field.leaders), bestScore(after, field.challengers))
      )
        continue;
      side.found = {
        t: Math.min(1, Math.max(0, g + side.sign * hi)),
        newLeader: bestChallenger(field, after),
      };
      nearest = Math.min(nearest, hi);
    }
  }
  return { up: sides[0]?.found, down: sides[1]?.found };
}

/**
 * The far end of a bracket [lo, hi] of distances, narrowed to `tolerance`, where the margin f is
 * at most 0 at lo and above 0 at hi: Illinois regula falsi, with a bisection step whenever two
 * steps did not halve the bracket, so it never takes longer than about twice bisection.
 */
function narrow(
  f: (d: number) => number,
  lo: number,
  flo: number,
  hi: number,
  fhi: number,
  tolerance: number,
): number {
  let kept = 0; // which end stayed last step: −1 lo, +1 hi
  let width = hi - lo;
  for (let step = 0; hi - lo > tolerance; step++) {
    const secant = (lo * fhi - hi * flo) / (fhi - flo);
    const bisect = step % 2 === 1 && hi - lo > width / 2;
    if (step % 2 === 1) width = hi - lo;
    const inside = Number.isFinite(secant) && secant > lo && secant < hi;
    const mid = bisect || !inside ? (lo + hi) / 2 : secant;
    const fm = f(mid);
    if (fm > 0) {
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
