import type {
  CategoryInput,
  CriteriaSetInput,
  CriterionInput,
  WeightInput,
} from '../core/model/criteria-schema.js';
import type { Issue } from '../core/issues.js';
import type { GroupNode } from '../core/model/types.js';

type Path = (string | number)[];

/**
 * Weight ranges as written in one file: a range's `min` must not be above its `max` (zod checks
 * each bound is a number of 0 or more). Reported at the range's `weight` key.
 */
export function weightRangeIssues(input: CriteriaSetInput, file: string): Issue[] {
  const issues: Issue[] = [];
  const check = (weight: WeightInput | undefined, id: string, at: Path): void => {
    if (weight === undefined || typeof weight === 'number' || weight.min <= weight.max) return;
    issues.push({
      severity: 'error',
      rule: 'invalid-weight-range',
      message: `the weight range of "${id}" runs from ${weight.min} down to ${weight.max}: min is above max`,
      hint: `write the low weight as min and the high one as max: { min: ${weight.max}, max: ${weight.min} }`,
      file,
      path: [...at, 'weight'],
      atKey: true,
    });
  };
  const visit = (
    holder: { categories?: CategoryInput[] | undefined; criteria?: CriterionInput[] | undefined },
    at: Path,
  ): void => {
    (holder.categories ?? []).forEach((cat, i) => {
      check(cat.weight, cat.id, [...at, 'categories', i]);
      visit(cat, [...at, 'categories', i]);
    });
    (holder.criteria ?? []).forEach((c, i) => check(c.weight, c.id, [...at, 'criteria', i]));
  };
  visit(input, []);
  (input.include ?? []).forEach((inc, i) => check(inc.weight, inc.set, ['include', i]));
  return issues;
}

/**
 * A weight range under a group whose weights are derived (`weighting` by ahp, roc, swing,
 * entropy or critic) would never be drawn: the derivation sets the children's shares. That is
 * an error rather than a silent no-op, so `sensitivity` never claims to have tested ranges it
 * ignored (docs/decisions.md).
 */
export function derivedGroupRangeIssues(group: GroupNode): Issue[] {
  const method = group.weighting?.method ?? 'direct';
  if (method === 'direct') return [];
  return group.children.flatMap((child): Issue[] =>
    child.weightRange
      ? [
          {
            severity: 'error',
            rule: 'weight-range-unused',
            message: `"${child.id}" has a weight range, but "${group.id}" derives its children's weights by ${method}, so the range would never be used`,
            hint: `remove the range, or drop the \`weighting\` of "${group.id}" to weight its children directly`,
            file: child.origin.file,
            path: [...child.origin.path, 'weight'],
            atKey: true,
          },
        ]
      : [],
  );
}
