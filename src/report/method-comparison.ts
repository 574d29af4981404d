import type { MethodComparison } from '../core/analysis/method-comparison.js';
import { formatScore } from './numbers.js';

export type { MethodComparison } from '../core/analysis/method-comparison.js';

/**
 * The sentence under the table: does the same vendor win under every method? A method under
 * which every eligible vendor ties gives no verdict, and the sentence says so and why.
 */
export function winnerVerdict(c: MethodComparison): string {
  const names = new Map(c.vendors.map((v) => [v.id, v.name]));
  const list = (ids: readonly string[]): string =>
    ids.map((id) => names.get(id) ?? id).join(' and ');
  if (!(c.winners[c.orderedBy] ?? []).length)
    return 'No vendor is eligible, so no method has a winner.';
  const undecided = c.methods.filter((m) => Object.hasOwn(c.noVerdict, m));
  const decided = c.methods.filter((m) => !Object.hasOwn(c.noVerdict, m));
  const eligible = c.vendors.filter((v) => v.eligible).length;
  const everyone = eligible === 2 ? 'both eligible vendors' : `all ${eligible} eligible vendors`;
  const none = undecided
    .map((m) => `${m} (${everyone} tie at ${formatScore(c.noVerdict[m] ?? 0)})`)
    .join(', ');
  if (!decided.length) return `No method gives a verdict: ${none}.`;
  const rest = none ? ` No verdict under ${none}.` : '';
  if (c.sameWinner) {
    const first = c.winners[decided[0] ?? c.orderedBy] ?? [];
    const who = list(first);
    const verb = first.length > 1 ? 'share first place' : 'wins';
    return undecided.length
      ? `${who} ${verb} under every method that gives a verdict (${decided.length} of ${c.methods.length}).${rest}`
      : `${who} ${verb} under every method (${c.methods.length} methods): the winner does not depend on the method.`;
  }
  // group the methods by the winner they pick, in method order
  const groups = new Map<string, string[]>();
  for (const m of decided) {
    const who = list(c.winners[m] ?? []) || 'no winner';
    groups.set(who, [...(groups.get(who) ?? []), m]);
  }
  const parts = [...groups].map(([who, methods]) => `${who} under ${methods.join(', ')}`);
  return `The winner depends on the method: ${parts.join('; ')}.${rest}`;
}

/** A rank and score for one cell: `1 (84.6)`, or `— (79.8)` for an ineligible vendor. */
export function rankScoreCell(rank: number | null, score: number | undefined): string {
  return `${rank === null ? '—' : String(rank)} (${(score ?? 0).toFixed(1)})`;
}
