import type { AnswerRange, Criterion, NumberCriterion } from '../../model/types.js';
import type { PreparedRanking } from '../../scoring/rank.js';
import { numberUtility, utilityOf, type ColumnStats } from '../../scoring/utility.js';
import type { MatrixSampler, Random } from './types.js';

/**
 * Uncertain answers (`value: {min, max}` or `{low, mode, high}`) drawn in the sensitivity
 * simulation. Every other command scores such an answer at its mean; here each draw takes a
 * value from the range (uniform, or triangular by its inverse CDF) and scores it as `rank`
 * would score that value.
 */

/** Evaluator answer kinds in the sampler's typed arrays. */
const point = 0;
const uniform = 1;
const triangular = 2;

/**
 * The value at cumulative probability `u` of the triangular distribution on low–high with its
 * peak at `mode` (inverse CDF). `low = high` gives that value.
 */
export function triangularQuantile(u: number, low: number, mode: number, high: number): number {
  const width = high - low;
  if (width <= 0) return low;
  const split = (mode - low) / width;
  return u < split
    ? low + Math.sqrt(u * width * (mode - low))
    : high - Math.sqrt((1 - u) * width * (high - mode));
}

/** The range when it has a width; undefined for none or one of a single value (min = max). */
function spread(range: AnswerRange | undefined): AnswerRange | undefined {
  if (!range) return undefined;
  const width = range.kind === 'uniform' ? range.max - range.min : range.high - range.low;
  return width > 0 ? range : undefined;
}

/** One draw from an answer's range. */
export function drawAnswerRange(range: AnswerRange, rng: Random): number {
  return range.kind === 'uniform'
    ? range.min + (range.max - range.min) * rng.next()
    : triangularQuantile(rng.next(), range.low, range.mode, range.high);
}

/**
 * The sampler of a prepared ranking's uncertain answers, or undefined when no answer is a range.
 * Each draw, every cell with a range answer gets a new value: each evaluator's range drawn on its
 * own (a point answer stays), their mean taken as `rank` merges evaluators (`mergeAnswers`),
 * scored with the criterion's own scoring (`utilityOf`); the performance is the raw value for a
 * `number` criterion and the utility for a `scale` one (as `performanceOf`). A `number` column
 * scored relative to the field is re-scored from the drawn column every draw, over the same
 * reference vendors as `rank` (`input.reference`), so the whole column belongs to the sampler.
 * A moderated cell (`Vendor.moderated`) is a point. What stays fixed at the ranges' means:
 * knock-outs (who is eligible) and weights derived from the answers (entropy, CRITIC).
 */
