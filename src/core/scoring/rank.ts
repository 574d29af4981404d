import { failed, ok, type Issue, type Result } from '../issues.js';
import { resolveMethodOptions } from '../methods/index.js';
import { weightedSumPoints } from '../methods/weighted-sum.js';
import type {
  DecisionMethod,
  MethodCriterion,
  MethodInput,
  ScoredAlternative,
} from '../methods/types.js';
import type {
  MissingPolicy,
  Ranking,
  SkippedFile,
  VendorResult,
  WeightOverride,
} from '../model/ranking.js';
import type { CriteriaSet, Vendor } from '../model/types.js';
import { panelSize } from '../analysis/consensus.js';
import { competitionRank } from './competition-rank.js';
import { weightsFromEvaluations } from './derive-weights.js';
import { evaluateVendors, performanceOf, type VendorEvaluation } from './evaluate.js';
import { dominanceOn, sharedResults, topLevelIndices, type SharedResults } from './records.js';
import { describeWeightOverrides } from './weight-overrides.js';
import { costVendors, type CostReport } from '../cost/cost.js';
import type { NodeWeight } from './weights.js';

/** Options of one ranking run. */
export interface RankOptions {
  method: DecisionMethod;
  /** `fail`: an unanswered criterion is a `missing-answer` issue; otherwise scored as `zero`. */
  missing: MissingPolicy;
  /** Raw weight overrides by node id (`--weights`); checked by `validateWeightOverrides`. */
  weightOverrides?: ReadonlyMap<string, number> | undefined;
  /** Vendor files left out by `--skip-invalid` (found by io), for every output to state. */
  skipped?: readonly SkippedFile[] | undefined;
  /** The method's options; by default `resolveMethodOptions(method, set)`. */
  methodOptions?: Record<string, unknown> | undefined;
}

/**
 * Scores and ranks vendors, each step once and forward: answers judged (utilities, knock-outs),
 * weights derived (from those judgements for entropy/CRITIC sets), the method's score, records
 * built with their weight and contribution, competition ranks among eligible vendors
 * (ineligible ones follow with rank null), dominance. Pure; nothing is changed after it is
 * made. Never throws for user input: cost criteria (not computable yet), bad `--weights`,
 * objective weighting that cannot be derived and unanswered criteria under `--missing fail`
 * come back as issues.
 */
export function rankVendors(
  set: CriteriaSet,
  vendors: readonly Vendor[],
  options: RankOptions,
): Result<Ranking> {
  const prepared = prepareRanking(set, vendors, options);
  if (!prepared.ok) return prepared;
  return rankPrepared(prepared.value, options.method, options.methodOptions);
}

/**
 * What every method's ranking of the same vendors shares (`rank --all-methods` ranks under
 * five methods from one of these): the judged answers, the weights, the decision matrix, and,
 * made on first use, the contribution records, category scores and dominance.
 */
export interface PreparedRanking {
  set: CriteriaSet;
  missing: MissingPolicy;
  evaluations: readonly VendorEvaluation[];
  weights: ReadonlyMap<string, NodeWeight>;
  /** `--weights` overrides as applied, for every output to state. */
  weightOverrides: WeightOverride[];
  /** Vendor files left out by `--skip-invalid`, for every output to state. */
  skipped: SkippedFile[];
  /** Each priced vendor's cost under the set's demand (undefined without a demand). */
  costs: CostReport | undefined;
  /** The decision matrix every method reads; each run adds its own options. */
  input: Omit<MethodInput, 'options'>;
  /** Warnings found on the way (e.g. a constant entropy column). */
  issues: Issue[];
  /** Method-independent results, made once by the first ranking that needs them. */
  shared?: SharedResults;
}

