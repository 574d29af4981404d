import { resolve } from 'node:path';
import type { Issue } from '../core/issues.js';
import type { ProjectConfig } from './config.js';
import { anchorWarnings } from '../core/scoring/anchor-warnings.js';
import type { VendorEvaluation } from '../core/scoring/evaluate.js';
import { zeroUtilityWarnings } from '../core/scoring/zero-utility-warnings.js';
import type { LoadedCriteria } from './criteria-loader.js';
import { placeIssues } from './locate.js';
import { resolveDemand } from '../core/cost/demand.js';
import type { CriteriaSet } from '../core/model/types.js';

/**
 * `validate`'s checks of how a loaded set scores: number criteria without anchors and, for a
 * set ranked by a product method, criteria that can zero the product. `method` is the one the
 * set is ranked by (the project file's, for its own set), else the set's. Placed at their lines.
 */
export function scoringChecks(loaded: LoadedCriteria, method?: string): Issue[] {
  const set = loaded.set;
  if (!set) return [];
  return placeIssues(
    [
      ...demandIssues(set),
      ...anchorWarnings(set),
      ...zeroUtilityWarnings(
        set.criteria,
        method ?? set.method,
        (method ?? set.method) === set.method ? set.methodOptions : {},
      ),
    ],
    loaded.sources,
  );
}

/**
 * The set's `demand`, checked as `cost` will staff it (a live channel without open hours, …),
 * and a `cost` criterion with no demand to price against.
 */
function demandIssues(set: CriteriaSet): Issue[] {
  if (set.demand) {
    const resolved = resolveDemand(set.demand.input, set.demand.origin);
    return resolved.ok ? [] : resolved.issues;
  }
  // a set without a demand may be one that others include (the built-in pricing set is): it
  // cannot be ranked alone, which rank says as an error; here it is a warning
  const cost = set.criteria.find((c) => c.type === 'cost');
  if (!cost) return [];
  return [
    {
      severity: 'warning',
      rule: 'cost-without-demand',
      message: `"${cost.id}" is a cost criterion, but set "${set.id}" has no \`demand\`: it can be ranked only inside a set that has one`,
      hint: 'include this set in one with `demand:`, or add `demand:` here (see docs/cost-model.md)',
      file: cost.origin.file,
      path: [...cost.origin.path, 'type'],
    },
  ];
}

/** The project file's `method` when `file` is the project's own criteria set. */
export function projectMethodFor(
  file: string,
  config: ProjectConfig | undefined,
): string | undefined {
  const method = config?.input?.method;
  const criteria = config?.input?.criteria;
  if (!config || method === undefined || criteria === undefined) return undefined;
  return resolve(config.dir, criteria) === resolve(file) ? method : undefined;
}

/**
 * The anchor warnings again, now that the vendors' answers are known: each names the range
 * min–max will use and proposes anchors from the answers. They replace the general warnings
 * at the same place in `issues`; a set that is not among the files checked gets none (it is
 * only the reference for the vendors' answers).
 */
export function withFieldRanges(
  issues: readonly Issue[],
  loaded: LoadedCriteria,
  evaluations: readonly VendorEvaluation[],
): Issue[] {
  if (!loaded.set) return [...issues];
  const known = placeIssues(anchorWarnings(loaded.set, evaluations), loaded.sources);
  const key = (i: Issue): string => `${i.file}:${i.line}:${i.column}:${i.rule}`;
  const general = new Set(issues.map(key));
  const found = known.filter((i) => general.has(key(i)));
  const replaced = new Set(found.map(key));
  return [...issues.filter((i) => !replaced.has(key(i))), ...found];
}
