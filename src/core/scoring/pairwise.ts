import type { PairwiseCriterion } from '../model/types.js';
import { deriveIndexed, type AhpResult } from './ahp.js';
import { AhpError, components, parseAhpRatio, type IndexedJudgement } from './ahp-matrix.js';

/** A `pairwise` criterion judged over the vendors of one ranking. */
export interface PairwiseScores {
  /** Vendor id → utility in [0, 1], for the vendors the comparisons reach. */
  utilities: Map<string, number>;
  /** The AHP result over `compared` (priorities in that order). */
  ahp: AhpResult;
  /** The vendors compared, in order of first mention. */
  compared: string[];
}

/**
 * Each vendor's utility on a `pairwise` criterion (SPEC, AHP relative measurement): the
 * principal eigenvector of the comparisons among the vendors present — divided by its largest
 * entry (`ideal`) or as it is (`distributive`). Comparisons naming an absent vendor are left
 * out; when the rest fall apart, only the largest connected group is scored (the others are
 * unanswered). Undefined when nothing can be scored (no comparison, or judgements validation
 * refuses: a self-comparison, a pair twice, a ratio that is not positive).
 */
export function pairwiseScores(
  c: PairwiseCriterion,
  vendorIds: readonly string[],
): PairwiseScores | undefined {
  const present = new Set(vendorIds);
  const kept = c.comparisons.filter(([a, b]) => present.has(a) && present.has(b));
  const named: string[] = [];
  for (const [a, b] of kept) for (const id of [a, b]) if (!named.includes(id)) named.push(id);
  if (!named.length) return undefined;
  const judgementsOf = (ids: readonly string[]): IndexedJudgement[] =>
    kept
      .filter(([a, b]) => ids.includes(a) && ids.includes(b))
      .map(([a, b, r]) => ({ i: ids.indexOf(a), j: ids.indexOf(b), r: parseAhpRatio(r) }));
  const [largest = []] = components(named.length, judgementsOf(named));
  const compared = largest.map((k) => named[k] ?? '');
  try {
    const ahp = deriveIndexed(compared, judgementsOf(compared), c.riTable);
    const top = Math.max(...ahp.priorities);
    const utilities = new Map<string, number>();
    compared.forEach((id, k) => {
      const p = ahp.priorities[k] ?? 0;
      utilities.set(id, c.synthesis === 'ideal' ? p / top : p);
    });
    return { utilities, ahp, compared };
  } catch (e) {
    if (e instanceof AhpError) return undefined;
    throw e;
  }
}
