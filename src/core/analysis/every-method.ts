import { failed, ok, type Result } from '../issues.js';
import { builtinMethods } from '../methods/index.js';
import type { MissingPolicy, Ranking } from '../model/ranking.js';
import type { CriteriaSet, Vendor } from '../model/types.js';
import { rankVendors } from '../scoring/rank.js';

/**
 * The vendors ranked under every built-in method (`rank --all-methods`): `primary` (already
 * ranked under the set's or project's method) first, then the others in builtin order, with the
 * same weights and missing-answer policy. Each method runs with its options for the set
 * (`resolveMethodOptions`).
 */
export function rankUnderEveryMethod(
  set: CriteriaSet,
  vendors: readonly Vendor[],
  primary: Ranking,
  options: { missing: MissingPolicy; weights?: ReadonlyMap<string, number> | undefined },
): Result<[Ranking, ...Ranking[]]> {
  const out: [Ranking, ...Ranking[]] = [primary];
  for (const method of builtinMethods) {
    if (method.id === primary.method) continue;
    const ranked = rankVendors(set, vendors, {
      method,
      missing: options.missing,
      weightOverrides: options.weights,
    });
    if (!ranked.ok) return failed(ranked.issues);
    out.push(ranked.value);
  }
  return ok(out);
}
