import { consistencyOf, crThreshold } from './ahp-consistency.js';
import { completeMatrix } from './ahp-completion.js';
import { perronEigen } from './ahp-eigen.js';
import {
  AhpError,
  buildMatrix,
  components,
  parseAhpRatio,
  type IndexedJudgement,
} from './ahp-matrix.js';
import type { RiTableId } from './ri-tables.js';

/** A judgement as written: [a, b, r] — a is r times as important as b; r a number or "1/3". */
export type AhpComparison = readonly [string, string, number | string];

/** Priorities and consistency of one pairwise-comparison matrix. */
export interface AhpResult {
  /** Principal eigenvector, in element order; fractions summing to 1. */
  priorities: number[];
  lambdaMax: number;
  ci: number;
  cr: number;
  ri: number;
  riTable: RiTableId;
  /** CR ≤ 0.1. */
  consistent: boolean;
  /** Entries filled in by λmax-optimal completion: [a, b, value], a before b in element order. */
  completed: [string, string, number][];
}

/**
 * AHP weights of `ids` from judgements (Saaty's eigenvector method): the missing entries are
 * completed by minimising λmax, then the principal eigenvector gives the priorities. Throws
 * AhpError for an unknown element, a self-comparison, a pair given twice or a disconnected
 * comparison graph.
 */
export function deriveAhp(
  ids: readonly string[],
  comparisons: readonly AhpComparison[],
  riTable: RiTableId = 'saaty',
): AhpResult {
  const judgements = comparisons.map(([a, b, r]): IndexedJudgement => {
    const i = ids.indexOf(a);
    const j = ids.indexOf(b);
    const unknown = i < 0 ? a : j < 0 ? b : undefined;
    if (unknown !== undefined) throw new AhpError(`"${unknown}" is not one of ${ids.join(', ')}`);
    return { i, j, r: parseAhpRatio(r) };
  });
  return deriveIndexed(ids, judgements, riTable);
}

/** `deriveAhp` on judgements already mapped to element indices; `tolerance` of the completion. */
export function deriveIndexed(
  ids: readonly string[],
  judgements: readonly IndexedJudgement[],
  riTable: RiTableId,
  tolerance = 1e-12,
): AhpResult {
  const n = ids.length;
  const parts = components(n, judgements);
  if (parts.length > 1) throw new AhpError(unconnectedMessage(ids, parts));
  const { matrix, completed } = completeMatrix(buildMatrix(n, judgements), tolerance);
  const { value, vector } = n ? perronEigen(matrix) : { value: 0, vector: [] };
  const lambdaMax = n <= 2 ? n : value;
  const { ci, ri, cr } = consistencyOf(lambdaMax, n, riTable);
  return {
    priorities: vector,
    lambdaMax,
    ci,
    cr,
    ri,
    riTable,
    consistent: cr <= crThreshold,
    completed: completed.map(({ i, j, value: v }) => [ids[i] ?? '', ids[j] ?? '', v]),
  };
}

/** "… leave x, y unconnected to a, b" for a comparison graph in several pieces. */
export function unconnectedMessage(ids: readonly string[], parts: readonly number[][]): string {
  const names = (part: readonly number[]): string => part.map((k) => `"${ids[k]}"`).join(', ');
  const [main = [], ...rest] = parts;
  return `the comparisons leave ${rest.map(names).join('; ')} unconnected to ${names(main)}`;
}
