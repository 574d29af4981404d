import type { Issue } from '../core/issues.js';
import type { CriteriaSet, Criterion, Moderation } from '../core/model/types.js';
import { didYouMean } from '../core/suggest.js';
import type { CriteriaScope } from './criteria-scope.js';
import { checkValue } from './vendor-rules.js';

/**
 * Checks one vendor file's `moderated` block against the criteria set: every key names a
 * criterion, every entry gives a `value` that fits the criterion exactly as an answer must
 * (the same checks, `checkValue`). The entry's shape (`rationale` and `by` written, no unknown
 * key) is the schema's to report, so an entry the schema rejects is still checked here and every
 * problem is listed at once. A criterion of another set in `scope` is out of scope: left out.
 */
export function checkModerated(
  moderated: Record<string, unknown>,
  set: CriteriaSet,
  file: string,
  byId: ReadonlyMap<string, Criterion>,
  scope?: CriteriaScope,
): { moderated: Map<string, Moderation>; issues: Issue[] } {
  const out = new Map<string, Moderation>();
  const issues: Issue[] = [];
  for (const key of Object.keys(moderated)) {
    const at = ['moderated', key];
    const criterion = byId.get(key);
    if (!criterion && scope && scope.setsOf(key).length > 0) continue;
    if (!criterion) {
      issues.push({
        severity: 'error',
        rule: 'unknown-criterion',
        message: `"${key}" is not a criterion of set "${set.id}", so it cannot be moderated`,
        hint:
          didYouMean(key, byId.keys()) ??
          (scope ? didYouMean(key, scope.ids()) : undefined) ??
          `run "vendor-eval criteria show ${!set.file || set.builtin ? set.id : set.file}" to list its criteria`,
        file,
        path: at,
        atKey: true,
      });
      continue;
    }
    const entry = moderated[key];
    // not a mapping: the schema says what an entry is
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) continue;
    const record = entry as Record<string, unknown>;
    // a missing `value` key is the schema's to report; an empty one (`value: ~`) is not
    // "not answered yet" here: a moderation exists only to give the agreed value
    if (record.value === undefined) continue;
    if (record.value === null) {
      issues.push({
        severity: 'error',
        rule: 'required',
        message: `the moderated value of "${key}" is empty`,
        hint: "write the value the panel agreed, or remove the entry to score the evaluators' answers",
        file,
        path: [...at, 'value'],
      });
      continue;
    }
    // an answer may be a range ({ min, max }); the agreed value may not: say so, not "found a mapping"
    const v = record.value;
    if (criterion.type === 'number' && typeof v === 'object' && !Array.isArray(v)) {
      issues.push({
        severity: 'error',
        rule: 'invalid-type',
        message: `the moderated value of "${key}" is a range; a moderation agrees one value`,
        hint: 'write the one number the panel agreed',
        file,
        path: [...at, 'value'],
      });
      continue;
    }
    const problems = checkValue(criterion, record.value, [...at, 'value'], file);
    issues.push(...problems);
    const { rationale, by, date } = record;
    if (problems.length > 0 || typeof rationale !== 'string' || typeof by !== 'string') continue;
    out.set(key, {
      value: record.value as Moderation['value'],
      rationale,
      by,
      ...(typeof date === 'string' ? { date } : {}),
      origin: { file, path: at },
    });
  }
  return { moderated: out, issues };
}
