import type {
  AnswerValue,
  ChoiceCriterion,
  CostCriterion,
  Criterion,
  MultiCriterion,
  NumberCriterion,
  ScaleCriterion,
} from '../model/types.js';

/** Statistics of one `number` column over the reference vendors, for relative scoring. */
export interface ColumnStats {
  min: number;
  max: number;
  /** Σx, for `relative: sum` with direction higher. */
  sum: number;
  /** Σ1/x over non-zero x, for `relative: sum` with direction lower. */
  sumInverse: number;
  count: number;
}

const clamp01 = (u: number): number => (u < 0 ? 0 : u > 1 ? 1 : u);

/** (v − min)/(max − min) on the criterion's scale. */
export function scaleUtility(c: ScaleCriterion, v: number): number {
  return clamp01((v - c.min) / (c.max - c.min));
}

/**
 * Where `x` falls on a piecewise curve: below the first point, past the last one, or on the
 * segment that ends at `points[segment]`. Shared by the utility and its derivation in `explain`.
 */
export type PiecewisePlace =
  { at: 'below' | 'above' } | { at: 'segment'; segment: number } | { at: 'none' };

/** The place of `x` on `points` ([x, u], x increasing). */
export function piecewisePlace(
  points: readonly (readonly [number, number])[],
  x: number,
): PiecewisePlace {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return { at: 'none' };
  if (x <= first[0]) return { at: 'below' };
  if (x >= last[0]) return { at: 'above' };
  for (let i = 1; i < points.length; i++) {
    if (x <= (points[i] as [number, number])[0]) return { at: 'segment', segment: i };
  }
  return { at: 'above' };
}

/** Piecewise-linear interpolation through `points` ([x, u], x increasing), flat outside. */
export function piecewiseUtility(
  points: readonly (readonly [number, number])[],
  x: number,
): number {
  const place = piecewisePlace(points, x);
  switch (place.at) {
    case 'none':
      return 0;
    case 'below':
      return clamp01((points[0] as [number, number])[1]);
    case 'above':
      return clamp01((points[points.length - 1] as [number, number])[1]);
    case 'segment': {
      const [x1, u1] = points[place.segment] as [number, number];
      const [x0, u0] = points[place.segment - 1] as [number, number];
      return clamp01(u0 + ((u1 - u0) * (x - x0)) / (x1 - x0));
    }
  }
}

/** Linear from worst (0) to best (1), clamped; works for either direction. */
export function linearUtility(worst: number, best: number, x: number): number {
  return clamp01((x - worst) / (best - worst));
}

/**
 * A `number` answer's utility. Relative scorings need the column's statistics; a constant
 * column scores 1 for everyone under `minmax` (SPEC).
 */
export function numberUtility(c: NumberCriterion, x: number, stats?: ColumnStats): number {
  const s = c.scoring;
  if (s.kind === 'linear') return linearUtility(s.worst, s.best, x);
  if (s.kind === 'points') return piecewiseUtility(s.points, x);
  if (!stats || stats.count === 0) return 0;
  const higher = c.direction === 'higher';
  switch (s.relative) {
    case 'minmax': {
      if (stats.max === stats.min) return 1;
      const span = stats.max - stats.min;
      // a span past the largest double (answers from −1e308 to 1e308) is taken in halves, else
      // Infinity / Infinity would make the utility NaN
      const u = Number.isFinite(span)
        ? (x - stats.min) / span
        : (x / 2 - stats.min / 2) / (stats.max / 2 - stats.min / 2);
      return clamp01(higher ? u : 1 - u);
    }
    case 'ratio':
      if (higher) return stats.max > 0 ? clamp01(x / stats.max) : 1;
      return x > 0 ? clamp01(stats.min / x) : 1;
    case 'sum': {
      if (higher) return stats.sum > 0 ? clamp01(x / stats.sum) : 0;
      if (!(x > 0 && stats.sumInverse > 0)) return 1;
      // 1/x overflows to Infinity below x ≈ 5.6e-309 (and Σ1/x with it): such an answer holds
      // all of Σ1/x but for a share below 1e-300, so it scores 1 and the others 0 (x / Infinity);
      // Infinity / Infinity would be NaN, ranked first (found by tests/properties)
      const inverse = 1 / x;
      return Number.isFinite(inverse) ? clamp01(inverse / stats.sumInverse) : 1;
    }
  }
}

/**
 * A cost's utility (lower is better): `lowest-price` the lowest cost in the field ÷ this cost
 * (the public-procurement ratio; a zero cost scores 1), `{worst, best}` linear between a budget
 * ceiling and floor, `minmax` 1 at the lowest cost and 0 at the highest. The field is the
 * eligible vendors' costs (`stats`).
 */
export function costUtility(c: CostCriterion, x: number, stats?: ColumnStats): number {
  const s = c.scoring;
  if (s.kind === 'linear') return linearUtility(s.worst, s.best, x);
  if (!stats || stats.count === 0) return 0;
  if (s.kind === 'minmax') {
    if (stats.max === stats.min) return 1;
    return clamp01(1 - (x - stats.min) / (stats.max - stats.min));
  }
  return x > 0 ? clamp01(stats.min / x) : 1;
}

/** A choice's option score divided by the highest option score. */
export function choiceUtility(c: ChoiceCriterion, value: unknown): number {
  const best = Math.max(...c.options.map((o) => o.score));
  const option = c.options.find((o) => o.value === value);
  return option && best > 0 ? clamp01(option.score / best) : 0;
}

/** min(1, Σ points of the chosen options / cap). */
export function multiUtility(c: MultiCriterion, values: readonly unknown[]): number {
  if (c.cap <= 0) return 0;
  let points = 0;
  for (const o of c.options) if (values.includes(o.value)) points += o.points;
  return clamp01(points / c.cap);
}

/** The utility in [0, 1] of one answer value (a `cost` criterion's value is the contract cost). */
export function utilityOf(c: Criterion, value: AnswerValue, stats?: ColumnStats): number {
  switch (c.type) {
    case 'scale':
      return scaleUtility(c, value as number);
    case 'number':
      return numberUtility(c, value as number, stats);
    case 'boolean':
      return value === true ? 1 : 0;
    case 'choice':
      return choiceUtility(c, value);
    case 'multi':
      return multiUtility(c, Array.isArray(value) ? value : []);
    case 'cost':
      return typeof value === 'number' ? costUtility(c, value, stats) : 0;
    case 'pairwise':
      // the value of a pairwise criterion is already its utility (see `pairwiseScores`)
      return typeof value === 'number' ? clamp01(value) : 0;
  }
}

/** Column statistics of a list of numbers (empty list → count 0). */
export function columnStats(values: readonly number[]): ColumnStats {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  let sumInverse = 0;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
    if (v !== 0) sumInverse += 1 / v;
  }
  return { min, max, sum, sumInverse, count: values.length };
}
