/**
 * The default weight draw of a sibling group: Dirichlet(κ·w) centred on the group's stated local
 * weights w, with κ = 1/s² − 1 for `--spread s` (SPEC "sensitivity --format json"), so each
 * weight's standard deviation is s·√(w(1−w)). A Dirichlet variate is independent Gamma(κ·wᵢ)
 * variates divided by their sum.
 */
import {
  dirichletPlan,
  drawDirichlets,
  normalise,
  type DirichletGroup,
} from './dirichlet-draws.js';
import { gammaVariate, logGammaVariate, type NormalSource } from './gamma.js';
import { UniformStream } from './random.js';
import type { GroupSampler } from './types.js';

/** κ = 1/s² − 1: the Dirichlet concentration for `--spread s`, s in (0, 1). */
export function concentrationOf(spread: number): number {
  return 1 / (spread * spread) - 1;
}

/**
 * How a group with stated local `weights` is drawn under `spread`: `fixed`, the weights as given
 * (spread 0, or at most one positive weight: nothing to draw), else the Gamma shapes κ·wᵢ of its
 * Dirichlet(κ·w) (w normalised) and whether the draw is made in log space.
 */
export function dirichletShapes(
  weights: readonly number[],
  spread: number,
): { fixed: Float64Array } | Omit<DirichletGroup, 'offset'> {
  const positive = weights.filter((w) => w > 0).length;
  // as given: renormalising weights that already sum to 1 could move them by a rounding step,
  // and spread 0 must give exactly the weights the ranking used
  if (spread === 0 || positive <= 1) return { fixed: Float64Array.from(weights) };
  const total = weights.reduce((s, w) => s + w, 0);
  const stated = Float64Array.from(weights, (w) => w / total);
  const kappa = concentrationOf(spread);
  const shapes = Float64Array.from(stated, (w) => kappa * w);
  // shapes below 1 draw U^(1/a), which underflows for small a: then the draw is made in log space
  return { shapes, log: shapes.some((a) => a > 0 && a < 1) };
}

/**
 * A sampler drawing Dirichlet(κ·w) into its `out` array (one entry per weight, summing to 1),
 * allocating nothing per draw. Weights of 0 stay 0 (a Gamma of shape 0 is no variate); a single
 * positive weight keeps its weight; `spread` 0 copies `weights` as given and draws nothing.
 * `normal` carries the polar method's spare from one call to the next: share one per stream.
 * The simulation draws all its groups at once (`weightDrawer`); this is the same draw for one.
 */
export function dirichletSampler(
  weights: readonly number[],
  spread: number,
  normal: NormalSource,
): GroupSampler {
  const how = dirichletShapes(weights, spread);
  if ('fixed' in how) return (_rng, out) => out.set(how.fixed);
  const { shapes, log } = how;
  const plan = dirichletPlan([{ offset: 0, shapes, log }], shapes.length);
  return (rng, out) => {
    // on the simulation's stream in one flat loop, on any other source variate by variate
    if (rng instanceof UniformStream) {
      drawDirichlets(rng, normal, plan, out, 0, 1);
      return;
    }
    shapes.forEach((a, i) => {
      if (log) out[i] = a > 0 ? logGammaVariate(rng, normal, a) : -Infinity;
      else out[i] = a > 0 ? gammaVariate(rng, normal, a) : 0;
    });
    normalise(out, 0, shapes.length, log);
  };
}
