/**
 * Dirichlet draws of many sibling groups in one flat loop: for each group, one Gamma variate
 * per weight by `gammaVariate` or `logGammaVariate` (gamma.ts: Marsaglia & Tsang 2000, their
 * boost for shape < 1; normals by Marsaglia's polar method), then divided by their sum, with the
 * same floating-point operations in the same order on the same uniforms, so every weight is the
 * same double as variate by variate. What differs is where the numbers live: the uniforms are
 * read from the stream's Float64Array block, the polar method's spare and the loop's state are
 * locals, and no double crosses a function boundary. A double returned by a call that is not
 * inlined, and every double in a function not yet optimised, is a freshly allocated heap number;
 * through `rng.next()`, `normal.next(rng)` and `gammaAtLeastOne` that was several per variate,
 * and a default `sensitivity` of the examples draws over a million variates.
 */
import type { NormalSource } from './gamma.js';
import type { UniformStream } from './random.js';

/** No variate: a weight of 0 stays 0. */
const none = 0;
/** Shape ≥ 1: Marsaglia & Tsang directly. */
const direct = 1;
/** 0 < shape < 1: their boost, Gamma(shape) = Gamma(shape + 1)·U^(1/shape). */
const boosted = 2;

/**
 * Uniforms made sure of before each variate: one takes 3 (a polar pair's 2, the acceptance
 * test's 1; boosted, 1 more), and each rejection (about 1 in 20) 2 or 3 more.
 */
const ahead = 64;

/** One sibling group to draw: where its weights go and their Gamma shapes κ·wᵢ. */
export interface DirichletGroup {
  /** The index of its first weight in the array the draws fill. */
  offset: number;
  shapes: Float64Array;
  /** Drawn in log space (a shape below 1, whose U^(1/a) can underflow). */
  log: boolean;
}

/**
 * Groups laid out for `drawDirichlets`, everything per shape worked out once (as
 * `gammaAtLeastOne` does per call). Per group: its weights' index range and whether it is drawn
 * in log space; per weight (indexed as in the array the draws fill): how it is drawn, its shape,
 * and Marsaglia & Tsang's d = a − 1/3 and c = 1/√(9d) for a = the shape (boosted: shape + 1).
 */
export interface DirichletPlan {
  start: Int32Array;
  end: Int32Array;
  log: Uint8Array;
  kind: Uint8Array;
  shape: Float64Array;
  d: Float64Array;
  c: Float64Array;
}

/** The plan drawing `groups` into an array of `size` weights (their ranges inside it). */
export function dirichletPlan(groups: readonly DirichletGroup[], size: number): DirichletPlan {
  const plan: DirichletPlan = {
    start: Int32Array.from(groups, (g) => g.offset),
    end: Int32Array.from(groups, (g) => g.offset + g.shapes.length),
    log: Uint8Array.from(groups, (g) => (g.log ? 1 : 0)),
    kind: new Uint8Array(size),
    shape: new Float64Array(size),
    d: new Float64Array(size),
    c: new Float64Array(size),
  };
  for (const { offset, shapes } of groups) {
    shapes.forEach((shape, k) => {
      const i = offset + k;
      plan.shape[i] = shape;
      if (!(shape > 0)) return;
      plan.kind[i] = shape < 1 ? boosted : direct;
      // the expressions of gammaAtLeastOne, on the shape it is called with
      const d = (shape < 1 ? shape + 1 : shape) - 1 / 3;
      plan.d[i] = d;
      plan.c[i] = 1 / Math.sqrt(9 * d);
    });
  }
  return plan;
}

/**
 * Draws groups `from` to `to − 1` of `plan`, in order, into `out`: each group's weights summing
 * to 1, consuming `stream`'s uniforms and `normal`'s spare exactly as, for each weight in order,
 * `gammaVariate(stream, normal, a)` (or `logGammaVariate` for a group in log space) followed by
 * {@link normalise} would, and writing the same numbers. Allocates nothing.
 */
