import { builtinMethods } from '../../core/methods/index.js';
import type { MissingPolicy, Ranking } from '../../core/model/ranking.js';
import { rankVendors } from '../../core/scoring/rank.js';
import type { LoadedProject } from '../../io/project.js';

/**
 * The project's vendors ranked under every built-in method: `primary` (already ranked under the
 * set's or project's method) first, then the others in builtin order, with the same weights and
 * missing-answer policy.
 */
export function rankUnderEveryMethod(
  project: LoadedProject,
  primary: Ranking,
  options: { missing: MissingPolicy; weights?: ReadonlyMap<string, number> | undefined },
): Ranking[] {
  const others = builtinMethods
    .filter((m) => m.id !== primary.method)
    .map((method) =>
      rankVendors(project.set, project.vendors, {
        method,
        missing: options.missing,
        ...(options.weights ? { weightOverrides: options.weights } : {}),
      }),
    );
  return [primary, ...others];
}
