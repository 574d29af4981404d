import type { Crossing, Field } from './field.js';
import type { WeightLine } from './weight-line.js';

/** Two crossings closer than this (in weight) are the same point. */
const samePoint = 1e-12;

/**
 * The weighted sum's crossings, exactly. Along a weight line every score is linear in the
 * node's weight t: s_i(t) = t·A_i + (1 − t)·B_i, with A_i = 100·Σ_{j in node} r_j·u_ij and
 * B_i = 100·Σ_{j outside} o_j·u_ij (`WeightLine.inside`/`outside`), so each challenger meets
 * each leader at one point, t* = B / (B − A) with A, B the differences challenger − leader.
 * A challenger takes the lead on a side once it has passed every leader there (one leader, or
 * all of a tied lead): at the farthest of its crossings with them. The nearest such point on
 * each side is the crossing (one where the scores only become level at 0 or 1 is none: there is
 * no beyond); of several challengers passing there, the one rising fastest
 * beyond it leads (then the first by id). `utilities` are per vendor and criterion, unanswered
 * as 0 (`missing: zero`; under `exclude` the score is not linear and `numericCrossings` is used).
 */
export function linearCrossings(
  line: WeightLine,
  utilities: readonly (readonly (number | null)[])[],
  field: Field,
): { up: Crossing | undefined; down: Crossing | undefined } {
  const a = new Float64Array(utilities.length);
  const b = new Float64Array(utilities.length);
  // only the eligible vendors (leaders and challengers) are ever compared
  const slopes = (i: number): void => {
    const row = utilities[i] ?? [];
    let inside = 0;
    let outside = 0;
    for (let j = 0; j < row.length; j++) {
      const u = row[j] ?? 0;
      inside += (line.inside[j] ?? 0) * u;
      outside += (line.outside[j] ?? 0) * u;
    }
    a[i] = 100 * inside;
    b[i] = 100 * outside;
  };
  field.leaders.forEach(slopes);
  field.challengers.forEach(slopes);
  return {
    up: nearest(line.weight, 1, a, b, field),
    down: nearest(line.weight, -1, a, b, field),
  };
}

/** The nearest point on one side (`sign` +1: up to 1, −1: down to 0) where a challenger leads. */
function nearest(
  g: number,
  sign: 1 | -1,
  a: Float64Array,
  b: Float64Array,
  field: Field,
): Crossing | undefined {
  let best: { t: number; i: number; slope: number } | undefined;
  for (const c of field.challengers) {
    const t = passesAll(g, sign, a, b, c, field.leaders);
    if (t === undefined) continue;
    const slope = sign * ((a[c] ?? 0) - (b[c] ?? 0));
    const nearer = best === undefined || sign * (t - best.t) < -samePoint;
    const tie = best !== undefined && Math.abs(t - best.t) <= samePoint;
    const idBefore = best !== undefined && (field.ids[c] ?? '') < (field.ids[best.i] ?? '');
    if (nearer || (tie && best && (slope > best.slope || (slope === best.slope && idBefore))))
      best = { t, i: c, slope };
  }
  return best && { t: best.t, newLeader: best.i };
}

/**
 * Where challenger `c` has passed every leader on one side, within [0, 1]; undefined when it
 * never does there.
 */
function passesAll(
  g: number,
  sign: 1 | -1,
  a: Float64Array,
  b: Float64Array,
  c: number,
  leaders: readonly number[],
): number | undefined {
  let farthest = g;
  for (const l of leaders) {
    const da = (a[c] ?? 0) - (a[l] ?? 0);
    const db = (b[c] ?? 0) - (b[l] ?? 0);
    // d(t) = db + (da − db)·t is below 0 at g; it rises on this side only if sign·(da − db) > 0
    const rise = sign * (da - db);
    if (!(rise > 0)) return undefined;
    // scores only level at 0 or 1 (a criterion both score fully) are no change of leader
    const t = db / (db - da);
    if (sign * (t - g) < 0 || t <= samePoint || t >= 1 - samePoint) return undefined;
    if (sign * (t - farthest) > 0) farthest = t;
  }
  return farthest;
}