/** Judges the answers and derives the weights once, for one or several methods. */
export function prepareRanking(
  set: CriteriaSet,
  vendors: readonly Vendor[],
  options: Pick<RankOptions, 'missing' | 'weightOverrides' | 'skipped'>,
): Result<PreparedRanking> {
  // bids become cost once, before judging: a cost criterion's value is the contract cost
  const costed = needsCost(set, vendors) ? costVendors(set, vendors) : undefined;
  if (costed && !costed.ok) return failed(costed.issues);
  const costs = costed?.value;
  const contract = new Map([...(costs?.vendors ?? [])].map(([id, c]) => [id, c.contract]));
  const evaluations = evaluateVendors(set, vendors, contract);
  const weighted = weightsFromEvaluations(set, evaluations, options.weightOverrides);
  if (!weighted.ok) return weighted;
  const weights = weighted.value;
  const exclude = options.missing === 'exclude';
  const criteria: MethodCriterion[] = set.criteria.map((c) => ({
    id: c.id,
    weight: weights.get(c.id)?.global ?? 0,
    direction: c.type === 'number' ? c.direction : c.type === 'cost' ? 'lower' : 'higher',
    type: c.type,
    preference: c.preference,
  }));
  const eligible = evaluations.map((e) => e.eligible);
  const input: Omit<MethodInput, 'options'> = {
    criteria,
    alternatives: evaluations.map((e) => ({
      id: e.vendor.id,
      utilities: e.criteria.map((r) => (r.answered ? r.utility : exclude ? null : 0)),
      performance: e.criteria.map(performanceOf),
    })),
    missing: exclude ? 'exclude' : 'zero',
    reference: eligible.some(Boolean) ? eligible : eligible.map(() => true),
  };
  const weightOverrides = describeWeightOverrides(set, options.weightOverrides, weights);
  return ok(
    {
      set,
      missing: options.missing,
      evaluations,
      weights,
      weightOverrides,
      skipped: [...(options.skipped ?? [])],
      costs,
      input,
      issues: [...(costed?.issues ?? []), ...weighted.issues],
    },
    [...(costed?.issues ?? []), ...weighted.issues],
  );
}

/** Ranks prepared vendors under one method (options: the set's for its own method, else defaults). */
export function rankPrepared(
  prepared: PreparedRanking,
  method: DecisionMethod,
  methodOptions?: Record<string, unknown>,
): Result<Ranking> {
  const { set, evaluations, weights } = prepared;
  const input: MethodInput = {
    ...prepared.input,
    options: methodOptions ?? resolveMethodOptions(method, set),
  };
  const output = method.score(input);
  // Contributions are weighted-sum points: made once per preparation, by the weighted-sum
  // method when it ran first, else here.
  prepared.shared ??= sharedResults(
    evaluations,
    weights,
    set,
    output.points ?? weightedSumPoints(input),
  );
  const { records, dominance } = prepared.shared;
  const dominatedBy = (dominance[method.reads] ??= dominanceOn(
    input,
    evaluations,
    prepared.missing,
    method.reads,
  ));
  const globals = input.criteria.map((c) => c.weight);
  const groups = topLevelIndices(set);
  const results: VendorResult[] = evaluations.map((e, i) => {
    const scored: ScoredAlternative = {
      score: inScoreRange(output.scores[i] ?? 0),
      details: output.details?.[i],
      terms: output.terms[i] ?? [],
      utilities: input.alternatives[i]?.utilities ?? [],
    };
    return {
      rank: null,
      id: e.vendor.id,
      name: e.vendor.name,
      score: scored.score,
      eligible: e.eligible,
      knockouts: [...e.knockouts],
      complete: e.missing.length === 0,
      missing: [...e.missing],
      categories: set.root.children.map((node, g) => ({
        id: node.id,
        name: node.name,
        score: (groups[g] ?? []).some((j) => scored.utilities[j] !== null)
          ? inScoreRange(method.explanation.groupScore(scored, groups[g] ?? [], globals))
          : null,
        weight: weights.get(node.id)?.global ?? 0,
      })),
      criteria: records[i] ?? [],
      dominatedBy: dominatedBy[i] ?? [],
      details: scored.details,
      terms: output.terms[i] ?? [],
      zeroedBy: output.zeroedBy?.[i] ?? [],
      cost: costSummary(prepared.costs, e.vendor.id),
      evaluators: e.vendor.evaluators,
      panel: panelSize(e.vendor),
      profile: e.vendor.profile,
      files: e.vendor.files,
    };
  });

  const ranked = dominatorsFirst(competitionRank(results.filter((r) => r.eligible)));
  const ineligible = competitionRank(results.filter((r) => !r.eligible));
  const ranking: Ranking = {
    criteriaSet: {
      id: set.id,
      name: set.name,
      ...(set.version !== undefined ? { version: set.version } : {}),
    },
    method: method.id,
    weightOverrides: prepared.weightOverrides,
    skipped: prepared.skipped,
    methodSummary: eligibleOnly(output.summary, new Set(ranked.map(({ item }) => item.id))),
    missing: prepared.missing,
    topLevel: set.root.children.map((n) => ({
      id: n.id,
      name: n.name,
      weight: weights.get(n.id)?.global ?? 0,
    })),
    vendors: [
      ...ranked.map(({ item, rank }) => ({ ...item, rank })),
      ...ineligible.map(({ item }) => ({ ...item, rank: null })),
    ],
  };
  if (prepared.missing === 'fail') {
    const missing = missingAnswers(ranking);
    if (missing.length) return failed([...prepared.issues, ...missing]);
  }
  return ok(ranking, prepared.issues);
}

