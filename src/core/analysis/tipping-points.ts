import { resolveMethodOptions, type DecisionMethod } from '../methods/index.js';
import type { MethodInput } from '../methods/types.js';
import type { TippingPoint } from '../model/sensitivity.js';
import type { PreparedRanking } from '../scoring/rank.js';
import { kernelOf } from './sensitivity/kernels/index.js';
import { fieldOf, type Crossing, type Field } from './tipping/field.js';
import { linearCrossings } from './tipping/linear.js';
import { defaultSearch, numericCrossings, type NumericSearch } from './tipping/numeric.js';
import { weightLines, type WeightLine } from './tipping/weight-line.js';

export type { NumericSearch } from './tipping/numeric.js';

/** Every tipping point of a ranking: per criterion, and per category or included set. */
export interface TippingPoints {
  /** One per criterion that can change the leader (SPEC `tippingPoints`). */
  criteria: TippingPoint[];
  /** One per category or included set, at any depth, that can (`categoryTippingPoints`). */
  categories: TippingPoint[];
}

/** Options of {@link tippingPoints}. */
export interface TippingOptions {
  /** The method's options; by default `resolveMethodOptions(method, prepared.set)`. */
  methodOptions?: Record<string, unknown> | undefined;
  /** How finely the numeric search looks (every method but the weighted sum under `zero`). */
  search?: NumericSearch | undefined;
}

/**
 * The exact one-at-a-time tipping point of every criterion and every group weight: the global
 * weight g′ nearest the stated g (on either side; the lower one when both are as near) at which
 * the leader is no longer alone in first, the rest of the weights rescaled proportionally
 * (criteria in the node w_j·g′/g, the others w_j·(1 − g′)/(1 − g)).
 *
 * - The leader is the eligible vendor ranked first under the stated weights; ineligible vendors
 *   never lead. When several tie for first (within 10⁻⁹, as the ranking), the lead is that
 *   group, `leader` reads `a, b (tied)`, and breaking the tie among them is not a change: the
 *   tipping point is where a vendor outside the group reaches the best of them.
 * - `newLeader` is the vendor outside the lead that leads (or shares the lead) just beyond the
 *   tipping point; of several, the one ahead there, then the first by id.
 * - Weighted sum with unanswered criteria scored 0: exact, as scores are linear in g′ (see
 *   `linearCrossings`): the point where the scores cross. Every other method, and the weighted
 *   sum under `--missing exclude` (renormalised per vendor, so not linear): a grid scan then a
 *   bracketing root finder to 10⁻⁹ of weight, on the ranking's own tie rule, so the point lies
 *   where a challenger comes within 10⁻⁹ of the leader's score (see `numericCrossings`; a change
 *   and change back narrower than a grid step can be missed).
 * - Scores that only become level at a weight of 0 or 1 (say, two vendors both scoring fully on
 *   the criterion) are no change: there is no weight beyond to lead at.
 * - A node weighing 0 takes g′ spread over its criteria in their proportions within it (their
 *   local weights). A node holding all the weight (g = 1) has no other weight to trade against
 *   and is left out, as is every node that cannot change the leader anywhere in [0, 1], and all
 *   of them when fewer than two vendors are eligible.
 *
 * Each list is sorted by the relative change |g′ − g| / g, smallest first (a node weighing 0,
 * whose relative change is infinite, after the others by its absolute change), then by id.
 * Pure; never throws for a valid preparation. On the shipped examples (6 vendors, 77 criteria,
 * 26 groups) a numeric method scores the vendors some 4,000–6,000 times.
 */
