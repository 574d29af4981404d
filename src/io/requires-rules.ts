import type { Issue } from '../core/issues.js';
import type { CategoryInput, RequirementInput } from '../core/model/criteria-schema.js';
import type {
  ConditionTest,
  Criterion,
  GroupNode,
  MustRule,
  Requirement,
  TreeNode,
} from '../core/model/types.js';
import type { RuleId } from '../core/rules.js';
import { describeMust } from '../core/scoring/knockout.js';
import { passesInRule } from '../core/scoring/requirements.js';
import { didYouMean } from '../core/suggest.js';

type Path = (string | number)[];

const forms = 'write anyOf: [ids], allOf: [ids], or when: { id: answer } with then: [ids]';

/**
 * The form of every `requires` rule written in one file (the set's and its categories'):
 * exactly one of `anyOf`, `allOf` or `when` with `then`, and lists that name something.
 */
export function checkRequiresForm(
  input: { requires?: RequirementInput[] | undefined; categories?: CategoryInput[] | undefined },
  file: string,
  at: Path = [],
): Issue[] {
  const issues: Issue[] = [];
  const err = (path: Path, rule: RuleId, message: string, hint?: string): void => {
    issues.push({ severity: 'error', rule, message, hint, file, path });
  };
  (input.requires ?? []).forEach((r, i) => {
    const here = [...at, 'requires', i];
    const used = (['anyOf', 'allOf', 'when', 'then'] as const).filter((k) => r[k] !== undefined);
    const named = `rule "${r.name}"`;
    if (used.length === 0) {
      err(here, 'invalid-requires', `${named} checks nothing`, forms);
    } else if (used.includes('anyOf') && used.length > 1) {
      err(here, 'invalid-requires', `${named} mixes ${used.join(' and ')}`, forms);
    } else if (used.includes('allOf') && used.length > 1) {
      err(here, 'invalid-requires', `${named} mixes ${used.join(' and ')}`, forms);
    } else if (used.length === 1 && (used[0] === 'when' || used[0] === 'then')) {
      const missing = used[0] === 'when' ? 'then' : 'when';
      err(here, 'invalid-requires', `${named} has ${used[0]} without ${missing}`, forms);
    } else if (r.anyOf?.length === 0) {
      err(
        [...here, 'anyOf'],
        'requires-never-passes',
        `${named} can never pass: anyOf lists no criteria`,
        'list the criteria of which at least one must pass',
      );
    } else if (r.allOf?.length === 0 || r.then?.length === 0) {
      const key = r.allOf ? 'allOf' : 'then';
      err([...here, key], 'invalid-requires', `${named} checks nothing: ${key} lists no criteria`);
    } else if (r.when && Object.keys(r.when).length === 0) {
      err(
        [...here, 'when'],
        'invalid-requires',
        `${named} has a when with no condition`,
        'name a criterion and the answer that makes the rule apply, or use allOf',
      );
    }
    for (const [id, test] of Object.entries(r.when ?? {})) {
      if (typeof test !== 'object') continue;
      const keys = Object.keys(test);
      const numeric = keys.every((k) => k === 'min' || k === 'max');
      if (keys.length === 0 || (!numeric && keys.length > 1)) {
        err(
          [...here, 'when', id],
          'invalid-condition',
          `the condition on "${id}" in ${named} must be an answer or one of { min, max }, { oneOf: [...] }, { includes: [...] }`,
        );
      }
    }
  });
  (input.categories ?? []).forEach((cat, i) =>
    issues.push(...checkRequiresForm(cat, file, [...at, 'categories', i])),
  );
  return issues;
}

/**
 * The `requires` rules of a whole tree against its criteria (after includes, so a rule may name
 * any criterion of the set): ids that exist, criteria that can pass, conditions an answer can
 * meet, and rules that cannot fail by their own construction.
 */
export function checkRequiresTree(root: GroupNode, earlierErrors = false): Issue[] {
  const criteria = new Map<string, Criterion>();
  const groups: GroupNode[] = [];
  const visit = (n: TreeNode): void => {
    if (n.kind === 'criterion') criteria.set(n.id, n);
    else {
      groups.push(n);
      n.children.forEach(visit);
    }
  };
  visit(root);
  return groups.flatMap((g) => g.requires.flatMap((r) => checkRule(r, criteria, earlierErrors)));
}

