import type { CriteriaSet, GroupNode } from '../../model/types.js';
import { seededRandom } from './random.js';
import type { GroupSampler, Random } from './types.js';

/**
 * Weight ranges as SMAA-2 draws them (Lahdelma & Salminen 2001): a sibling group whose children
 * state raw weights as ranges `{min, max}` has as its feasible weights every vector of shares
 * that some choice of raw weights within the ranges gives once normalised, and the draws are
 * uniform over that part of the simplex. A child with a point weight is a range with min = max:
 * the point children keep their proportions to each other and move together against the ranged
 * ones (docs/decisions.md).
 */

/** A child's raw weight bounds (min = max for a point weight). */
export interface RawWeightBounds {
  min: number;
  max: number;
}

/** Proposals tried before drawing, to know the rejection sampler accepts often enough. */
const pilotProposals = 4000;
/**
 * Fewer acceptances than this in the pilot (5 %): hit-and-run is cheaper than rejection. At 5 %
 * a draw costs about 20 proposals of `m` exponentials; a hit-and-run draw `m` steps of `m²`.
 */
const minPilotAcceptances = 200;
/** Up to this many free shares hit-and-run finds its chord from every pair, above by Newton. */
const pairsUpTo = 12;
/** A rejection draw gives up after this many proposals (unreachable at the piloted rate). */
const maxProposals = 10_000_000;

/**
 * A sampler of one sibling group's local weights, uniform over the shares the raw ranges allow.
 * The shares `w` are feasible when one scale `t > 0` puts every `t·wᵢ` in its child's range, i.e.
 * `maxᵢ minᵢ/wᵢ ≤ minᵢ maxᵢ/wᵢ`: a convex polytope on the simplex that holds the stated (middle)
 * shares. Draws are exact where that is cheap: uniform on the simplex above each share's lowest
 * feasible value (Dirichlet(1, …, 1) from exponentials, shifted), kept when feasible. For two
 * free children every proposal is kept; when a fixed pilot of 4,000 proposals keeps fewer than
 * 200 (many tight ranges), the sampler walks the polytope by hit-and-run instead (Smith 1984, as
 * SMAA does for constrained weights: Tervonen et al. 2013), uniform in the limit, with
 * `m` steps between draws for `m` free shares. `bounds` must be non-negative with min ≤ max and a
 * positive max somewhere (the criteria rules refuse anything else).
 */
export function rangedGroupSampler(
  bounds: readonly RawWeightBounds[],
  /** `walk`: hit-and-run even where rejection would do (the tests compare the two). */
  options: { walk?: boolean } = {},
): GroupSampler {
  const n = bounds.length;
  // The point children form one block: their shares keep the ratios of their weights.
  const free: number[] = [];
  let block = 0;
  bounds.forEach((b, i) => {
    if (b.max > b.min) free.push(i);
    else block += b.min;
  });
  const lo = free.map((i) => (bounds[i] as RawWeightBounds).min);
  const hi = free.map((i) => (bounds[i] as RawWeightBounds).max);
  if (block > 0) {
    lo.push(block);
    hi.push(block);
  }
  const m = lo.length;
  const middles = bounds.map((b) => (b.min + b.max) / 2);
  const fixedShares = normalised(middles);
  // nothing can move: the stated shares (one free child alone always has share 1)
  if (free.length === 0 || m < 2) return (_rng, out) => out.set(fixedShares);

  const region = feasibleRegion(Float64Array.from(lo), Float64Array.from(hi));
  const blockShareOf = new Float64Array(n);
  bounds.forEach((b, i) => {
    if (b.max <= b.min) blockShareOf[i] = block > 0 ? b.min / block : 0;
  });
  const dimensionOf = new Int32Array(n).fill(-1);
  free.forEach((i, k) => (dimensionOf[i] = k));
  const spread = (y: Float64Array, out: Float64Array): void => {
    const blockShare = block > 0 ? (y[m - 1] as number) : 0;
    for (let i = 0; i < n; i++) {
      const k = dimensionOf[i] as number;
      out[i] = k >= 0 ? (y[k] as number) : blockShare * (blockShareOf[i] as number);
    }
  };

  const pilot = seededRandom(0x5eed);
  let accepted = 0;
  for (let i = 0; i < pilotProposals; i++) if (region.propose(pilot)) accepted++;
  if (accepted >= minPilotAcceptances && !options.walk) {
    return (rng, out) => {
      let tries = 0;
      while (!region.propose(rng)) {
        if (++tries >= maxProposals) {
          out.set(fixedShares);
          return;
        }
      }
      spread(region.y, out);
    };
  }
  // Hit-and-run from the stated shares (inside the region), burnt in with the fixed generator.
  const start = new Float64Array(m);
  free.forEach((i, k) => (start[k] = middles[i] as number));
  if (block > 0) start[m - 1] = block;
  const total = start.reduce((s, v) => s + v, 0);
  for (let k = 0; k < m; k++) start[k] = (start[k] as number) / total;
  const walk = region.walker(start);
  walk(pilot, 100 * m);
  return (rng, out) => {
    walk(rng, m);
    spread(region.x, out);
  };
}

