/**
 * The sensitivity simulation (SMAA-2, Lahdelma & Salminen 2001): draw every sibling group's
 * local weights (Dirichlet(κ·w) around the stated weights unless a sampler is given for the
 * group), multiply them down the tree into global weights, redraw uncertain answers when a
 * matrix sampler is given, score under the method, rank the eligible vendors, and count.
 * The decision matrix and the weight tree are built once; a draw allocates nothing on the
 * weighted-sum path.
 */
import { failed, ok, type Result } from '../../issues.js';
import { resolveMethodOptions } from '../../methods/index.js';
import type { DecisionMethod } from '../../methods/types.js';
import type {
  SensitivityResult,
  SimulationSettings,
  VendorAcceptability,
} from '../../model/sensitivity.js';
import { rankPrepared, type PreparedRanking } from '../../scoring/rank.js';
import { isSpread, maxIterations } from './settings.js';
import { seededRandom, type UniformStream } from './random.js';
import { Ranker } from './ranks.js';
import { matrixOf, scorerOf, type Matrix, type Scorer } from './scorer.js';
import type { GroupSampler, MatrixSampler } from './types.js';
import { weightDrawer } from './weight-draw.js';
import { weightGroups } from './weight-tree.js';

/** What the simulation may be given beyond the prepared ranking, the method and the settings. */
export interface SimulationOptions {
  /**
   * Samplers replacing the default Dirichlet draw of some groups, by group id (the set id for
   * the top level; see `weightGroups` for each group's child order).
   */
  groupSamplers?: ReadonlyMap<string, GroupSampler> | undefined;
  /** Redraws uncertain answers each draw (answer ranges). */
  matrixSampler?: MatrixSampler | undefined;
  /** The method's options; by default `resolveMethodOptions(method, set)`, as `rank` uses. */
  methodOptions?: Record<string, unknown> | undefined;
  /** Ids of the nodes whose weight is a range, for the output to state. */
  rangedWeights?: readonly string[] | undefined;
}

/**
 * Runs `settings.iterations` draws and reports each vendor's rank acceptability: the share of
 * draws at each rank, mean, min, max and 5th/95th percentile rank (nearest-rank rule on the
 * rank histogram: the smallest rank r with at least ⌈p·N⌉ of the N draws at rank ≤ r), the
 * SMAA-2 central weight vector and confidence factor. Only eligible vendors are ranked (as
 * `rank` does); ineligible ones are listed last with zero shares and no rank figures. Ties
 * share a rank (competition ranks, SPEC tie tolerance), so with ties P(rank 1) may add up to
 * more than 1 over the vendors. The same settings give the same result on every machine.
 * Fails only as `rankPrepared` does (`--missing fail` with unanswered criteria).
 * `tippingPoints` and `categoryTippingPoints` are left empty: they are computed elsewhere.
 */
export function simulate(
  prepared: PreparedRanking,
  method: DecisionMethod,
  settings: SimulationSettings,
  options: SimulationOptions = {},
): Result<SensitivityResult> {
  const { iterations, seed, spread } = settings;
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > maxIterations)
    throw new RangeError(`iterations must be a whole number from 1 to ${maxIterations}`);
  if (!isSpread(spread)) throw new RangeError('spread must be at least 0 and below 1');
  const methodOptions = options.methodOptions ?? resolveMethodOptions(method, prepared.set);
  const base = rankPrepared(prepared, method, methodOptions);
  if (!base.ok) return failed(base.issues);

  const matrix = matrixOf(prepared);
  const redrawn = options.matrixSampler !== undefined;
  const eligible = prepared.evaluations.flatMap((e, i) => (e.eligible ? [i] : []));
  const score = scorerOf(prepared, method, methodOptions, matrix, redrawn, eligible);
  const ranker = new Ranker(eligible);
  const n = matrix.criteria;
  const e = eligible.length;
  const rng = seededRandom(seed);
  const drawWeights = weightDrawer(weightGroups(prepared), spread, options.groupSamplers, n);

  const weights = new Float64Array(n);
  const stated = Float64Array.from(prepared.input.criteria, (c) => c.weight);
  const scores = new Float64Array(matrix.vendors);
  const ranks = new Int32Array(e);
  const counts = new Int32Array(e * e);
  const central = new Float64Array(e * n);
  if (e > 0) {
    const draws = { rng, drawWeights, matrixSampler: options.matrixSampler, matrix, score, ranker };
    tally(iterations, draws, { weights, stated, scores, ranks, counts, central });
  }

  const ids = prepared.input.criteria.map((c) => c.id);
  const position = new Map(eligible.map((v, k) => [v, k]));
  // At fixed weights a weighted sum changes only where answers are drawn: after the first run,
  // the vendors none of whose cells a draw changes keep their scores (each vendor's score is its
  // own row's sum), and only the others are scored again.
  const drawnRows = options.matrixSampler?.rows;
  const rescore =
    drawnRows && method.id === 'weighted-sum'
      ? scorerOf(
          prepared,
          method,
          methodOptions,
          matrix,
          redrawn,
          eligible.filter((i) => drawnRows.includes(i)),
        )
      : score;
  const confidence = (k: number): number => {
    weights.set(central.subarray(k * n, (k + 1) * n));
    // without uncertain answers one evaluation decides; with them, as many answer draws
    const runs = redrawn ? iterations : 1;
    let first = 0;
    for (let t = 0; t < runs; t++) {
      options.matrixSampler?.draw(rng, matrix.utilities, matrix.performance);
      (t === 0 ? score : rescore)(weights, scores);
      ranker.rank(scores, ranks);
      if (ranks[k] === 1) first++;
    }
    return first / runs;
  };
  const byId = new Map<string, VendorAcceptability>();
  prepared.evaluations.forEach((ev, i) => {
    const k = position.get(i);
    const vendor = { id: ev.vendor.id, name: ev.vendor.name };
    if (k === undefined) {
      byId.set(vendor.id, ineligible(vendor, e));
      return;
    }
    const row = Array.from(counts.subarray(k * e, (k + 1) * e));
    const wins = row[0] ?? 0;
    if (wins > 0)
      for (let j = 0; j < n; j++)
        central[k * n + j] = (stated[j] as number) + (central[k * n + j] as number) / wins;
    byId.set(vendor.id, {
      ...vendor,
      baseRank: null,
      eligible: true,
      ...rankFigures(row, iterations),
      centralWeights:
        wins > 0
          ? Object.fromEntries(ids.map((id, j) => [id, central[k * n + j] as number]))
          : null,
      confidence: wins > 0 ? confidence(k) : null,
    });
  });
  const vendors = base.value.vendors.flatMap((v) => {
    const found = byId.get(v.id);
    return found ? [{ ...found, baseRank: v.rank }] : [];
  });
  return ok({
    iterations,
    seed,
    spread,
    method: method.id,
    vendors,
    tippingPoints: [],
    categoryTippingPoints: [],
    rangedWeights: [...(options.rangedWeights ?? [])],
    uncertainAnswers: options.matrixSampler?.uncertainAnswers ?? 0,
  });
}

