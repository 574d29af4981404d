import type { Issue } from '../issues.js';
import type { CriteriaSet, PairwiseCriterion } from '../model/types.js';
import { didYouMean } from '../suggest.js';
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
  riTable: PairwiseCriterion['riTable'];
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
    return { utilities, ahp, compared, riTable: c.riTable };
  } catch (e) {
    if (e instanceof AhpError) return undefined;
    throw e;
  }
}

/**
 * The comparisons judged on their own, among every vendor they name (what `criteria show`
 * reports before any vendor file is read): how many vendors they reach and their CR.
 * Undefined when they cannot be scored (see {@link pairwiseScores}).
 */
export function pairwiseConsistency(
  c: PairwiseCriterion,
): { compared: number; cr: number; riTable: PairwiseCriterion['riTable'] } | undefined {
  const scores = pairwiseScores(
    c,
    c.comparisons.flatMap(([a, b]) => [a, b]),
  );
  return scores && { compared: scores.compared.length, cr: scores.ahp.cr, riTable: c.riTable };
}

/**
 * Comparisons naming a vendor that is not among `vendorIds`. An id close to a vendor's is a
 * misspelling that would silently drop that vendor's judgements: an error with a did-you-mean.
 * Any other id is a vendor left out of this run (ranking a subset): a warning that its
 * comparisons are left out. One issue per id, at its first mention.
 */
export function pairwiseVendorIssues(
  set: CriteriaSet,
  vendorIds: readonly string[],
  /** Vendors left out on purpose (`--skip-invalid`): absent, never a typo of another. */
  leftOut: ReadonlySet<string> = new Set(),
): Issue[] {
  const known = new Set(vendorIds);
  return set.criteria.flatMap((c) => {
    if (c.type !== 'pairwise') return [];
    const { file, path } = c.comparisonsOrigin;
    const seen = new Set<string>();
    return c.comparisons.flatMap(([a, b], k) =>
      [a, b].flatMap((id, pos): Issue[] => {
        if (known.has(id) || seen.has(id)) return [];
        seen.add(id);
        const at = { file, path: [...path, k, pos] };
        const typo = leftOut.has(id) ? undefined : didYouMean(id, vendorIds);
        return typo
          ? [
              {
                severity: 'error',
                rule: 'unknown-compared-vendor',
                message: `the comparisons of "${c.id}" name "${id}", which is not one of the vendors`,
                hint: typo,
                ...at,
              },
            ]
          : [
              {
                severity: 'warning',
                rule: 'compared-vendor-absent',
                message: `the comparisons of "${c.id}" name "${id}", which is not among the vendors here: its comparisons are left out`,
                hint: `vendors: ${vendorIds.join(', ')}`,
                ...at,
              },
            ];
      }),
    );
  });
}