/** The polytope of feasible shares for raw bounds `lo ≤ hi` (m ≥ 2 dimensions). */
function feasibleRegion(
  lo: Float64Array,
  hi: Float64Array,
): {
  /** Draws a proposal into `y`; true when it is feasible. */
  propose(rng: Random): boolean;
  y: Float64Array;
  /** Makes a hit-and-run walk from `start`, kept in `x`. */
  walker(start: Float64Array): (rng: Random, steps: number) => void;
  x: Float64Array;
} {
  const m = lo.length;
  const sumHi = hi.reduce((s, v) => s + v, 0);
  // The lowest share each dimension can take: its own min against everyone else's max.
  const floor = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const denominator = (lo[k] as number) + sumHi - (hi[k] as number);
    floor[k] = denominator > 0 ? (lo[k] as number) / denominator : 0;
  }
  const rest = Math.max(0, 1 - floor.reduce((s, v) => s + v, 0));
  const y = new Float64Array(m);
  const x = new Float64Array(m);
  const d = new Float64Array(m);
  const propose = (rng: Random): boolean => {
    let total = 0;
    for (let k = 0; k < m; k++) {
      // 1 − U is in (0, 1], so the logarithm is finite
      const e = -Math.log(1 - rng.next());
      y[k] = e;
      total += e;
    }
    if (total === 0) return false;
    let lowScale = 0;
    let highScale = Infinity;
    for (let k = 0; k < m; k++) {
      const share = (floor[k] as number) + (rest * (y[k] as number)) / total;
      y[k] = share;
      if (share <= 0) {
        if ((lo[k] as number) > 0) return false;
        continue;
      }
      const l = (lo[k] as number) / share;
      const h = (hi[k] as number) / share;
      if (l > lowScale) lowScale = l;
      if (h < highScale) highScale = h;
    }
    return lowScale <= highScale * (1 + 1e-12);
  };
  /**
   * How far x can move along `sign·d` and stay feasible. Feasible means
   * `G = maxⱼ wⱼ/hiⱼ − minᵢ wᵢ/loᵢ ≤ 0` (one scale puts every share in its range) and w ≥ 0; G is
   * convex and piecewise linear along the line, so Newton's steps from the far end (where a share
   * reaches 0) fall monotonically onto its root. NaN when they do not settle (then the pairs).
   */
  const chordEnd = (sign: number): number => {
    let t = Infinity;
    for (let k = 0; k < m; k++) {
      const e = sign * (d[k] as number);
      if (e < 0) t = Math.min(t, -(x[k] as number) / e);
    }
    if (!Number.isFinite(t)) return Number.NaN;
    for (let iteration = 0; iteration < 60; iteration++) {
      let a = -Infinity;
      let slopeA = 0;
      let b = Infinity;
      let slopeB = 0;
      for (let k = 0; k < m; k++) {
        const e = sign * (d[k] as number);
        const w = (x[k] as number) + t * e;
        const h = hi[k] as number;
        if (w / h > a) {
          a = w / h;
          slopeA = e / h;
        }
        const l = lo[k] as number;
        if (l > 0 && w / l < b) {
          b = w / l;
          slopeB = e / l;
        }
      }
      const g = a - b;
      if (g <= 1e-13 * Math.abs(a)) return t;
      const slope = slopeA - slopeB;
      if (!(slope > 0)) return Number.NaN;
      t -= g / slope;
      if (t <= 0) return 0;
    }
    return Number.NaN;
  };
  /**
   * The chord from every pair's bound `λ·g ≤ h` (O(m²)), into `chord` (low, high): the fallback
   * of `chordEnd`, written into a typed array rather than returned as a pair (an array and two
   * heap numbers per step).
   */
  const chord = new Float64Array(2);
  const pairwiseChord = (): void => {
    let low = -Infinity;
    let high = Infinity;
    for (let i = 0; i < m; i++) {
      const xi = x[i] as number;
      const di = d[i] as number;
      if (di < 0) high = Math.min(high, -xi / di);
      else if (di > 0) low = Math.max(low, -xi / di);
      const li = lo[i] as number;
      for (let j = 0; j < m; j++) {
        if (i === j) continue;
        const hj = hi[j] as number;
        const g = li * (d[j] as number) - hj * di;
        const h = hj * xi - li * (x[j] as number);
        if (g > 0) high = Math.min(high, h / g);
        else if (g < 0) low = Math.max(low, h / g);
      }
    }
    chord[0] = low;
    chord[1] = high;
  };
  const walker = (start: Float64Array) => {
    x.set(start);
    return (rng: Random, steps: number): void => {
      for (let s = 0; s < steps; s++) {
        // a direction in the simplex's plane: Gaussian coordinates, their mean removed
        let mean = 0;
        for (let k = 0; k < m; k++) {
          const g = gaussian(rng);
          d[k] = g;
          mean += g;
        }
        mean /= m;
        for (let k = 0; k < m; k++) d[k] = (d[k] as number) - mean;
        // the chord through x, from each end: O(m) Newton steps, exact pairs as a fallback
        // (the m² pairs are cheaper up to about a dozen shares)
        let high = m > pairsUpTo ? chordEnd(1) : Number.NaN;
        let low = m > pairsUpTo ? -chordEnd(-1) : Number.NaN;
        if (Number.isNaN(high) || Number.isNaN(low)) {
          pairwiseChord();
          low = chord[0] as number;
          high = chord[1] as number;
        }
        if (!(low <= high) || !Number.isFinite(low) || !Number.isFinite(high)) continue;
        const lambda = low + (high - low) * rng.next();
        for (let k = 0; k < m; k++)
          x[k] = Math.max(0, (x[k] as number) + lambda * (d[k] as number));
      }
    };
  };
  return { propose, y, walker, x };
}

