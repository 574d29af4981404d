import type { Issue } from '../core/issues.js';
import {
  decisionMethodIds,
  type CategoryInput,
  type CriteriaSetInput,
  type CriterionInput,
} from '../core/model/criteria-schema.js';
import type { GroupNode, TreeNode } from '../core/model/types.js';
import { methodIds } from '../core/methods/index.js';
import { weightingRuleIssues } from './weighting-rules.js';
import { didYouMean } from './suggest.js';

type Path = (string | number)[];

/**
 * Semantic rules on one written criteria-set file, after its shape is valid: ranges, scoring
 * curves, options and knock-outs that must agree with each other. All problems at once.
 */
export function checkCriteriaFile(input: CriteriaSetInput, file: string): Issue[] {
  const issues: Issue[] = [];
  const err = (path: Path, rule: string, message: string, hint?: string, atKey?: boolean): void => {
    issues.push({ severity: 'error', rule, message, hint, file, path, atKey });
  };
  const warn = (path: Path, rule: string, message: string, hint?: string): void => {
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
    // Suggest every method the product documents, not only those built so far, so a typo of a
    // documented name is recognised as one.
    const known = [...new Set([...methodIds(), ...decisionMethodIds])];
    err(
      ['method'],
      'unknown-method',
      `unknown decision method "${input.method}"`,
      didYouMean(input.method, known) ?? `available: ${methodIds().join(', ')}`,
    );
  }
  const scale = input.scale ?? { min: 1, max: 5 };
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
  return issues;
}

type Report = (path: Path, rule: string, message: string, hint?: string, atKey?: boolean) => void;

function checkCriterion(
  c: CriterionInput,
  at: Path,
  defaultScale: { min: number; max: number },
  err: Report,
  warn: Report,
): void {
  switch (c.type) {
    case 'scale': {
      const range = c.scale ?? defaultScale;
      if (c.scale && c.scale.min >= c.scale.max) {
        err(
          [...at, 'scale'],
          'invalid-range',
          `scale.min (${c.scale.min}) must be below scale.max (${c.scale.max})`,
        );
      }
      for (const level of Object.keys(c.rubric ?? {})) {
        const n = Number(level);
        if (!Number.isInteger(n) || n < range.min || n > range.max) {
          err(
            [...at, 'rubric', level],
            'invalid-rubric',
            `rubric level "${level}" is not a level of the scale ${range.min}–${range.max}`,
            undefined,
            true,
          );
        }
      }
      if (c.must && (c.must.min < range.min || c.must.min > range.max)) {
        err(
          [...at, 'must', 'min'],
          'invalid-must',
          `must.min ${c.must.min} lies outside the scale ${range.min}–${range.max}`,
        );
      }
      return;
    }
    case 'number': {
      if (c.min !== undefined && c.max !== undefined && c.min > c.max) {
        err([...at, 'min'], 'invalid-range', `min (${c.min}) must not exceed max (${c.max})`);
      }
      const s = c.scoring;
      const direction = c.direction ?? 'higher';
      if (s && 'worst' in s) {
        if (s.worst === s.best) {
          err(
            [...at, 'scoring'],
            'invalid-scoring',
            `scoring.worst and scoring.best are both ${s.worst}`,
            'they must differ: utility runs from worst (0) to best (1)',
          );
        } else if ((direction === 'higher') !== s.best > s.worst) {
          warn(
            [...at, 'scoring'],
            'direction-mismatch',
            `direction is ${direction} but scoring runs from worst ${s.worst} to best ${s.best}`,
            'the scoring curve decides the utility; make direction agree with it',
          );
        }
      }
      if (s && 'points' in s) {
        for (let i = 1; i < s.points.length; i++) {
          const prev = s.points[i - 1]?.[0] ?? -Infinity;
          const x = s.points[i]?.[0] ?? 0;
          if (x <= prev) {
            err(
              [...at, 'scoring', 'points', i],
              'invalid-scoring',
              `scoring.points must have strictly increasing values; ${x} follows ${prev}`,
            );
          }
        }
      }
      if (c.must && c.must.min === undefined && c.must.max === undefined) {
        err([...at, 'must'], 'invalid-must', 'must needs min or max for a number criterion');
      }
      if (c.must?.min !== undefined && c.must.max !== undefined && c.must.min > c.must.max) {
        err(
          [...at, 'must'],
          'invalid-must',
          `must.min (${c.must.min}) exceeds must.max (${c.must.max}): no answer could pass`,
        );
      }
      return;
    }
    case 'choice':
    case 'multi': {
      const seen = new Set<string>();
      c.options.forEach((o, i) => {
        const key = JSON.stringify(o.value);
        if (seen.has(key))
          err(
            [...at, 'options', i, 'value'],
            'duplicate-option',
            `option value ${key} appears twice`,
          );
        seen.add(key);
      });
      const values = c.options.map((o) => o.value);
      const mustValues = c.type === 'choice' ? c.must?.oneOf : c.must?.includes;
      const mustKey = c.type === 'choice' ? 'oneOf' : 'includes';
      (mustValues ?? []).forEach((v, i) => {
        if (!values.some((o) => o === v)) {
          err(
            [...at, 'must', mustKey, i],
            'invalid-must',
            `must.${mustKey} names ${JSON.stringify(v)}, which is not an option`,
            didYouMean(String(v), values.map(String)) ??
              `options: ${values.map(String).join(', ')}`,
          );
        }
      });
      if (c.type === 'choice' && Math.max(...c.options.map((o) => o.score)) <= 0) {
        err(
          [...at, 'options'],
          'invalid-scoring',
          'at least one option needs a score above 0',
          "utility is an option's score divided by the highest score",
        );
      }
      if (c.type === 'multi' && c.cap === undefined && c.options.every((o) => o.points === 0)) {
        err(
          [...at, 'options'],
          'invalid-scoring',
          'at least one option needs points above 0',
          'utility is the points collected divided by cap',
        );
      }
      return;
    }
    case 'cost': {
      warn(
        [...at, 'type'],
        'unsupported-criterion',
        `"${c.id}" is a cost criterion, which this version cannot compute yet`,
        'rank and explain refuse sets with cost criteria until the cost engine arrives',
      );
      if (c.scoring && c.scoring !== 'lowest-price' && c.scoring.worst === c.scoring.best) {
        err(
          [...at, 'scoring'],
          'invalid-scoring',
          `scoring.worst and scoring.best are both ${c.scoring.worst}`,
        );
      }
      return;
    }
    case 'boolean':
      return;
  }
}

/**
 * Rules on the whole tree after includes: ids unique across it, sibling weights that can be
 * normalised, a set with at least one criterion, weighting that names the right children.
 */
export function checkCriteriaTree(root: GroupNode): Issue[] {
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
  if (criteria === 0) {
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
  if (group.weighting && group.weighting.method !== 'direct') return;
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
      file: group.definition.file,
      path: group.definition.path,
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
