import type { Issue } from '../issues.js';
import type { PolicyOutcome } from '../model/check.js';
import { knockoutCriteria, type Knockout, type VendorResult } from '../model/ranking.js';
import type { Answer, CriteriaSet, MustRule, Vendor } from '../model/types.js';
import { passesMust } from '../scoring/knockout.js';
import { atPolicy, type PolicyInput, type PolicyRule } from './types.js';

const id = { key: 'requireEligible', rule: 'policy/require-eligible' } as const;

/**
 * `requireEligible`: the selected vendor passes every knock-out; a failure is placed at the
 * answer that knocked it out. Without `selected`: at least one vendor is eligible (a winner
 * exists), judged for the project.
 */
export const requireEligibleRule: PolicyRule = { ...id, evaluate };

function evaluate(input: PolicyInput): PolicyOutcome[] {
  if (input.policy.requireEligible !== true) return [];
  const { selected } = input.policy;
  if (selected === undefined) return [anyEligible(input)];
  const vendor = input.ranking.vendors.find((v) => v.id === selected);
  if (!vendor) return [];
  const base = { ...id, vendor: vendor.id };
  if (vendor.eligible) {
    return [
      { ...base, status: 'passed', message: `selected vendor ${vendor.id} passes every knock-out` },
    ];
  }
  const reasons = vendor.knockouts.map((k) => k.reason).join('; ');
  const message = `selected vendor ${vendor.id} is knocked out: ${reasons}`;
  const loaded = input.vendors.find((v) => v.id === vendor.id);
  const issue: Issue = {
    severity: 'error',
    rule: 'policy/require-eligible',
    message,
    hint: 'the policy requires an eligible vendor: award one that passes every knock-out, or correct the answer if it is wrong',
    ...(loaded
      ? knockoutPlace(input.set, vendor, loaded)
      : { file: input.configFile, path: ['policy'] }),
  };
  return [{ ...base, status: 'failed', message, issue }];
}

/** Without `selected`: a winner exists. */
function anyEligible(input: PolicyInput): PolicyOutcome {
  const all = input.ranking.vendors;
  const eligible = all.filter((v) => v.eligible).length;
  const base = { ...id, vendor: null };
  if (eligible > 0) {
    return {
      ...base,
      status: 'passed',
      message: `${eligible} of ${all.length} vendor${all.length === 1 ? '' : 's'} pass every knock-out`,
    };
  }
  const message = `no vendor passes every knock-out, so there is no winner`;
  const issue = atPolicy(input, id.key, {
    severity: 'error',
    rule: 'policy/require-eligible',
    message,
    hint: 'the policy requires at least one eligible vendor: see `vendor-eval rank` for what knocked each out',
  });
  return { ...base, status: 'failed', message, issue };
}

/**
 * Where a knock-out is caused: the first answer, among the criteria that had to pass, whose
 * own value fails the criterion's rule (with several evaluators, the one who found the
 * must-have missing, not the first file); else the first answer given to a criterion the
 * knock-out names; else the vendor file's `answers` (or the unanswered criterion's key, when
 * the file writes it as `~`).
 */
function knockoutPlace(
  set: CriteriaSet,
  result: VendorResult,
  vendor: Vendor,
): Pick<Issue, 'file' | 'path' | 'atKey'> {
  const at = (a: Answer) => ({ file: a.origin.file, path: a.origin.path.slice(0, 2) });
  for (const criterion of result.knockouts.flatMap((k) => mustPass(set, k))) {
    const rule = mustOf(set, criterion);
    const failing = vendor.answers
      .get(criterion)
      ?.find((a) => rule !== undefined && a.value !== null && !passesMust(rule, a.value));
    if (failing) return at(failing);
  }
  const criteria = result.knockouts.flatMap(knockoutCriteria);
  for (const criterion of criteria) {
    const answer = vendor.answers.get(criterion)?.find((a) => a.value !== null);
    if (answer) return at(answer);
  }
  const first = criteria[0];
  const path = first === undefined ? ['answers'] : ['answers', first];
  return { file: vendor.origin.file, path, atKey: true };
}

/**
 * The criteria of a knock-out that had to pass: its criterion, or those of its `requires` rule
 * (not the `when` conditions, which were met as they should be).
 */
function mustPass(set: CriteriaSet, k: Knockout): string[] {
  if ('criterion' in k) return [k.criterion];
  const rule = set.requires.find((r) => r.name === k.requirement);
  return rule ? k.criteria.filter((id) => rule.criteria.includes(id)) : k.criteria;
}

/** A criterion's must-have rule; a boolean without one must be true inside a `requires` rule. */
function mustOf(set: CriteriaSet, id: string): MustRule | undefined {
  const c = set.criteria.find((x) => x.id === id);
  return c?.must ?? (c?.type === 'boolean' ? { kind: 'true' } : undefined);
}
