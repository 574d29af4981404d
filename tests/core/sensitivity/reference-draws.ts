// The sensitivity draws as they were written before they were made fast (commit 78b7902): one
// call per uniform (`Xoshiro128.next`, whose sequence random.test.ts pins), per normal, per Gamma
// variate and per group, and a comparator sort for the ranks. Kept here, in the tests only, as
// the oracle the fast code must equal bit for bit: the same uniforms consumed in the same order
// and the same floating-point operations in the same order.
import type { GroupSampler, Random } from '../../../src/core/analysis/sensitivity/types.js';
import type { WeightGroup } from '../../../src/core/analysis/sensitivity/weight-tree.js';
import { tiesWith } from '../../../src/core/scoring/competition-rank.js';

/** Marsaglia's polar method, the spare of each pair kept for the next call. */
export class ReferenceNormal {
  private spare = 0;
  private hasSpare = false;

  next(rng: Random): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
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
    this.spare = v * f;
    this.hasSpare = true;
    return u * f;
  }
}

function gammaAtLeastOne(rng: Random, normal: ReferenceNormal, shape: number): number {
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
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** Gamma(shape, 1), Marsaglia & Tsang 2000 with their boost for shape < 1. */
export function referenceGamma(rng: Random, normal: ReferenceNormal, shape: number): number {
  if (shape < 1) return referenceGamma(rng, normal, shape + 1) * Math.pow(rng.next(), 1 / shape);
  return gammaAtLeastOne(rng, normal, shape);
}

/** ln of one Gamma(shape, 1) variate. */
export function referenceLogGamma(rng: Random, normal: ReferenceNormal, shape: number): number {
  if (shape >= 1) return Math.log(gammaAtLeastOne(rng, normal, shape));
  const boost = Math.log(gammaAtLeastOne(rng, normal, shape + 1));
  return boost + Math.log(rng.next() || 2 ** -33) / shape;
}

/** Dirichlet(κ·w) for `--spread`, drawn variate by variate. */
export function referenceDirichlet(
  weights: readonly number[],
  spread: number,
  normal: ReferenceNormal,
): GroupSampler {
  const asGiven = Float64Array.from(weights);
  const positive = weights.filter((w) => w > 0).length;
  if (spread === 0 || positive <= 1) return (_rng, out) => out.set(asGiven);
  const total = weights.reduce((s, w) => s + w, 0);
  const stated = Float64Array.from(weights, (w) => w / total);
  const kappa = 1 / (spread * spread) - 1;
  const shapes = Float64Array.from(stated, (w) => kappa * w);
  const small = shapes.some((a) => a > 0 && a < 1);
  const n = shapes.length;
  if (!small) {
    return (rng, out) => {
      let sum = 0;
      for (let i = 0; i < n; i++) {
        const a = shapes[i] as number;
        const g = a > 0 ? referenceGamma(rng, normal, a) : 0;
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
      const lg = a > 0 ? referenceLogGamma(rng, normal, a) : -Infinity;
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

/** All global weights: each group's sampler (given, else Dirichlet), products down the tree. */
export function referenceWeightDrawer(
  groups: readonly WeightGroup[],
  spread: number,
  given: ReadonlyMap<string, GroupSampler> | undefined,
): (rng: Random, out: Float64Array) => void {
  const normal = new ReferenceNormal();
  const samplers = groups.map(
    (g) => given?.get(g.id) ?? referenceDirichlet(g.stated, spread, normal),
  );
  const locals = groups.map((g) => new Float64Array(g.children.length));
  const globals = new Float64Array(groups.length);
  return (rng, out) => {
    globals[0] = 1;
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g] as WeightGroup;
      const local = locals[g] as Float64Array;
      (samplers[g] as GroupSampler)(rng, local);
      const above = globals[g] as number;
      for (let k = 0; k < local.length; k++) {
        const w = above * (local[k] as number);
        const j = group.criterion[k] as number;
        if (j >= 0) out[j] = w;
        else {
          const sub = group.group[k] as number;
          if (sub >= 0) globals[sub] = w;
        }
      }
    }
  };
}

/** Competition ranks by a comparator sort, from the last call's order. */
export class ReferenceRanker {
  private readonly order: Int32Array;
  private scores: Float64Array = new Float64Array(0);
  private readonly byScore = (a: number, b: number): number => {
    const d =
      (this.scores[this.members[b] as number] as number) -
      (this.scores[this.members[a] as number] as number);
    return d !== 0 ? d : a - b;
  };

  constructor(private readonly members: readonly number[]) {
    this.order = Int32Array.from(members.keys());
  }

  rank(scores: Float64Array, ranks: Int32Array): void {
    this.scores = scores;
    const members = this.members;
    const order = this.order;
    order.sort(this.byScore);
    let start = 0;
    while (start < order.length) {
      const top = scores[members[order[start] as number] as number] as number;
      let end = start + 1;
      while (
        end < order.length &&
        tiesWith(top, scores[members[order[end] as number] as number] as number)
      )
        end++;
      for (let k = start; k < end; k++) ranks[order[k] as number] = start + 1;
      start = end;
    }
  }
}

/** The weighted sum's scores of every vendor, `100 * w * u * factor` summed per vendor. */
export function referenceWeightedSum(
  utilities: Float64Array,
  vendors: number,
  exclude: boolean,
  weights: Float64Array,
  scores: Float64Array,
): void {
  const n = weights.length;
  for (let i = 0; i < vendors; i++) {
    const row = i * n;
    let factor = 1;
    if (exclude) {
      let answered = 0;
      for (let j = 0; j < n; j++) {
        if (!Number.isNaN(utilities[row + j])) answered += weights[j] as number;
      }
      factor = answered > 0 ? 1 / answered : 0;
    }
    let score = 0;
    for (let j = 0; j < n; j++) {
      const u = utilities[row + j] as number;
      score += 100 * (weights[j] as number) * (Number.isNaN(u) ? 0 : u) * factor;
    }
    scores[i] = score;
  }
}
