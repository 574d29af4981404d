import type { RuleId } from '../core/rules.js';
import type { Issue } from '../core/issues.js';
import type { GroupNode } from '../core/model/types.js';
import { isObjectiveWeighting } from '../core/scoring/objective-weights.js';
import { supportedWeightings } from '../core/scoring/weights.js';
import { ahpRuleIssues } from './ahp-rules.js';
import { didYouMean } from '../core/suggest.js';

/** Checks a group's `weighting` against its children: every child named once, values in range. */
export function weightingRuleIssues(group: GroupNode): Issue[] {
  const w = group.weighting;
  if (!w) return [];
  const issues: Issue[] = [];
  const base = [...group.definition.path, 'weighting'];
  const at = (
    path: (string | number)[],
    rule: RuleId,
    message: string,
    hint?: string,
    severity: 'error' | 'warning' = 'error',
  ): void => {
    issues.push({
      severity,
      rule,
      message,
      hint,
      file: group.definition.file,
      path: [...base, ...path],
    });
  };
  const children = group.children.map((c) => c.id);
  if (!supportedWeightings.includes(w.method)) {
    at(
      ['method'],
      'unsupported-weighting',
      `weighting method "${w.method}" is not supported by this version of vendor-eval`,
      `supported: ${supportedWeightings.join(', ')}`,
    );
    return issues;
  }
  if (w.method === 'ahp') ahpRuleIssues(group, at);
  if (isObjectiveWeighting(w.method)) {
    // Entropy and CRITIC read each child's column of answers; a sub-group has no such column.
    const groups = group.children.filter((c) => c.kind === 'group').map((c) => `"${c.id}"`);
    if (groups.length) {
      at(
        [],
        'invalid-weighting',
        `${w.method} weighting needs criteria as children, but "${group.id}" holds ${groups.join(', ')}`,
        'weight sub-categories and included sets by direct, roc, swing or ahp, and use entropy or critic inside them',
      );
    }
  }
  if (w.method === 'roc') {
    const order = w.order ?? [];
    if (!w.order)
      at(
        [],
        'invalid-weighting',
        'roc weighting needs `order`: the children, most important first',
      );
    order.forEach((id, i) => {
      if (!children.includes(id)) {
        at(
          ['order', i],
          'invalid-weighting',
          `"${id}" is not a child of "${group.id}"`,
          didYouMean(id, children),
        );
      } else if (order.indexOf(id) !== i) {
        at(['order', i], 'invalid-weighting', `"${id}" appears twice in order`);
      }
    });
    const missing = children.filter((id) => !order.includes(id));
    if (w.order && missing.length) {
      at(
        ['order'],
        'invalid-weighting',
        `order leaves out ${missing.map((m) => `"${m}"`).join(', ')}`,
        'rank every child of the group',
      );
    }
  }
  if (w.method === 'swing') {
    const points = w.points ?? {};
    if (!w.points)
      at(
        [],
        'invalid-weighting',
        'swing weighting needs `points`: 0–100 per child, the most important 100',
      );
    for (const [id, p] of Object.entries(points)) {
      if (!children.includes(id)) {
        at(
          ['points', id],
          'invalid-weighting',
          `"${id}" is not a child of "${group.id}"`,
          didYouMean(id, children),
        );
      }
      if (!(p >= 0 && p <= 100)) {
        at(['points', id], 'out-of-range', `swing points must lie between 0 and 100, found ${p}`);
      }
    }
    const missing = children.filter((id) => !Object.hasOwn(points, id));
    if (w.points && missing.length) {
      at(
        ['points'],
        'invalid-weighting',
        `points leave out ${missing.map((m) => `"${m}"`).join(', ')}`,
      );
    }
    if (w.points && Object.values(points).every((p) => p === 0)) {
      at(['points'], 'zero-weights', 'every swing is 0 points, so no weights can be derived');
    }
  }
  return issues;
}
