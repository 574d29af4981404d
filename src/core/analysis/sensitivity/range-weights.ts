import { failed, ok, type Issue, type Result } from '../../issues.js';
import type { CriteriaSet, GroupNode } from '../../model/types.js';
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
/** Fewer acceptances than this in the pilot: the ranges are too tight for rejection sampling. */
const minPilotAcceptances = 4;
/** A draw gives up after this many proposals (unreachable at the piloted acceptance rate). */
const maxProposals = 10_000_000;

/**
 * A sampler of one sibling group's local weights, uniform over the shares the raw ranges allow.
 * The shares `w` are feasible when one scale `t > 0` puts every `t·wᵢ` in its child's range, i.e.
 * `maxᵢ minᵢ/wᵢ ≤ minᵢ maxᵢ/wᵢ`: a convex polytope on the simplex. Draws are exact: uniform on the
 * simplex above each share's lowest feasible value (Dirichlet(1, …, 1) from exponentials,
 * shifted), kept when feasible. For two free children that accepts every proposal; for many
 * tight ranges the acceptance rate falls, and when a pilot of 4,000 proposals accepts fewer than
 * 4 the result is a `weight-ranges-too-tight` issue naming `groupId` instead of a sampler that
 * would crawl. `bounds` must be non-negative with min ≤ max and a positive max somewhere (the
 * criteria rules refuse anything else).
 */
export function rangedGroupSampler(
  bounds: readonly RawWeightBounds[],
  groupId = 'the group',
): Result<GroupSampler> {
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
  const fixedShares = normalised(bounds.map((b) => (b.min + b.max) / 2));
  if (free.length === 0 || m < 2) {
    // nothing can move: the stated shares (one free child alone always has share 1)
    return ok((_rng, out) => out.set(fixedShares));
  }
  const sumLo = lo.reduce((s, v) => s + v, 0);
  const sumHi = hi.reduce((s, v) => s + v, 0);
  // The lowest share each dimension can take: its own min against everyone else's max.
  const floor = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const others = sumHi - (hi[k] as number);
    const denominator = (lo[k] as number) + others;
    floor[k] = denominator > 0 ? (lo[k] as number) / denominator : 0;
  }
  const rest = Math.max(0, 1 - floor.reduce((s, v) => s + v, 0));
  const loK = Float64Array.from(lo);
  const hiK = Float64Array.from(hi);
  const y = new Float64Array(m);
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
        if ((loK[k] as number) > 0) return false;
        continue;
      }
      const l = (loK[k] as number) / share;
      const h = (hiK[k] as number) / share;
      if (l > lowScale) lowScale = l;
      if (h < highScale) highScale = h;
    }
    return lowScale <= highScale * (1 + 1e-12);
  };
  if (sumLo < sumHi) {
    const pilot = seededRandom(0x5eed);
    let accepted = 0;
    for (let i = 0; i < pilotProposals; i++) if (propose(pilot)) accepted++;
    if (accepted < minPilotAcceptances) return failed([tooTight(groupId, accepted)]);
  }
  const blockShareOf = new Float64Array(n);
  bounds.forEach((b, i) => {
    if (b.max <= b.min) blockShareOf[i] = block > 0 ? b.min / block : 0;
  });
  const dimensionOf = new Int32Array(n).fill(-1);
  free.forEach((i, k) => (dimensionOf[i] = k));
  return ok((rng, out) => {
    let tries = 0;
    while (!propose(rng)) {
      if (++tries >= maxProposals) {
        out.set(fixedShares);
        return;
      }
    }
    const blockShare = block > 0 ? (y[m - 1] as number) : 0;
    for (let i = 0; i < n; i++) {
      const k = dimensionOf[i] as number;
      out[i] = k >= 0 ? (y[k] as number) : blockShare * (blockShareOf[i] as number);
    }
  });
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
 * critic never hold ranges (the criteria rules refuse them). Fails with
 * `weight-ranges-too-tight` when a group's ranges cannot be drawn (see `rangedGroupSampler`).
 */
export function rangedGroupSamplers(
  set: CriteriaSet,
  overrides: ReadonlyMap<string, number> = new Map(),
): Result<RangedGroups> {
  const samplers = new Map<string, GroupSampler>();
  const rangedWeights: string[] = [];
  const issues: Issue[] = [];
  const visit = (group: GroupNode): void => {
    const direct = (group.weighting?.method ?? 'direct') === 'direct';
    const bounds = group.children.map((child): RawWeightBounds => {
      const given = overrides.get(child.id);
      if (given !== undefined) return { min: given, max: given };
      const range = direct ? child.weightRange : undefined;
      if (range && range.max > range.min) rangedWeights.push(child.id);
      return range ? { min: range.min, max: range.max } : { min: child.weight, max: child.weight };
    });
    if (bounds.some((b) => b.max > b.min)) {
      const made = rangedGroupSampler(bounds, group.id);
      if (made.ok) samplers.set(group.id, made.value);
      else issues.push(...made.issues);
    }
    for (const child of group.children) if (child.kind === 'group') visit(child);
  };
  visit(set.root);
  if (issues.length) return failed(issues);
  return ok({ samplers, rangedWeights });
}

function tooTight(groupId: string, accepted: number): Issue {
  return {
    severity: 'error',
    rule: 'weight-ranges-too-tight',
    message: `the weight ranges of the children of "${groupId}" leave too small a part of the possible weights to draw from (${accepted} of ${pilotProposals} trial draws fit)`,
    hint: 'widen the ranges, or write the tightest ones as single weights',
  };
}

function normalised(values: readonly number[]): Float64Array {
  const total = values.reduce((s, v) => s + v, 0);
  return Float64Array.from(values, (v) => (total > 0 ? v / total : 0));
}

/** A small fixed-seed generator (mulberry32) for the pilot, so the check is the same every run. */
function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return {
    next() {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}
