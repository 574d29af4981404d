/** Scores closer than this (on the 0–100 scale) are a tie: floating-point noise is not a win. */
export const tieTolerance = 1e-9;

/**
 * Orders items by score (highest first), ties by id, and gives competition ranks: tied items
 * share a rank and the next rank skips (1, 2, 2, 4).
 */
export function competitionRank<T extends { id: string; score: number }>(
  items: readonly T[],
): { item: T; rank: number }[] {
  const sorted = [...items].sort((a, b) => {
    if (Math.abs(a.score - b.score) > tieTolerance) return b.score - a.score;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  const out: { item: T; rank: number }[] = [];
  sorted.forEach((item, i) => {
    const prev = out[i - 1];
    const tied = prev !== undefined && Math.abs(prev.item.score - item.score) <= tieTolerance;
    out.push({ item, rank: tied ? prev.rank : i + 1 });
  });
  return out;
}
