import type { CriterionJudgement, Ranking } from '../model/ranking.js';
import type { AnswerValue, Criterion, CriteriaSet } from '../model/types.js';
import { referenceStats } from './evaluate.js';
import { pairwiseScores, type PairwiseScores } from './pairwise.js';
import {
  choiceUtility,
  costUtility,
  multiUtility,
  numberUtility,
  piecewisePlace,
  scaleUtility,
  utilityOf,
  type ColumnStats,
} from './utility.js';

/**
 * How one answer became its utility: the formula and the figures it read, so `explain` can show
 * "24 EUR/h → 0.65 on the field's range 19.90–31.50, minmax". The utility is computed by the
 * same functions `evaluateVendors` uses (utility.ts), from the same field statistics.
 */
export type UtilityDerivation =
  | { formula: 'scale'; value: number; min: number; max: number; utility: number }
  | {
      formula: 'linear';
      value: number;
      worst: number;
      best: number;
      /** The answer lies at or past an anchor, so the utility is clamped to 0 or 1. */
      clamped: 'worst' | 'best' | null;
      utility: number;
    }
  | {
      formula: 'points';
      value: number;
      /** `segment`: between `from` and `to`; `below`/`above`: flat before the first or after the last point. */
      place: 'segment' | 'below' | 'above';
      from: [number, number] | null;
      to: [number, number] | null;
      utility: number;
    }
  | {
      formula: 'minmax';
      value: number;
      direction: 'higher' | 'lower';
      /** The field's lowest and highest answers (eligible vendors). Equal: everyone scores 1. */
      min: number;
      max: number;
      utility: number;
    }
  | {
      formula: 'ratio';
      value: number;
      direction: 'higher' | 'lower';
      /** The field's highest answer (direction higher) or lowest (lower). */
      reference: number;
      utility: number;
    }
  | {
      formula: 'sum';
      value: number;
      direction: 'higher' | 'lower';
      /** Σx over the field (direction higher) or Σ1/x (lower). */
      reference: number;
      utility: number;
    }
  | { formula: 'no-field'; value: number; utility: number }
  | { formula: 'boolean'; value: boolean; utility: number }
  | { formula: 'choice'; value: AnswerValue; score: number; highest: number; utility: number }
  | { formula: 'multi'; value: AnswerValue; points: number; cap: number; utility: number }
  | { formula: 'mean'; parts: UtilityDerivation[]; utility: number }
  | {
      formula: 'pairwise';
      /** The vendor's entry of the principal eigenvector (the entries sum to 1). */
      entry: number;
      /** The largest entry, which `ideal` divides by. */
      largest: number;
      synthesis: 'ideal' | 'distributive';
      /** How many vendors the comparisons reach. */
      compared: number;
      /** Consistency ratio of the comparisons, and the RI table it used. */
      cr: number;
      riTable: string;
      utility: number;
    };

/**
 * The derivation of one answer's utility. `stats` is the field a relative `number` scoring
 * reads (and a `cost` criterion's lowest-price or minmax scoring). Undefined for a value of the
 * wrong type.
 */
export function deriveUtility(
  c: Criterion,
  value: AnswerValue,
  stats?: ColumnStats,
  pairwise?: { vendor: string; scores: PairwiseScores | undefined },
): UtilityDerivation | undefined {
  switch (c.type) {
    case 'pairwise': {
      const scores = pairwise?.scores;
      const k = scores?.compared.indexOf(pairwise?.vendor ?? '') ?? -1;
      if (!scores || k < 0 || typeof value !== 'number') return undefined;
      return {
        formula: 'pairwise',
        entry: scores.ahp.priorities[k] ?? 0,
        largest: Math.max(...scores.ahp.priorities),
        synthesis: c.synthesis,
        compared: scores.compared.length,
        cr: scores.ahp.cr,
        riTable: scores.riTable,
        utility: value,
      };
    }
    case 'scale':
      if (typeof value !== 'number') return undefined;
      return { formula: 'scale', value, min: c.min, max: c.max, utility: scaleUtility(c, value) };
    case 'number':
      return typeof value === 'number' ? deriveNumber(c, value, stats) : undefined;
    case 'boolean':
      return typeof value === 'boolean'
        ? { formula: 'boolean', value, utility: utilityOf(c, value) }
        : undefined;
    case 'choice': {
      const option = c.options.find((o) => o.value === value);
      return {
        formula: 'choice',
        value,
        score: option?.score ?? 0,
        highest: Math.max(...c.options.map((o) => o.score)),
        utility: choiceUtility(c, value),
      };
    }
    case 'multi': {
      const values = Array.isArray(value) ? value : [];
      let points = 0;
      for (const o of c.options) if (values.includes(o.value)) points += o.points;
      return { formula: 'multi', value, points, cap: c.cap, utility: multiUtility(c, values) };
    }
    case 'cost':
      return typeof value === 'number' ? deriveCost(c, value, stats) : undefined;
  }
}

