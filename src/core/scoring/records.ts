import type { MethodInput } from '../methods/types.js';
import type { CriterionResult, MissingPolicy } from '../model/ranking.js';
import type { CriteriaSet, TreeNode } from '../model/types.js';
import { dominators } from './dominance.js';
import type { VendorEvaluation } from './evaluate.js';
import type { NodeWeight } from './weights.js';

// The method-independent parts of a ranking, made once per preparation (`rank.ts`), and the
// dominance relations, made once per kind of figure a method reads.

/** Per vendor: its criterion records; dominance per kind of figure, made on first use. */
export interface SharedResults {
  records: CriterionResult[][];
  dominance: Partial<Record<'utilities' | 'performance', string[][]>>;
}

/**
 * The records of every vendor: the same under every method. `points` are the weighted-sum
 * points per vendor and criterion (`weightedSumPoints`), kept as each record's `contribution`.
 */
export function sharedResults(
  evaluations: readonly VendorEvaluation[],
  weights: ReadonlyMap<string, NodeWeight>,
  set: CriteriaSet,
  points: readonly number[][],
): SharedResults {
  const globals = set.criteria.map((c) => weights.get(c.id)?.global ?? 0);
  return {
    records: evaluations.map((e, i) => criterionResults(e, globals, points[i] ?? [])),
    dominance: {},
  };
}

/**
 * Who dominates each vendor (ids, sorted): the eligible vendors at least as good on every
 * criterion and strictly better on one, judged on `reads` — the utilities, or the performance
 * matrix oriented by `direction` with an unanswered cell the worst possible (as the methods fill
 * it). Under `exclude` a score is measured over the answered criteria only, so figures compare
 * (and dominance implies a score at least as high) only between vendors that answered the same
 * criteria; an unanswered criterion is unknown, not worse.
 */
export function dominanceOn(
  input: Omit<MethodInput, 'options'>,
  evaluations: readonly VendorEvaluation[],
  missing: MissingPolicy,
  reads: 'utilities' | 'performance',
): string[][] {
  const rows = input.alternatives.map((alt) =>
    input.criteria.map((c, j) => {
      const x = reads === 'utilities' ? alt.utilities[j] : alt.performance[j];
      if (x === null || x === undefined) return -Infinity;
      return reads === 'performance' && c.direction === 'lower' ? -x : x;
    }),
  );
  const answeredKey = evaluations.map((e) => e.criteria.map((r) => (r.answered ? 1 : 0)).join(''));
  return dominators(
    rows,
    evaluations.map((e) => e.eligible),
  ).map((ks, i) =>
    (missing === 'exclude' ? ks.filter((k) => answeredKey[k] === answeredKey[i]) : ks)
      .map((k) => evaluations[k]?.vendor.id ?? '')
      .sort(),
  );
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
      moderated: r.moderated,
      range: r.range,
    };
  });
}

/** The criterion indices (set order) below each top-level node, in tree order. */
export function topLevelIndices(set: CriteriaSet): number[][] {
  return set.root.children.map((node: TreeNode) =>
    set.criteria.flatMap((c, j) =>
      (node.kind === 'criterion' ? c.id === node.id : c.path.includes(node.id)) ? [j] : [],
    ),
  );
}
