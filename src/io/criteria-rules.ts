import { defaultScale } from '../core/model/ids.js';
import type { RuleId } from '../core/rules.js';
import type { Issue } from '../core/issues.js';
import type {
  CategoryInput,
  CriteriaSetInput,
  CriterionInput,
} from '../core/model/criteria-schema.js';
import type { GroupNode, TreeNode } from '../core/model/types.js';
import { defaultMethodId, methodIds, validateMethodOptions } from '../core/methods/index.js';
import { checkCriterion } from './criterion-rules.js';
import { weightingRuleIssues } from './weighting-rules.js';
import { checkRequiresForm, checkRequiresTree } from './requires-rules.js';
import { didYouMean } from '../core/suggest.js';
import { derivedGroupRangeIssues, weightRangeIssues } from './weight-range-rules.js';

type Path = (string | number)[];

/**
 * Semantic rules on one written criteria-set file, after its shape is valid: ranges, scoring
 * curves, options and knock-outs that must agree with each other. All problems at once.
 */
export function checkCriteriaFile(input: CriteriaSetInput, file: string): Issue[] {
  const issues: Issue[] = [];
  const err = (path: Path, rule: RuleId, message: string, hint?: string, atKey?: boolean): void => {
    issues.push({ severity: 'error', rule, message, hint, file, path, atKey });
  };
  const warn = (path: Path, rule: RuleId, message: string, hint?: string): void => {
    issues.push({ severity: 'warning', rule, message, hint, file, path });
  };

  if (input.scale && input.scale.min >= input.scale.max) {
    err(
      ['scale'],
      'invalid-range',
      `scale.min (${input.scale.min}) must be below scale.max (${input.scale.max})`,
    );
  }
  if (input.method !== undefined && !methodIds().includes(input.method)) {
    err(
      ['method'],
      'unknown-method',
      `unknown decision method "${input.method}"`,
      didYouMean(input.method, methodIds()) ?? `available: ${methodIds().join(', ')}`,
    );
  }
  // The options belong to the set's own method (weighted-sum when none is named).
  issues.push(...validateMethodOptions(input.method ?? defaultMethodId, input.methodOptions, file));
  const scale = input.scale ?? defaultScale;
  const visit = (
    holder: { categories?: CategoryInput[] | undefined; criteria?: CriterionInput[] | undefined },
    at: Path,
  ): void => {
    (holder.categories ?? []).forEach((cat, i) => visit(cat, [...at, 'categories', i]));
    (holder.criteria ?? []).forEach((c, i) =>
      checkCriterion(c, [...at, 'criteria', i], scale, err, warn),
    );
  };
  visit(input, []);
  issues.push(...weightRangeIssues(input, file));
  issues.push(...checkRequiresForm(input, file));
  return issues;
}

/**
 * Rules on the whole tree after includes: ids unique across it, sibling weights that can be
 * normalised, a set with at least one criterion, weighting that names the right children,
 * `requires` rules that name criteria of the tree (not checked for ids when `includeFailed`).
 */
export function checkCriteriaTree(
  root: GroupNode,
  earlierErrors = false,
  includeFailed = earlierErrors,
): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, TreeNode>();
  let criteria = 0;
  const visit = (node: TreeNode): void => {
    const first = seen.get(node.id);
    if (first) {
      // Report the copy in the set being loaded rather than one inside an included (often
      // built-in) file: that is the line the user wrote and can change.
      const [here, other] =
        first.origin.file === root.origin.file && node.origin.file !== root.origin.file
          ? [first, node]
          : [node, first];
      issues.push({
        severity: 'error',
        rule: 'duplicate-id',
        message: `id "${node.id}" is used twice`,
        hint: `it is also defined in ${other.origin.file}; ids of categories, criteria and included sets must be unique across the set`,
        file: here.origin.file,
        path: [...here.origin.path, ...(here.origin.path[0] === 'include' ? [] : ['id'])],
      });
    } else {
      seen.set(node.id, node);
    }
    if (node.kind === 'criterion') {
      criteria++;
      return;
    }
    checkSiblingWeights(node, issues);
    issues.push(...weightingRuleIssues(node));
    node.children.forEach(visit);
  };
  seen.set(root.id, root);
  root.children.forEach(visit);
  checkSiblingWeights(root, issues);
  issues.push(...weightingRuleIssues(root));
  issues.push(...checkRequiresTree(root, includeFailed));
  // When loading already failed (say, every include was refused), an empty set is a consequence
  // that those errors explain; saying it again would only add noise.
  if (criteria === 0 && !earlierErrors) {
    issues.push({
      severity: 'error',
      rule: 'empty-set',
      message: `criteria set "${root.id}" has no criteria`,
      hint: 'add criteria, categories with criteria, or include other sets',
      file: root.definition.file,
      line: 1,
      column: 1,
    });
  }
  return issues;
}

function checkSiblingWeights(group: GroupNode, issues: Issue[]): void {
  if (group.weighting && group.weighting.method !== 'direct') {
    issues.push(...derivedGroupRangeIssues(group));
    return;
  }
  if (group.children.length === 0) {
    if (group.source === 'category') {
      issues.push({
        severity: 'error',
        rule: 'empty-category',
        message: `category "${group.id}" has no criteria or sub-categories`,
        file: group.definition.file,
        path: group.definition.path,
      });
    }
    return;
  }
  const total = group.children.reduce((sum, c) => sum + c.weight, 0);
  if (total === 0) {
    issues.push({
      severity: 'error',
      rule: 'zero-weights',
      message: `every child of "${group.id}" has weight 0, so their weights cannot be normalised`,
      hint: 'give at least one of them a positive weight',
      // at the parent; a set's own top has no line of its own, so there at the first child's weight
      ...(group.definition.path.length === 0 && group.children[0]
        ? {
            file: group.children[0].origin.file,
            path: [...group.children[0].origin.path, 'weight'],
          }
        : { file: group.definition.file, path: group.definition.path }),
    });
    return;
  }
  for (const child of group.children) {
    if (child.weight === 0) {
      issues.push({
        severity: 'warning',
        rule: 'zero-weight',
        message: `"${child.id}" has weight 0 and contributes nothing to the score`,
        file: child.origin.file,
        path: [...child.origin.path, 'weight'],
      });
    }
  }
}
