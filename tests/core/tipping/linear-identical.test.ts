// linearCrossings sums each line's slopes only for the eligible vendors now, in plain loops: the
// crossings must be those of the code before (commit 78b7902), kept below as the reference (the
// whole function: it is short), bit for bit, on random lines, matrices and fields.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Crossing, Field } from '../../../src/core/analysis/tipping/field.js';
import { linearCrossings } from '../../../src/core/analysis/tipping/linear.js';
import type { WeightLine } from '../../../src/core/analysis/tipping/weight-line.js';

const samePoint = 1e-12;

function referenceLinearCrossings(
  line: WeightLine,
  utilities: readonly (readonly (number | null)[])[],
  field: Field,
): { up: Crossing | undefined; down: Crossing | undefined } {
  const a = new Float64Array(utilities.length);
  const b = new Float64Array(utilities.length);
  utilities.forEach((row, i) => {
    let inside = 0;
    let outside = 0;
    row.forEach((u, j) => {
      inside += (line.inside[j] ?? 0) * (u ?? 0);
      outside += (line.outside[j] ?? 0) * (u ?? 0);
    });
    a[i] = 100 * inside;
    b[i] = 100 * outside;
  });
  return {
    up: nearest(line.weight, 1, a, b, field),
    down: nearest(line.weight, -1, a, b, field),
  };
}

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
    const rise = sign * (da - db);
    if (!(rise > 0)) return undefined;
    const t = db / (db - da);
    if (sign * (t - g) < 0 || t <= samePoint || t >= 1 - samePoint) return undefined;
    if (sign * (t - farthest) > 0) farthest = t;
  }
  return farthest;
}

/** A crossing with its weight spelled exactly (String round-trips a double). */
const exactly = (c: Crossing | undefined) => c && { t: String(c.t), newLeader: c.newLeader };

describe('linearCrossings gives the crossings of the code before', () => {
  const utility = fc.oneof(
    fc.constant(null),
    fc.constantFrom(0, 0.5, 1),
    fc.double({ min: 0, max: 1, noNaN: true }),
  );
  const share = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true }));
  const problem = fc
    .tuple(fc.integer({ min: 2, max: 7 }), fc.integer({ min: 1, max: 8 }))
    .chain(([m, n]) =>
      fc.record({
        utilities: fc.array(fc.array(utility, { minLength: n, maxLength: n }), {
          minLength: m,
          maxLength: m,
        }),
        inside: fc.array(share, { minLength: n, maxLength: n }),
        outside: fc.array(share, { minLength: n, maxLength: n }),
        weight: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        // per vendor: 0 ineligible, 1 leader, 2 challenger
        roles: fc.array(fc.constantFrom(0, 1, 2), { minLength: m, maxLength: m }),
      }),
    );

  it('on random lines, matrices and fields (ineligible vendors included)', () => {
    fc.assert(
      fc.property(problem, ({ utilities, inside, outside, weight, roles }) => {
        const line: WeightLine = {
          id: 'x',
          kind: 'criterion',
          weight,
          inside: Float64Array.from(inside),
          outside: Float64Array.from(outside),
        };
        const field: Field = {
          ids: roles.map((_, i) => `v${i}`),
          leaders: roles.flatMap((r, i) => (r === 1 ? [i] : [])),
          challengers: roles.flatMap((r, i) => (r === 2 ? [i] : [])),
        };
        const got = linearCrossings(line, utilities, field);
        const want = referenceLinearCrossings(line, utilities, field);
        expect({ up: exactly(got.up), down: exactly(got.down) }).toEqual({
          up: exactly(want.up),
          down: exactly(want.down),
        });
      }),
      { numRuns: 2000 },
    );
  });
});
