import type { CategoryResult, CriterionResult, MissingPolicy } from '../model/ranking.js';
import type { CriteriaSet, TreeNode } from '../model/types.js';
import { dominators } from './dominance.js';
import type { VendorEvaluation } from './evaluate.js';
import type { NodeWeight } from './weights.js';

// The method-independent parts of a ranking, made once per preparation (`rank.ts`).

/** Per vendor: its criterion records, its top-level category scores and who dominates it. */
export interface SharedResults {
  records: CriterionResult[][];
  categories: CategoryResult[][];
  dominatedBy: string[][];
}

/**
 * The records, category scores and dominance of every vendor: the same under every method.
 * `points` are the weighted-sum points per vendor and criterion (`weightedSumPoints`).
 */
export function sharedResults(
  set: CriteriaSet,
  evaluations: readonly VendorEvaluation[],
  weights: ReadonlyMap<string, NodeWeight>,
  missing: MissingPolicy,
  points: readonly number[][],
): SharedResults {
  const exclude = missing === 'exclude';
  const globals = set.criteria.map((c) => weights.get(c.id)?.global ?? 0);
  const records = evaluations.map((e, i) => criterionResults(e, globals, points[i] ?? []));
  // Under `exclude` a score is the mean over the answered criteria only, so utilities compare
  // (and dominance implies a score at least as high) only between vendors that answered the same
  // criteria; an unanswered criterion is unknown, not worse.
  const answeredKey = evaluations.map((e) => e.criteria.map((r) => (r.answered ? 1 : 0)).join(''));
  const dominatedBy = dominators(
    evaluations.map((e) => e.criteria.map((r) => r.utility)),
    evaluations.map((e) => e.eligible),
  ).map((ks, i) =>
    (exclude ? ks.filter((k) => answeredKey[k] === answeredKey[i]) : ks)
      .map((k) => evaluations[k]?.vendor.id ?? '')
      .sort(),
  );
  return {
    records,
    categories: records.map((mine) => categoryScores(set, weights, mine, exclude)),
    dominatedBy,
  };
}

/**
 * A vendor's criterion records, each made once with its weight and contribution (its
 * weighted-sum points, which sum to the weighted-sum score).
 */
function criterionResults(
  e: VendorEvaluation,
  globals: readonly number[],
  points: readonly number[],
): CriterionResult[] {
  // One record of one shape per criterion, written out rather than spread: at 1,000 vendors ×
  // 200 criteria these are the bulk of the run's allocations.
  return e.criteria.map((r, j): CriterionResult => {
    const weight = globals[j] ?? 0;
    return {
      id: r.id,
      name: r.name,
      type: r.type,
      path: r.path,
      value: r.value,
      utility: r.utility,
      weight,
      contribution: points[j] ?? 0,
      evidence: r.evidence,
      note: r.note,
      answered: r.answered,
      evaluations: r.evaluations,
      unit: r.unit,
    };
  });
}

/**
 * Each top-level node's 0–100 score: the weighted mean utility of the criteria below it (under
 * `exclude`, of its answered criteria), read off the contributions already made: a node's
 * points divided by the points its criteria would give at full utility.
 */
function categoryScores(
  set: CriteriaSet,
  weights: ReadonlyMap<string, NodeWeight>,
  records: readonly CriterionResult[],
  exclude: boolean,
): CategoryResult[] {
  // Points per unit of weight: 100, or 100 / (answered weight) under `exclude`.
  let answeredWeight = 0;
  for (const r of records) if (r.answered) answeredWeight += r.weight;
  const scale = exclude ? (answeredWeight > 0 ? 100 / answeredWeight : 0) : 100;
  return set.root.children.map((node: TreeNode) => {
    let points = 0;
    let full = 0;
    for (const r of records) {
      const inside = node.kind === 'criterion' ? r.id === node.id : r.path.includes(node.id);
      if (!inside || (exclude && !r.answered)) continue;
      points += r.contribution;
      full += r.weight * scale;
    }
    return {
      id: node.id,
      name: node.name,
      score: full > 0 ? (100 * points) / full : 0,
      weight: weights.get(node.id)?.global ?? 0,
    };
  });
}