export function answerRangeSampler(prepared: PreparedRanking): MatrixSampler | undefined {
  const { set, evaluations } = prepared;
  const criteria = set.criteria;
  const nC = criteria.length;
  const nV = evaluations.length;
  const cells: number[] = [];
  const kinds: number[] = [];
  const params: number[] = [];
  /** Per cell, where its evaluators' answers start in `kinds` (one past the end at the last). */
  const starts: number[] = [];
  let uncertainAnswers = 0;
  const relative = new Set<number>();
  evaluations.forEach((e, v) => {
    criteria.forEach((c, j) => {
      if (c.type !== 'number' && c.type !== 'scale') return;
      if (e.vendor.moderated?.has(c.id)) return;
      const given = (e.vendor.answers.get(c.id) ?? []).filter((a) => a.value !== null);
      if (!given.some((a) => spread(a.range))) return;
      cells.push(v * nC + j);
      starts.push(kinds.length);
      for (const a of given) {
        // `{ min: 82, max: 82 }` is the answer 82 (its value), not an uncertain one
        const r = spread(a.range);
        if (r) uncertainAnswers++;
        if (!r) {
          kinds.push(point);
          params.push(a.value as number, 0, 0);
        } else if (r.kind === 'uniform') {
          kinds.push(uniform);
          params.push(r.min, r.max, 0);
        } else {
          kinds.push(triangular);
          params.push(r.low, r.mode, r.high);
        }
      }
      if (c.type === 'number' && c.scoring.kind === 'relative') relative.add(j);
    });
  });
  if (cells.length === 0) return undefined;
  starts.push(kinds.length);

  const cellOf = Int32Array.from(cells);
  const startOf = Int32Array.from(starts);
  const kindOf = Uint8Array.from(kinds);
  const p = Float64Array.from(params);
  const criterionOf = cells.map((cell) => criteria[cell % nC] as Criterion);
  const isRelative = cells.map((cell) => relative.has(cell % nC));
  // The raw answers of the relative columns, drawn cells overwritten each draw; NaN unanswered.
  const raw = new Float64Array(nV * nC).fill(Number.NaN);
  const relativeColumns = [...relative].sort((a, b) => a - b);
  for (const j of relativeColumns) {
    evaluations.forEach((e, v) => {
      const r = e.criteria[j];
      if (r?.answered && typeof r.value === 'number') raw[v * nC + j] = r.value;
    });
  }
  const reference = prepared.input.reference;
  const stats: ColumnStats = { min: 0, max: 0, sum: 0, sumInverse: 0, count: 0 };
  // a drawn cell's vendor, and every vendor answering a relative column (re-scored as a whole)
  const rows = new Set(cells.map((cell) => Math.floor(cell / nC)));
  for (const j of relativeColumns)
    for (let v = 0; v < nV; v++) if (!Number.isNaN(raw[v * nC + j])) rows.add(v);

  return {
    uncertainAnswers,
    rows: [...rows].sort((a, b) => a - b),
    draw(rng: Random, utilities: Float64Array, performance: Float64Array): void {
      for (let k = 0; k < cellOf.length; k++) {
        const from = startOf[k] as number;
        const to = startOf[k + 1] as number;
        let sum = 0;
        for (let a = from; a < to; a++) {
          const kind = kindOf[a];
          const x = p[3 * a] as number;
          const y = p[3 * a + 1] as number;
          if (kind === point) sum += x;
          else if (kind === uniform) sum += x + (y - x) * rng.next();
          else sum += triangularQuantile(rng.next(), x, y, p[3 * a + 2] as number);
        }
        const value = sum / (to - from);
        const cell = cellOf[k] as number;
        if (isRelative[k]) {
          raw[cell] = value;
          continue;
        }
        const c = criterionOf[k] as Criterion;
        const u = utilityOf(c, value);
        utilities[cell] = u;
        performance[cell] = c.type === 'number' ? value : u;
      }
      for (const j of relativeColumns) {
        const c = criteria[j] as NumberCriterion;
        columnStatsInto(raw, j, nC, nV, reference, stats);
        for (let v = 0; v < nV; v++) {
          const x = raw[v * nC + j] as number;
          if (Number.isNaN(x)) continue;
          utilities[v * nC + j] = numberUtility(c, x, stats);
          performance[v * nC + j] = x;
        }
      }
    },
  };
}

/**
 * `columnStats` of column `j` over the reference vendors' answered cells, written into `out`
 * (no allocation per draw). Matches `referenceStats`: `reference` already falls back to every
 * vendor when none is eligible.
 */
function columnStatsInto(
  raw: Float64Array,
  j: number,
  nC: number,
  nV: number,
  reference: readonly boolean[],
  out: ColumnStats,
): void {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  let sumInverse = 0;
  let count = 0;
  for (let v = 0; v < nV; v++) {
    if (!reference[v]) continue;
    const x = raw[v * nC + j] as number;
    if (Number.isNaN(x)) continue;
    if (x < min) min = x;
    if (x > max) max = x;
    sum += x;
    if (x !== 0) sumInverse += 1 / x;
    count++;
  }
  out.min = min;
  out.max = max;
  out.sum = sum;
  out.sumInverse = sumInverse;
  out.count = count;
}
