import { failed, ok, type Result } from '../issues.js';
import { builtinMethods } from '../methods/index.js';
import type { Ranking } from '../model/ranking.js';
import { rankPrepared, type PreparedRanking } from '../scoring/rank.js';

/**
 * The vendors ranked under every built-in method (`rank --all-methods`): `primary` (already
 * ranked under the set's or project's method) first, then the others in builtin order, with the
 * same weights and missing-answer policy. Each method runs with its options for the set
 * (`resolveMethodOptions`).
 */
export function rankUnderEveryMethod(
  prepared: PreparedRanking,
  primary: Ranking,
): Result<[Ranking, ...Ranking[]]> {
  // Answers were judged and weights derived once (for `primary`); only each method's own
  // scoring runs here.
  const out: [Ranking, ...Ranking[]] = [primary];
  for (const method of builtinMethods) {
    if (method.id === primary.method) continue;
    const ranked = rankPrepared(prepared, method);
    if (!ranked.ok) return failed(ranked.issues);
    out.push(ranked.value);
  }
  return ok(out);
}