export function drawDirichlets(
  stream: UniformStream,
  normal: NormalSource,
  plan: DirichletPlan,
  out: Float64Array,
  from: number,
  to: number,
): void {
  const { start, end, kind, shape, d: ds, c: cs } = plan;
  // the stream's block is refilled in place: `position` is all that moves (written back below)
  const buffer = stream.buffer;
  const size = buffer.length;
  let position = stream.position;
  const state = normal.state;
  let hasSpare = state[0] === 1;
  let spare = state[1] as number;
  for (let group = from; group < to; group++) {
    const first = start[group] as number;
    const last = end[group] as number;
    const log = plan.log[group] === 1;
    for (let i = first; i < last; i++) {
      const k = kind[i];
      if (k === none) {
        out[i] = log ? -Infinity : 0;
        continue;
      }
      // enough uniforms ahead for the variate (the checks below are for the rare one needing more)
      if (position > size - ahead) position = refilled(stream, position);
      const d = ds[i] as number;
      const c = cs[i] as number;
      // gammaAtLeastOne: x ~ N(0, 1) until v = 1 + c·x > 0, then v³ kept by the squeeze or the
      // exact test, else all again
      let x: number;
      let v: number;
      for (;;) {
        do {
          if (hasSpare) {
            hasSpare = false;
            x = spare;
          } else {
            // NormalSource.next: a point uniform in the unit disc (not its centre) gives two
            let p: number;
            let q: number;
            let s: number;
            do {
              if (position === size) position = refilled(stream, position);
              p = 2 * (buffer[position++] as number) - 1;
              if (position === size) position = refilled(stream, position);
              q = 2 * (buffer[position++] as number) - 1;
              s = p * p + q * q;
            } while (s >= 1 || s === 0);
            const f = Math.sqrt((-2 * Math.log(s)) / s);
            spare = q * f;
            hasSpare = true;
            x = p * f;
          }
          v = 1 + c * x;
        } while (v <= 0);
        v = v * v * v;
        if (position === size) position = refilled(stream, position);
        const u = buffer[position++] as number;
        const x2 = x * x;
        // the squeeze first (cheap, accepts most), then the exact test
        if (u < 1 - 0.0331 * x2 * x2) break;
        if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) break;
      }
      const g = d * v;
      if (k === direct) {
        out[i] = log ? Math.log(g) : g;
        continue;
      }
      // boosted: one more uniform, U^(1/a); in log space ln(U)/a, which does not underflow
      if (position === size) position = refilled(stream, position);
      const u = buffer[position++] as number;
      const a = shape[i] as number;
      // U = 0 (probability 2⁻³²) would give −∞; the smallest positive uniform stands in for it
      out[i] = log ? Math.log(g) + Math.log(u || 2 ** -33) / a : g * Math.pow(u, 1 / a);
    }
    normalise(out, first, last, log);
  }
  stream.position = position;
  state[0] = hasSpare ? 1 : 0;
  state[1] = spare;
}

/** Refills `stream` read up to `position`; the new position (0). */
function refilled(stream: UniformStream, position: number): number {
  stream.position = position;
  stream.refill();
  return 0;
}

/**
 * Divides the Gamma variates `out[first..last)` by their sum (in log space: exponentiated less
 * their maximum first, so the largest is 1 and none overflows): the group's Dirichlet weights.
 */
export function normalise(out: Float64Array, first: number, last: number, log: boolean): void {
  if (log) {
    let top = -Infinity;
    for (let i = first; i < last; i++) if ((out[i] as number) > top) top = out[i] as number;
    for (let i = first; i < last; i++) out[i] = Math.exp((out[i] as number) - top);
  }
  let sum = 0;
  for (let i = first; i < last; i++) sum += out[i] as number;
  for (let i = first; i < last; i++) out[i] = (out[i] as number) / sum;
}
