/**
 * The default weight draw of a sibling group: Dirichlet(κ·w) centred on the group's stated local
 * weights w, with κ = 1/s² − 1 for `--spread s` (SPEC "sensitivity --format json"), so each
 * weight's standard deviation is s·√(w(1−w)). A Dirichlet variate is independent Gamma(κ·wᵢ)
 * variates divided by their sum.
 */
import { gammaVariate, logGammaVariate, NormalSource } from './gamma.js';
import type { GroupSampler } from './types.js';

/** κ = 1/s² − 1: the Dirichlet concentration for `--spread s`, s in (0, 1). */
export function concentrationOf(spread: number): number {
  return 1 / (spread * spread) - 1;
}

/**
 * A sampler drawing Dirichlet(κ·w) into its `out` array (one entry per weight, summing to 1),
 * allocating nothing per draw. Weights of 0 stay 0 (a Gamma of shape 0 is no variate); a single
 * positive weight keeps its weight; `spread` 0 copies `weights` as given and draws nothing.
 * `normal` carries the polar method's spare from one call to the next: share one per stream.
 */
export function dirichletSampler(
  weights: readonly number[],
  spread: number,
  normal: NormalSource,
): GroupSampler {
  // as given: renormalising weights that already sum to 1 could move them by a rounding step,
  // and spread 0 must give exactly the weights the ranking used
  const asGiven = Float64Array.from(weights);
  const positive = weights.filter((w) => w > 0).length;
  if (spread === 0 || positive <= 1) return (_rng, out) => out.set(asGiven);
  const total = weights.reduce((s, w) => s + w, 0);
  const stated = Float64Array.from(weights, (w) => w / total);
  const kappa = concentrationOf(spread);
  const shapes = Float64Array.from(stated, (w) => kappa * w);
  // shapes below 1 draw U^(1/a), which underflows for small a: then the draw is made in log space
  const small = shapes.some((a) => a > 0 && a < 1);
  const n = shapes.length;
  if (!small) {
    return (rng, out) => {
      let sum = 0;
      for (let i = 0; i < n; i++) {
        const a = shapes[i] as number;
        const g = a > 0 ? gammaVariate(rng, normal, a) : 0;
        out[i] = g;
        sum += g;
      }
      for (let i = 0; i < n; i++) out[i] = (out[i] as number) / sum;
    };
  }
  return (rng, out) => {
    let top = -Infinity;
    for (let i = 0; i < n; i++) {
      const a = shapes[i] as number;
      const lg = a > 0 ? logGammaVariate(rng, normal, a) : -Infinity;
      out[i] = lg;
      if (lg > top) top = lg;
    }
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const g = Math.exp((out[i] as number) - top);
      out[i] = g;
      sum += g;
    }
    for (let i = 0; i < n; i++) out[i] = (out[i] as number) / sum;
  };
}