/** A contract cost's utility as the formula that made it (`costUtility`): lower is better. */
function deriveCost(
  c: Extract<Criterion, { type: 'cost' }>,
  value: number,
  stats: ColumnStats | undefined,
): UtilityDerivation {
  const s = c.scoring;
  const utility = costUtility(c, value, stats);
  if (s.kind === 'linear') {
    const clamped = value >= s.worst ? 'worst' : value <= s.best ? 'best' : null;
    return { formula: 'linear', value, worst: s.worst, best: s.best, clamped, utility };
  }
  if (!stats || stats.count === 0) return { formula: 'no-field', value, utility };
  return s.kind === 'minmax'
    ? { formula: 'minmax', value, direction: 'lower', min: stats.min, max: stats.max, utility }
    : { formula: 'ratio', value, direction: 'lower', reference: stats.min, utility };
}

function deriveNumber(
  c: Extract<Criterion, { type: 'number' }>,
  value: number,
  stats: ColumnStats | undefined,
): UtilityDerivation {
  const s = c.scoring;
  const utility = numberUtility(c, value, stats);
  if (s.kind === 'linear') {
    const past = (anchor: number, other: number): boolean =>
      other > anchor ? value <= anchor : value >= anchor;
    const clamped = past(s.worst, s.best) ? 'worst' : past(s.best, s.worst) ? 'best' : null;
    return { formula: 'linear', value, worst: s.worst, best: s.best, clamped, utility };
  }
  if (s.kind === 'points') {
    const place = piecewisePlace(s.points, value);
    const point = (i: number): [number, number] | null => {
      const p = s.points[i];
      return p ? [p[0], p[1]] : null;
    };
    if (place.at === 'segment') {
      return {
        formula: 'points',
        value,
        place: 'segment',
        from: point(place.segment - 1),
        to: point(place.segment),
        utility,
      };
    }
    const at = place.at === 'below' ? 'below' : 'above';
    const edge = point(at === 'below' ? 0 : s.points.length - 1);
    return {
      formula: 'points',
      value,
      place: at,
      from: at === 'above' ? edge : null,
      to: at === 'below' ? edge : null,
      utility,
    };
  }
  if (!stats || stats.count === 0) return { formula: 'no-field', value, utility };
  const direction = c.direction;
  switch (s.relative) {
    case 'minmax':
      return { formula: 'minmax', value, direction, min: stats.min, max: stats.max, utility };
    case 'ratio':
      return {
        formula: 'ratio',
        value,
        direction,
        reference: direction === 'higher' ? stats.max : stats.min,
        utility,
      };
    case 'sum':
      return {
        formula: 'sum',
        value,
        direction,
        reference: direction === 'higher' ? stats.sum : stats.sumInverse,
        utility,
      };
  }
}

/**
 * The derivation of a judged answer, as `evaluateVendors` scored it: numbers and scales on
 * their (mean) value, other answers from several evaluators by the mean of their utilities, a
 * moderated value on itself.
 * Undefined when unanswered.
 */
export function deriveJudgement(
  c: Criterion,
  judgement: Pick<CriterionJudgement, 'answered' | 'value' | 'evaluations' | 'moderated'>,
  stats?: ColumnStats,
): UtilityDerivation | undefined {
  if (!judgement.answered || judgement.value === null) return undefined;
  // a moderated value is scored on its own; the evaluators' answers it replaced are not
  const several = judgement.moderated ? undefined : judgement.evaluations;
  if (several && several.length > 1 && c.type !== 'number' && c.type !== 'scale') {
    const parts = several.map((e) => deriveUtility(c, e.value, stats));
    if (parts.some((p) => p === undefined)) return undefined;
    const defined = parts as UtilityDerivation[];
    const sum = defined.reduce((s, p) => s + p.utility, 0);
    return { formula: 'mean', parts: defined, utility: sum / defined.length };
  }
  return deriveUtility(c, judgement.value, stats);
}

/**
 * Every criterion's derivation for one vendor of a ranking, in the vendor's criterion order.
 * Relative scorings read the field as `evaluateVendors` did: the eligible vendors' answers.
 */
export function vendorDerivations(
  set: CriteriaSet,
  ranking: Ranking,
  vendorId: string,
): (UtilityDerivation | undefined)[] {
  const vendor = ranking.vendors.find((v) => v.id === vendorId);
  if (!vendor) return [];
  const eligible = ranking.vendors.map((v) => v.eligible);
  const byId = new Map(set.criteria.map((c) => [c.id, c]));
  return vendor.criteria.map((r, j) => {
    const c = byId.get(r.id);
    if (!c) return undefined;
    const stats =
      (c.type === 'number' && c.scoring.kind === 'relative') ||
      (c.type === 'cost' && c.scoring.kind !== 'linear')
        ? referenceStats(
            ranking.vendors.map((v) => {
              const other = v.criteria[j];
              return other?.id === r.id ? other.value : null;
            }),
            eligible,
          )
        : undefined;
    if (c.type === 'pairwise') {
      const scores = pairwiseScores(
        c,
        ranking.vendors.map((v) => v.id),
      );
      return r.answered
        ? deriveUtility(c, r.value ?? 0, undefined, { vendor: vendorId, scores })
        : undefined;
    }
    return deriveJudgement(c, r, stats);
  });
}