/** What one draw takes: the stream, the weight draw, the answer draw (if any), scoring, ranks. */
interface Draws {
  rng: UniformStream;
  drawWeights: (rng: UniformStream, out: Float64Array) => void;
  matrixSampler: MatrixSampler | undefined;
  matrix: Matrix;
  score: Scorer;
  ranker: Ranker;
}

/**
 * Makes `iterations` draws, counting each eligible vendor's ranks into `counts` (row per vendor)
 * and, in the draws it ranks first, its departures from the `stated` weights into `central`.
 * The loop every draw runs, in a function of its own: a small function is optimised mid-loop
 * (on-stack replacement) in a fraction of the compile time of `simulate`, and none of the
 * result-building code after the loop can send it back to the interpreter.
 */
function tally(
  iterations: number,
  draws: Draws,
  arrays: Record<'weights' | 'stated' | 'scores' | 'central', Float64Array> &
    Record<'ranks' | 'counts', Int32Array>,
): void {
  const { rng, drawWeights, matrixSampler, matrix, score, ranker } = draws;
  const { weights, stated, scores, ranks, counts, central } = arrays;
  const n = weights.length;
  const e = ranks.length;
  for (let t = 0; t < iterations; t++) {
    drawWeights(rng, weights);
    matrixSampler?.draw(rng, matrix.utilities, matrix.performance);
    score(weights, scores);
    ranker.rank(scores, ranks);
    for (let k = 0; k < e; k++) {
      const r = ranks[k] as number;
      counts[k * e + r - 1] = (counts[k * e + r - 1] as number) + 1;
      if (r !== 1) continue;
      for (let j = 0; j < n; j++)
        // summed as departures from the stated weights: a constant weight stays exact
        central[k * n + j] =
          (central[k * n + j] as number) + ((weights[j] as number) - (stated[j] as number));
    }
  }
}

/** Shares, mean, min, max and nearest-rank 5th/95th percentiles from a rank histogram. */
function rankFigures(
  counts: readonly number[],
  draws: number,
): Pick<
  VendorAcceptability,
  'pRank1' | 'meanRank' | 'rankMin' | 'rankMax' | 'rankP5' | 'rankP95' | 'shares'
> {
  const shares = counts.map((c) => c / draws);
  let sum = 0;
  let min = 0;
  let max = 0;
  counts.forEach((c, r) => {
    sum += c * (r + 1);
    if (c > 0) {
      if (min === 0) min = r + 1;
      max = r + 1;
    }
  });
  return {
    pRank1: shares[0] ?? 0,
    meanRank: sum / draws,
    rankMin: min,
    rankMax: max,
    rankP5: percentileRank(counts, draws, 0.05),
    rankP95: percentileRank(counts, draws, 0.95),
    shares,
  };
}

/** The nearest-rank percentile: the smallest rank r with at least ⌈p·N⌉ draws at rank ≤ r. */
export function percentileRank(counts: readonly number[], draws: number, p: number): number {
  const needed = Math.max(1, Math.ceil(p * draws));
  let seen = 0;
  for (let r = 0; r < counts.length; r++) {
    seen += counts[r] ?? 0;
    if (seen >= needed) return r + 1;
  }
  return counts.length;
}

/** An ineligible vendor: never ranked, so no share and no rank figures. */
function ineligible(vendor: { id: string; name: string }, ranks: number): VendorAcceptability {
  return {
    ...vendor,
    baseRank: null,
    eligible: false,
    pRank1: 0,
    meanRank: null,
    rankMin: null,
    rankMax: null,
    rankP5: null,
    rankP95: null,
    shares: new Array<number>(ranks).fill(0),
    centralWeights: null,
    confidence: null,
  };
}