/**
 * Within a tie (one rank), vendors are listed by id (SPEC), except that a vendor never comes
 * before one that dominates it: a dominated vendor can tie with its dominator (a zero factor in
 * both products, a criterion without weight) but is never listed above it.
 */
function dominatorsFirst<T extends { item: { id: string; dominatedBy: string[] }; rank: number }>(
  ranked: T[],
): T[] {
  const out: T[] = [];
  for (let start = 0; start < ranked.length;) {
    let end = start;
    while (end < ranked.length && ranked[end]?.rank === ranked[start]?.rank) end++;
    const pending = ranked.slice(start, end);
    while (pending.length) {
      const waiting = new Set(pending.map((r) => r.item.id));
      const next = pending.findIndex((r) => !r.item.dominatedBy.some((id) => waiting.has(id)));
      out.push(...pending.splice(next < 0 ? 0 : next, 1));
    }
    start = end;
  }
  return out;
}

/**
 * Bids are costed when the set has a cost criterion, or a demand and some vendor bids a price
 * (then `rank` shows the cost beside the score, though it does not count).
 */
function needsCost(set: CriteriaSet, vendors: readonly Vendor[]): boolean {
  if (set.criteria.some((c) => c.type === 'cost')) return true;
  return set.demand !== undefined && vendors.some((v) => v.pricing);
}

/** The cost every output shows beside a vendor (SPEC `cost: { monthly, contract, currency }`). */
function costSummary(costs: CostReport | undefined, id: string): VendorResult['cost'] {
  const c = costs?.vendors.get(id);
  if (!c) return null;
  return {
    monthly: c.monthly,
    contract: c.contract,
    currency: c.currency ?? null,
    abnormallyLow: costs?.abnormallyLow.some((b) => b.vendor === id) ?? false,
  };
}

/** `--missing fail`: every unanswered criterion is an error at its vendor file. */
function missingAnswers(ranking: Ranking): Issue[] {
  return ranking.vendors.flatMap((v) =>
    v.missing.map((id): Issue => ({
      severity: 'error',
      rule: 'missing-answer',
      message: `vendor "${v.id}" has no answer to "${id}"`,
      hint: 'answer it, or use --missing zero or --missing exclude',
      file: v.files[0],
      // at the answer's key when the file has one (e.g. `sla-fcr: ~`), else at `answers:`
      path: ['answers', id],
      atKey: true,
    })),
  );
}

/**
 * A method-level summary naming vendors (VIKOR's compromise set) may only name eligible ones:
 * when nobody is eligible the method saw every vendor as the field, but none can be chosen.
 */
function eligibleOnly(
  summary: Record<string, unknown> | undefined,
  eligibleIds: ReadonlySet<string>,
): Record<string, unknown> | undefined {
  const compromise = summary?.compromise as { vendors?: unknown } | undefined;
  if (!summary || !compromise || !Array.isArray(compromise.vendors)) return summary;
  const vendors = compromise.vendors.filter((id) => eligibleIds.has(String(id)));
  return { ...summary, compromise: { ...compromise, vendors } };
}

/**
 * A score as reported: within 0–100 (SPEC). Sums of weights normalised to 1 can land an ulp
 * outside (100.00000000000001 for a vendor with every utility 1, found by the end-to-end
 * properties in tests/properties); the methods' own clamps cover the rest.
 */
function inScoreRange(score: number): number {
  return Math.min(100, Math.max(0, score));
}
