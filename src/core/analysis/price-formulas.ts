import { failed, ok, type Result } from '../issues.js';
import { groupedNumber } from '../number-text.js';
import type { DecisionMethod } from '../methods/types.js';
import type { Ranking } from '../model/ranking.js';
import type { CostCriterion, CriteriaSet, Criterion, Vendor } from '../model/types.js';
import { competitionRank } from '../scoring/competition-rank.js';
import { prepareRanking, rankPrepared, type RankOptions } from '../scoring/rank.js';

/** The scorings of price `rank --price-formulas` compares, the set's own first. */
export const priceFormulaIds = ['set', 'lowest-price', 'minmax', 'value-for-money'] as const;
export type PriceFormulaId = (typeof priceFormulaIds)[number];

/** One vendor under every price formula. */
export interface PriceFormulaVendor {
  id: string;
  name: string;
  eligible: boolean;
  /** The contract cost the formulas read (null when the bid was not costed). */
  contract: number | null;
  /** Competition rank among eligible vendors per formula; null when ineligible. */
  ranks: Record<PriceFormulaId, number | null>;
  /** The score per formula: 0–100 for the three scorings, points per million for value for money. */
  scores: Record<PriceFormulaId, number | null>;
}

/** The same vendors ranked under each scoring of the price, and value for money. */
export interface PriceFormulaComparison {
  criteriaSet: Ranking['criteriaSet'];
  method: string;
  missing: Ranking['missing'];
  weightOverrides: Ranking['weightOverrides'];
  skipped: Ranking['skipped'];
  currency: string | null;
  /** The cost criteria whose scoring is swapped. */
  costCriteria: string[];
  /** The set's own scoring of the (first) cost criterion, in words. */
  setScoring: string;
  /** In the order of the set's own ranking. */
  vendors: PriceFormulaVendor[];
  /** The vendors ranked first under each formula (several when tied). */
  winners: Record<PriceFormulaId, string[]>;
  /** True when every formula ranks the same vendor(s) first. */
  sameWinner: boolean;
}

/**
 * Ranks the vendors under each scoring of the cost criteria — the set's own, `lowest-price`
 * (lowest cost ÷ cost), `minmax` — and by value for money: the non-price score (the weighted
 * sum of the other criteria, reweighted to 100 %) per million of contract cost, the
 * price–quality ratio. The price formula is public procurement's most disputed choice: a winner
 * that changes with it is a decision resting on the formula, not on the bids. An error when
 * the set has no cost criterion.
 */
export function comparePriceFormulas(
  set: CriteriaSet,
  vendors: readonly Vendor[],
  options: Pick<RankOptions, 'missing' | 'weightOverrides' | 'skipped'>,
  method: DecisionMethod,
): Result<PriceFormulaComparison> {
  const cost = set.criteria.filter((c): c is CostCriterion => c.type === 'cost');
  const first = cost[0];
  if (!first) {
    return failed([
      {
        severity: 'error',
        rule: 'no-cost-criterion',
        message: `criteria set "${set.id}" has no cost criterion, so there is no price formula to compare`,
        hint: 'add a `type: cost` criterion (see docs/cost-model.md), or rank without --price-formulas',
      },
    ]);
  }
  const rankWith = (scoring: CostCriterion['scoring'] | undefined): Result<Ranking> => {
    const swapped = scoring ? withCostScoring(set, scoring) : set;
    const prepared = prepareRanking(swapped, vendors, options);
    if (!prepared.ok) return failed(prepared.issues);
    return rankPrepared(prepared.value, method);
  };
  const runs: [PriceFormulaId, Result<Ranking>][] = [
    ['set', rankWith(undefined)],
    ['lowest-price', rankWith({ kind: 'lowest-price' })],
    ['minmax', rankWith({ kind: 'minmax' })],
  ];
  for (const [, r] of runs) if (!r.ok) return failed(r.issues);
  const rankings = new Map(runs.map(([id, r]) => [id, r.value as Ranking]));
  const own = rankings.get('set') as Ranking;
  const vfm = valueForMoney(own, new Set(cost.map((c) => c.id)));
  const vendorsOut = own.vendors.map((v): PriceFormulaVendor => {
    const ranks = {} as Record<PriceFormulaId, number | null>;
    const scores = {} as Record<PriceFormulaId, number | null>;
    for (const [id, r] of rankings) {
      const mine = r.vendors.find((x) => x.id === v.id);
      ranks[id] = mine?.rank ?? null;
      scores[id] = mine?.score ?? null;
    }
    ranks['value-for-money'] = vfm.get(v.id)?.rank ?? null;
    scores['value-for-money'] = vfm.get(v.id)?.score ?? null;
    return {
      id: v.id,
      name: v.name,
      eligible: v.eligible,
      contract: v.cost?.contract ?? null,
      ranks,
      scores,
    };
  });
  const winners = {} as Record<PriceFormulaId, string[]>;
  for (const id of priceFormulaIds)
    winners[id] = vendorsOut
      .filter((v) => v.ranks[id] === 1)
      .map((v) => v.id)
      .sort();
  const key = (ids: string[]) => ids.join(' ');
  return ok({
    criteriaSet: own.criteriaSet,
    method: own.method,
    missing: own.missing,
    weightOverrides: own.weightOverrides,
    skipped: own.skipped,
    currency: own.vendors.find((v) => v.cost)?.cost?.currency ?? null,
    costCriteria: cost.map((c) => c.id),
    setScoring: scoringText(first.scoring),
    vendors: vendorsOut,
    winners,
    sameWinner: priceFormulaIds.every((id) => key(winners[id]) === key(winners.set)),
  });
}

/** A cost scoring in words: `linear from 12,600,000 (0) to 3,150,000 (1)`. */
function scoringText(s: CostCriterion['scoring']): string {
  const n = (x: number) => groupedNumber(x, Number.isInteger(x) ? 0 : 2);
  if (s.kind === 'linear') return `linear, 0 at ${n(s.worst)}, 1 at ${n(s.best)}`;
  return s.kind === 'minmax' ? 'minmax' : 'lowest-price';
}

/** The set with every cost criterion scored by `scoring`. */
function withCostScoring(set: CriteriaSet, scoring: CostCriterion['scoring']): CriteriaSet {
  const swap = (c: Criterion): Criterion => (c.type === 'cost' ? { ...c, scoring } : c);
  return { ...set, criteria: set.criteria.map(swap) };
}

/**
 * Value for money per eligible, costed vendor: the weighted-sum score of the criteria other
 * than cost, reweighted to 100 % (its contributions over their weights), divided by the
 * contract cost in millions; ranked highest first.
 */
function valueForMoney(
  ranking: Ranking,
  costIds: ReadonlySet<string>,
): Map<string, { score: number; rank: number | null }> {
  const out = new Map<string, { score: number; rank: number | null }>();
  const scored: { id: string; score: number }[] = [];
  for (const v of ranking.vendors) {
    if (!v.cost || v.cost.contract <= 0) continue;
    const rest = v.criteria.filter((c) => !costIds.has(c.id));
    const weight = rest.reduce((s, c) => s + c.weight, 0);
    const quality = weight > 0 ? rest.reduce((s, c) => s + c.contribution, 0) / weight : 0;
    const score = quality / (v.cost.contract / 1e6);
    out.set(v.id, { score, rank: null });
    if (v.eligible) scored.push({ id: v.id, score });
  }
  for (const { item, rank } of competitionRank(scored)) {
    const entry = out.get(item.id);
    if (entry) entry.rank = rank;
  }
  return out;
}