/** `earlierErrors`: an include may have failed to load, so an id not found is not reported. */
function checkRule(
  r: Requirement,
  criteria: ReadonlyMap<string, Criterion>,
  earlierErrors: boolean,
): Issue[] {
  const issues: Issue[] = [];
  const { file, path } = r.origin;
  const err = (at: Path, rule: RuleId, message: string, hint?: string, atKey?: true): void => {
    issues.push({ severity: 'error', rule, message, hint, file, path: [...path, ...at], atKey });
  };
  const unknown = (id: string, at: Path, atKey?: true): void => {
    if (earlierErrors) return;
    err(
      at,
      'requires-unknown-criterion',
      `rule "${r.name}" names "${id}", which is not a criterion of this set`,
      didYouMean(id, criteria.keys()) ?? 'name criteria by their id',
      atKey,
    );
  };
  const listKey = r.kind === 'when' ? 'then' : r.kind;
  r.criteria.forEach((id, j) => {
    const c = criteria.get(id);
    if (!c) return unknown(id, [listKey, j]);
    if (!c.must && c.type !== 'boolean') {
      err(
        [listKey, j],
        'requires-without-must',
        `rule "${r.name}" names ${c.type} criterion "${id}", which has no must, so nothing says when it passes`,
        `give "${id}" a must (${mustExample(c)}); it is then judged by this rule, not on its own`,
      );
    }
  });
  for (const { criterion: id, test } of r.conditions) {
    const c = criteria.get(id);
    if (!c) {
      unknown(id, ['when', id], true);
      continue;
    }
    const problem = conditionProblem(c, test);
    if (problem) {
      err(
        ['when', id],
        'invalid-condition',
        `the condition on "${id}" in rule "${r.name}" ${problem}`,
      );
      continue;
    }
    if (r.criteria.includes(id) && (c.must || c.type === 'boolean') && disjoint(c, test)) {
      err(
        ['when', id],
        'requires-never-passes',
        `rule "${r.name}" can never pass when it applies: its condition needs "${id}" to be ${conditionText(test)}, and then needs it to pass (${describeMust(c.must ?? { kind: 'true' })})`,
        `a rule that fails whenever it applies is a must on "${id}"; fix the condition or the criteria in then`,
        true,
      );
    }
  }
  return issues;
}

function mustExample(c: Criterion): string {
  switch (c.type) {
    case 'choice':
      return 'must: { oneOf: [...] }';
    case 'multi':
      return 'must: { includes: [...] }';
    case 'cost':
      return 'must: { max: amount }';
    default:
      return 'must: { min: n }';
  }
}

function conditionText(test: ConditionTest): string {
  if (test.kind !== 'equals') return describeMust(test).replace(/^must (be )?/, '');
  if (test.value === true) return 'yes';
  if (test.value === false) return 'no';
  return String(test.value);
}

/** Why no answer to `c` could meet `test`, or undefined when one could. */
function conditionProblem(c: Criterion, test: ConditionTest): string | undefined {
  const values = test.kind === 'equals' ? [test.value] : 'values' in test ? test.values : [];
  if (c.type === 'boolean' && (test.kind !== 'equals' || typeof test.value !== 'boolean'))
    return `must be true or false (a yes/no criterion), found ${conditionText(test)}`;
  if (c.type === 'choice' || c.type === 'multi') {
    const options = c.options.map((o) => o.value);
    const bad = values.find((v) => !options.includes(v));
    if (bad !== undefined)
      return `names "${String(bad)}", which is not an option; ${didYouMean(String(bad), options.map(String)) ?? `options: ${options.map(String).join(', ')}`}`;
    if (test.kind === 'includes' && c.type === 'choice')
      return 'uses includes, which is for multi criteria; use oneOf';
  }
  if ((c.type === 'number' || c.type === 'scale' || c.type === 'cost') && test.kind === 'equals') {
    if (typeof test.value !== 'number') return `must be a number, found "${String(test.value)}"`;
  }
  return undefined;
}

/** True when no answer both meets the condition and passes the criterion's own test. */
function disjoint(c: Criterion, test: ConditionTest): boolean {
  const pass = (v: string | number | boolean): boolean => passesInRule(c, { merged: v, each: [v] });
  if (c.type === 'multi') return false;
  if (test.kind === 'equals') return !pass(test.value);
  if (test.kind === 'oneOf') return test.values.every((v) => !pass(v));
  const a = interval(test);
  const b = c.must ? interval(c.must) : undefined;
  if (!a || !b) return false;
  return Math.max(a[0], b[0]) > Math.min(a[1], b[1]);
}

function interval(m: MustRule): [number, number] | undefined {
  switch (m.kind) {
    case 'min':
      return [m.min, Infinity];
    case 'max':
      return [-Infinity, m.max];
    case 'range':
      return [m.min ?? -Infinity, m.max ?? Infinity];
    default:
      return undefined;
  }
}
