import { dominators } from '../analysis/dominance.js';
import type { DecisionMethod, MethodCriterion } from '../methods/types.js';
import type { CategoryResult, MissingPolicy, Ranking, VendorResult } from '../model/ranking.js';
import type { CriteriaSet, TreeNode, Vendor } from '../model/types.js';
import { competitionRank } from './competition-rank.js';
import { evaluateVendors, type VendorEvaluation } from './evaluate.js';
import { performanceColumns, performanceOf, usesObjectiveWeighting } from './objective-weights.js';
import { computeWeights, type NodeWeight } from './weights.js';

/** Options of one ranking run. */
export interface RankOptions {
  method: DecisionMethod;
  /** `fail` is handled by the caller before ranking; here it behaves as `zero`. */
  missing: MissingPolicy;
  /** Raw weight overrides by node id (`--weights`). */
  weightOverrides?: ReadonlyMap<string, number>;
  methodOptions?: Record<string, unknown>;
}

/**
 * Scores and ranks vendors: utilities and knock-outs per criterion, the method's score, competition
 * ranks among eligible vendors (ineligible ones follow with rank null), dominance. Pure.
 */
export function rankVendors(
  set: CriteriaSet,
  vendors: readonly Vendor[],
  options: RankOptions,
): Ranking {
  // Entropy and CRITIC weights come from the answers, so those sets are evaluated first and the
  // derived weights filled into the records afterwards (utilities do not depend on weights).
  const objective = usesObjectiveWeighting(set.root);
  let weights = objective
    ? new Map<string, NodeWeight>()
    : computeWeights(set.root, options.weightOverrides);
  const evaluations = evaluateVendors(set, vendors, weights);
  if (objective) {
    weights = computeWeights(
      set.root,
      options.weightOverrides,
      performanceColumns(set, evaluations),
    );
    for (const e of evaluations) {
      for (const r of e.criteria) {
        r.weight = weights.get(r.id)?.global ?? 0;
        r.contribution = 100 * r.weight * r.utility;
      }
    }
  }
  const exclude = options.missing === 'exclude';
  const criteria: MethodCriterion[] = set.criteria.map((c) => ({
    id: c.id,
    weight: weights.get(c.id)?.global ?? 0,
    direction: c.type === 'number' ? c.direction : c.type === 'cost' ? 'lower' : 'higher',
    type: c.type,
    preference: c.preference,
  }));
  const eligible = evaluations.map((e) => e.knockouts.length === 0);
  const output = options.method.score({
    criteria,
    alternatives: evaluations.map((e) => ({
      id: e.vendor.id,
      utilities: e.criteria.map((r) => (r.answered ? r.utility : exclude ? null : 0)),
      performance: e.criteria.map(performanceOf),
    })),
    missing: exclude ? 'exclude' : 'zero',
    reference: eligible.some(Boolean) ? eligible : eligible.map(() => true),
    options: options.methodOptions ?? set.methodOptions,
  });

  // Under `exclude` a score is the mean over the answered criteria only, so utilities compare
  // (and dominance implies a score at least as high) only between vendors that answered the same
  // criteria; an unanswered criterion is unknown, not worse.
  const answeredKey = evaluations.map((e) => e.criteria.map((r) => (r.answered ? 1 : 0)).join(''));
  const dominatedBy = dominators(
    evaluations.map((e) => e.criteria.map((r) => r.utility)),
    eligible,
  ).map((ks, i) => (exclude ? ks.filter((k) => answeredKey[k] === answeredKey[i]) : ks));
  const results: VendorResult[] = evaluations.map((e, i) => {
    const answeredWeight = e.criteria.reduce((s, r) => s + (r.answered ? r.weight : 0), 0);
    const scaleBy = exclude && answeredWeight > 0 ? 1 / answeredWeight : 1;
    // The records are this run's own (made by evaluateVendors), so rescale them in place
    // rather than copying 200,000 of them on a large run.
    if (scaleBy !== 1) for (const r of e.criteria) r.contribution *= scaleBy;
    return {
      rank: null,
      id: e.vendor.id,
      name: e.vendor.name,
      score: output.scores[i] ?? 0,
      eligible: eligible[i] ?? false,
      knockouts: e.knockouts,
      complete: e.missing.length === 0,
      missing: e.missing,
      categories: categoryScores(set, weights, e, exclude),
      criteria: e.criteria,
      dominatedBy: (dominatedBy[i] ?? []).map((k) => evaluations[k]?.vendor.id ?? '').sort(),
      details: output.details?.[i],
      evaluators: e.vendor.evaluators,
      profile: e.vendor.profile,
      files: e.vendor.files,
    };
  });

  const ranked = competitionRank(results.filter((r) => r.eligible));
  const ineligible = competitionRank(results.filter((r) => !r.eligible));
  return {
    criteriaSet: { id: set.id, name: set.name, version: set.version ?? null },
    method: options.method.id,
    methodSummary: eligibleOnly(output.summary, new Set(ranked.map(({ item }) => item.id))),
    missing: options.missing,
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
}

/** Each top-level node's 0–100 score: the weighted mean utility of the criteria below it. */
function categoryScores(
  set: CriteriaSet,
  weights: ReadonlyMap<string, NodeWeight>,
  e: VendorEvaluation,
  exclude: boolean,
): CategoryResult[] {
  return set.root.children.map((node: TreeNode) => {
    let sum = 0;
    let total = 0;
    for (const r of e.criteria) {
      const inside = node.kind === 'criterion' ? r.id === node.id : r.path.includes(node.id);
      if (!inside || (exclude && !r.answered)) continue;
      sum += r.weight * r.utility;
      total += r.weight;
    }
    return {
      id: node.id,
      name: node.name,
      score: total > 0 ? (100 * sum) / total : 0,
      weight: weights.get(node.id)?.global ?? 0,
    };
  });
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
