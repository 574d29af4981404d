/**
 * How close (relative to the higher score) two scores must be to tie: floating-point noise is
 * not a win (SPEC "Criteria set", ties).
 */
export const tieTolerance = 1e-9;

/**
 * Whether `score` ties with `top`, the highest score of its tie group: within 10⁻⁹ of it,
 * relative to |top|. A group is measured from its highest score, so ties do not chain (50 and
 * 50.00000008 do not tie through 50.00000004). A top of 0 ties only with 0. Every decision on
 * whether scores tie (ranks, `--all-methods` verdicts) goes through this one predicate.
 */
export function tiesWith(top: number, score: number): boolean {
  return Math.abs(top - score) <= tieTolerance * Math.abs(top);
}

/**
 * Orders items by score (highest first) and gives competition ranks: items tying with the
 * highest score of their group ({@link tiesWith}) share its rank, listed by id, and the next
 * rank skips (1, 2, 2, 4).
 */
export function competitionRank<T extends { id: string; score: number }>(
  items: readonly T[],
): { item: T; rank: number }[] {
  const sorted = [...items].sort((a, b) => b.score - a.score);
  const out: { item: T; rank: number }[] = [];
  let start = 0;
  while (start < sorted.length) {
    const top = (sorted[start] as T).score;
    let end = start + 1;
    while (end < sorted.length && tiesWith(top, (sorted[end] as T).score)) end++;
    const group = sorted.slice(start, end).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const item of group) out.push({ item, rank: start + 1 });
    start = end;
  }
  return out;
}
