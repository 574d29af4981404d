import type { Issue } from '../issues.js';
import type { Criterion, GroupNode } from '../model/types.js';
import { criticWeights } from './critic-weights.js';
import { entropyWeights, isConstantColumn } from './entropy-weights.js';
import type { PerformanceColumns } from './evaluate.js';

/** Weighting methods that derive a group's weights from the vendors' answers. */
export const objectiveWeightings = ['entropy', 'critic'] as const;
export type ObjectiveWeighting = (typeof objectiveWeightings)[number];

/** True for `entropy` and `critic`. */
export function isObjectiveWeighting(method: string | undefined): method is ObjectiveWeighting {
  return (objectiveWeightings as readonly (string | undefined)[]).includes(method);
}

/** True when some group in the tree derives its weights from vendor answers. */
export function usesObjectiveWeighting(root: GroupNode): boolean {
  if (isObjectiveWeighting(root.weighting?.method)) return true;
  return root.children.some((c) => c.kind === 'group' && usesObjectiveWeighting(c));
}

/** Objective local weights by group id, and the warnings and errors found deriving them. */
export interface ObjectiveDerivation {
  /** Local weights of each entropy/critic group's children, in child order. */
  local: Map<string, number[]>;
  issues: Issue[];
}

/**
 * Derives the weights of every `entropy` and `critic` group below and including `root` from the
 * performance columns. Never throws: errors (fewer than 2 vendors with answers, negative values
 * under entropy, no column that varies, perfectly correlated columns under CRITIC) and warnings
 * (a constant column, weight 0) are returned as issues with file and key path; a group with an
 * error has no entry in `local`.
 */
export function deriveObjectiveWeights(
  root: GroupNode,
  columns: PerformanceColumns,
): ObjectiveDerivation {
  const out: ObjectiveDerivation = { local: new Map(), issues: [] };
  const visit = (group: GroupNode): void => {
    const method = group.weighting?.method;
    if (isObjectiveWeighting(method)) deriveGroup(group, method, columns, out);
    for (const child of group.children) if (child.kind === 'group') visit(child);
  };
  visit(root);
  return out;
}

function deriveGroup(
  group: GroupNode,
  method: ObjectiveWeighting,
  columns: PerformanceColumns,
  out: ObjectiveDerivation,
): void {
  const criteria = group.children.filter((c): c is Criterion => c.kind === 'criterion');
  // Validation rejects groups inside such a group; a tree built in code is refused the same way.
  if (criteria.length !== group.children.length) {
    out.issues.push(
      atWeighting(group, {
        rule: 'invalid-weighting',
        message: `${method} weighting of "${group.id}" needs criteria only as children`,
        hint: 'move the sub-categories out, or weight them with direct, roc, swing or ahp',
      }),
    );
    return;
  }
  const raw = criteria.map((c) => columns.get(c.id) ?? []);
  const label = `${method} weighting of "${group.id}"`;
  let data: number[][];
  if (method === 'entropy') {
    data = raw.map((col) => col.filter((v): v is number => v !== null));
    const few = data.findIndex((col) => col.length < 2);
    if (few >= 0) {
      const n = data[few]?.length ?? 0;
      out.issues.push(tooFew(group, label, `"${criteria[few]?.id}" ${answered(n)}`));
      return;
    }
  } else {
    // CRITIC correlates columns, so it reads the vendors who answered every criterion of the group.
    const rows = (raw[0] ?? []).map((_, i) => raw.every((col) => col[i] != null));
    data = raw.map((col) => col.filter((_, i) => rows[i]) as number[]);
    const complete = rows.filter(Boolean).length;
    if (complete < 2) {
      const who = complete === 0 ? 'no vendor answers' : 'only 1 vendor answers';
      out.issues.push(tooFew(group, label, `${who} all of its criteria`));
      return;
    }
  }
  if (method === 'entropy') {
    const negative = data
      .map((col, j) => ({ c: criteria[j], min: Math.min(...col) }))
      .filter((x) => x.min < 0);
    for (const { c, min } of negative) {
      out.issues.push(
        atCriterion(c, {
          severity: 'error',
          rule: 'negative-value',
          message: `entropy weighting needs values of 0 or more, but "${c?.id}" has ${min}`,
          hint: `shift the answers so that none is negative, or weight "${group.id}" by critic`,
        }),
      );
    }
    if (negative.length) return;
  }
  const constant = data.map(isConstantColumn);
  if (constant.every(Boolean)) {
    out.issues.push(
      atWeighting(group, {
        rule: 'constant-group',
        message: `${label} cannot derive weights: every vendor gives the same answer to each of its criteria`,
        hint: 'weight this group by direct, roc, swing or ahp, or add vendors that differ',
      }),
    );
    return;
  }
  const result = method === 'entropy' ? { weights: entropyWeights(data) } : criticWeights(data);
  if (!('weights' in result) || !result.weights) {
    out.issues.push(
      atWeighting(group, {
        rule: 'correlated-columns',
        message: `${label} cannot derive weights: its criteria rank the vendors identically (correlation 1)`,
        hint: 'add vendors, or weight this group by direct, roc, swing or ahp',
      }),
    );
    return;
  }
  constant.forEach((isConstant, j) => {
    const c = criteria[j];
    if (!isConstant || !c) return;
    out.issues.push(
      atCriterion(c, {
        severity: 'warning',
        rule: 'constant-column',
        message: `every vendor gives "${c.id}" the same answer, so ${method} weighting gives it weight 0`,
        hint: 'it cannot separate the vendors; remove it or weight the group another way',
      }),
    );
  });
  out.local.set(group.id, result.weights);
}

function answered(n: number): string {
  return `answered by ${n === 0 ? 'no' : n} vendor${n === 1 ? '' : 's'}`;
}

function tooFew(group: GroupNode, label: string, found: string): Issue {
  return atWeighting(group, {
    rule: 'too-few-vendors',
    message: `${label} needs at least 2 vendors with answers: ${found}`,
    hint: 'name more vendor files, or give the group another weighting',
  });
}

type IssueText = Pick<Issue, 'rule' | 'message' | 'hint'>;

function atWeighting(group: GroupNode, issue: IssueText): Issue {
  return {
    severity: 'error',
    ...issue,
    file: group.definition.file,
    path: [...group.definition.path, 'weighting'],
  };
}

function atCriterion(
  c: Criterion | undefined,
  issue: IssueText & { severity: Issue['severity'] },
): Issue {
  return { ...issue, file: c?.origin.file, path: c?.origin.path };
}