/** A standard normal number (Box–Muller, one of the pair). */
function gaussian(rng: Random): number {
  const u = 1 - rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** The samplers `sensitivity` needs for a set's weight ranges, and the nodes that have one. */
export interface RangedGroups {
  /**
   * Group id → sampler of its children's local weights, for every group with a ranged child.
   * The top level's key is the set's id (`set.root.id`), as in `computeWeights`.
   */
  samplers: Map<string, GroupSampler>;
  /** Ids of the nodes whose weight is a range, in tree order (`SensitivityResult.rangedWeights`). */
  rangedWeights: string[];
}

/**
 * One `rangedGroupSampler` per sibling group of `set` that has a child with a weight range.
 * A `--weights` override wins over a range: the overridden child is a point at the override
 * (pass the same overrides the ranking used). Groups weighted by ahp, roc, swing, entropy or
 * critic never hold ranges (the criteria rules refuse them).
 */
export function rangedGroupSamplers(
  set: CriteriaSet,
  overrides: ReadonlyMap<string, number> = new Map(),
): RangedGroups {
  const samplers = new Map<string, GroupSampler>();
  const rangedWeights: string[] = [];
  const visit = (group: GroupNode): void => {
    const direct = (group.weighting?.method ?? 'direct') === 'direct';
    const bounds = group.children.map((child): RawWeightBounds => {
      const given = overrides.get(child.id);
      if (given !== undefined) return { min: given, max: given };
      const range = direct ? child.weightRange : undefined;
      if (range && range.max > range.min) rangedWeights.push(child.id);
      return range ? { min: range.min, max: range.max } : { min: child.weight, max: child.weight };
    });
    if (bounds.some((b) => b.max > b.min)) samplers.set(group.id, rangedGroupSampler(bounds));
    for (const child of group.children) if (child.kind === 'group') visit(child);
  };
  visit(set.root);
  return { samplers, rangedWeights };
}

function normalised(values: readonly number[]): Float64Array {
  const total = values.reduce((s, v) => s + v, 0);
  return Float64Array.from(values, (v) => (total > 0 ? v / total : 0));
}