export function tippingPoints(
  prepared: PreparedRanking,
  method: DecisionMethod,
  options: TippingOptions = {},
): TippingPoints {
  const base: MethodInput = {
    ...prepared.input,
    options: options.methodOptions ?? resolveMethodOptions(method, prepared.set),
  };
  const ids = base.alternatives.map((a) => a.id);
  const eligible = prepared.evaluations.map((e) => e.eligible);
  const field = fieldOf(ids, method.score(base).scores, eligible);
  if (field.leaders.length === 0 || field.challengers.length === 0)
    return { criteria: [], categories: [] };
  const lines = weightLines(
    prepared.set.root,
    prepared.weights,
    base.criteria.map((c) => c.id),
  );
  const exact = method.id === 'weighted-sum' && base.missing === 'zero';
  const utilities = base.alternatives.map((a) => a.utilities);
  const scoreAt = eligibleScores(base, eligible, method);
  const points: TippingPoint[] = [];
  const kinds = new Map<string, WeightLine['kind']>();
  for (const line of lines) {
    const sides = exact
      ? linearCrossings(line, utilities, field)
      : numericCrossings(line, scoreAt, field, options.search ?? defaultSearch);
    const point = nearer(line, sides.up, sides.down, field);
    if (!point) continue;
    points.push(point);
    kinds.set(point.id, line.kind);
  }
  points.sort(byRelativeChange);
  return {
    criteria: points.filter((p) => kinds.get(p.id) === 'criterion'),
    categories: points.filter((p) => kinds.get(p.id) === 'group'),
  };
}

/**
 * Scores every vendor under given criterion weights, the eligible ones by the method and the
 * others as −∞. Only the eligible vendors (the reference, when any is eligible) are given to
 * the method: every method measures a vendor outside the reference against the reference
 * without changing anyone else's score, so leaving them out changes no eligible score and
 * saves a third of the work on the examples. The method's weight-only kernel (`kernelOf`) does
 * the scoring when it has one: the same scores without re-normalising the matrix per probe.
 */
function eligibleScores(
  base: MethodInput,
  eligible: readonly boolean[],
  method: DecisionMethod,
): (weights: Float64Array) => Float64Array {
  const kept = base.alternatives.flatMap((a, i) => (eligible[i] ? [i] : []));
  const input: MethodInput = {
    ...base,
    alternatives: kept.map((i) => base.alternatives[i] as MethodInput['alternatives'][number]),
    reference: kept.map(() => true),
  };
  const out = new Float64Array(base.alternatives.length).fill(-Infinity);
  const kernel = kernelOf(method, input);
  if (kernel) {
    const scores = new Float64Array(kept.length);
    return (weights) => {
      kernel(weights, scores);
      for (let k = 0; k < kept.length; k++) out[kept[k]!] = scores[k]!;
      return out;
    };
  }
  return (weights) => {
    const scores = method.score({
      ...input,
      criteria: input.criteria.map((c, j) => ({ ...c, weight: weights[j] ?? 0 })),
    }).scores;
    kept.forEach((i, k) => (out[i] = scores[k] ?? -Infinity));
    return out;
  };
}

/** The tipping point of the side nearer the stated weight (the lower weight when as near). */
function nearer(
  line: WeightLine,
  up: Crossing | undefined,
  down: Crossing | undefined,
  field: Field,
): TippingPoint | undefined {
  const g = line.weight;
  const chosen = !up ? down : !down ? up : up.t - g < g - down.t ? up : down;
  if (!chosen) return undefined;
  return {
    id: line.id,
    weight: g,
    newWeight: chosen.t,
    newLeader: field.ids[chosen.newLeader] ?? '',
    leader: leaderText(field),
  };
}

/** The leader's id, or the tied leaders' ids as `a, b (tied)` (as `check --base` reads a tie). */
function leaderText(field: Field): string {
  const ids = field.leaders.map((i) => field.ids[i] ?? '');
  return ids.length === 1 ? (ids[0] ?? '') : `${ids.join(', ')} (tied)`;
}

/** Smallest relative change first (a node weighing 0 after, by absolute change), then id. */
function byRelativeChange(a: TippingPoint, b: TippingPoint): number {
  const change = (p: TippingPoint) => Math.abs(p.newWeight - p.weight);
  const relative = (p: TippingPoint) => (p.weight > 0 ? change(p) / p.weight : Infinity);
  const [ra, rb] = [relative(a), relative(b)];
  if (ra !== rb) return ra < rb ? -1 : 1;
  if (ra === Infinity && change(a) !== change(b)) return change(a) - change(b);
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
