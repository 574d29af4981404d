import type { MethodComparison } from '../core/analysis/method-comparison.js';

export type { MethodComparison } from '../core/analysis/method-comparison.js';

/** The sentence under the table: does the same vendor win under every method? */
export function winnerVerdict(c: MethodComparison): string {
  const names = new Map(c.vendors.map((v) => [v.id, v.name]));
  const list = (ids: readonly string[]): string =>
    ids.map((id) => names.get(id) ?? id).join(' and ');
  const first = c.winners[c.orderedBy] ?? [];
  if (!first.length) return 'No vendor is eligible, so no method has a winner.';
  if (c.sameWinner) {
    const who = list(first);
    const verb = first.length > 1 ? 'share first place' : 'wins';
    return `${who} ${verb} under every method (${c.methods.length} methods): the winner does not depend on the method.`;
  }
  // group the methods by the winner they pick, in method order
  const groups = new Map<string, string[]>();
  for (const m of c.methods) {
    const who = list(c.winners[m] ?? []) || 'no winner';
    groups.set(who, [...(groups.get(who) ?? []), m]);
  }
  const parts = [...groups].map(([who, methods]) => `${who} under ${methods.join(', ')}`);
  return `The winner depends on the method: ${parts.join('; ')}.`;
}

/** A rank and score for one cell: `1 (84.6)`, or `— (79.8)` for an ineligible vendor. */
export function rankScoreCell(rank: number | null, score: number | undefined): string {
  return `${rank === null ? '—' : String(rank)} (${(score ?? 0).toFixed(1)})`;
}
