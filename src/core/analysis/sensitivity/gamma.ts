/**
 * Gamma and normal variates for the Dirichlet weight draws. Gamma: Marsaglia & Tsang, "A simple
 * method for generating gamma variables", ACM TOMS 26(3), 2000, with their boost for shape < 1:
 * Gamma(a) = Gamma(a + 1)·U^(1/a). Normal: Marsaglia's polar method (Marsaglia & Bray, "A
 * convenient method for generating normal variables", SIAM Review 6(3), 1964), whose second
 * variate is kept for the next call. These functions take any `Random`; the Dirichlet draws on
 * the simulation's own stream go through `drawDirichlets` (dirichlet-draws.ts): the same
 * arithmetic on the same uniforms, in one loop.
 */
import type { Random } from './types.js';

/** Standard normal variates by the polar method; holds the spare of each pair. */
export class NormalSource {
  /**
   * `[0]`: 1 while a spare is held, else 0; `[1]`: the spare. A typed array, so `drawDirichlets`
   * (dirichlet-draws.ts) takes and leaves the spare without boxing it, and the two can take turns.
   */
  readonly state = new Float64Array(2);

  /** One N(0, 1) variate, from `rng`'s uniforms (or the spare of the last pair). */
  next(rng: Random): number {
    const state = this.state;
    if (state[0] === 1) {
      state[0] = 0;
      return state[1] as number;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * rng.next() - 1;
      v = 2 * rng.next() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    state[1] = v * f;
    state[0] = 1;
    return u * f;
  }
}

/**
 * One Gamma(shape, 1) variate, shape > 0 (Marsaglia & Tsang 2000; for shape < 1 the boost
 * Gamma(shape + 1)·U^(1/shape)).
 */
export function gammaVariate(rng: Random, normal: NormalSource, shape: number): number {
  if (shape < 1) return gammaVariate(rng, normal, shape + 1) * Math.pow(rng.next(), 1 / shape);
  return gammaAtLeastOne(rng, normal, shape);
}

/**
 * ln of one Gamma(shape, 1) variate, shape > 0: for a small shape U^(1/shape) underflows to 0
 * in double precision, its logarithm ln(U)/shape does not (a Dirichlet draw normalises in log
 * space then).
 */
export function logGammaVariate(rng: Random, normal: NormalSource, shape: number): number {
  if (shape >= 1) return Math.log(gammaAtLeastOne(rng, normal, shape));
  const boost = Math.log(gammaAtLeastOne(rng, normal, shape + 1));
  // U = 0 (probability 2⁻³²) would give −∞; the smallest positive uniform stands in for it
  return boost + Math.log(rng.next() || 2 ** -33) / shape;
}

function gammaAtLeastOne(rng: Random, normal: NormalSource, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal.next(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.next();
    const x2 = x * x;
    // the squeeze first (cheap, accepts most), then the exact test
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}
