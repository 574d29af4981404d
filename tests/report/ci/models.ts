// Small validate and check models for the CI format tests, built in code: `check` itself is
// another module's business, its formats only read the model.
import type { Issue } from '../../../src/core/issues.js';
import type { DecisionChange, PolicyOutcome } from '../../../src/core/model/check.js';
import { weightedSum } from '../../../src/core/methods/weighted-sum.js';
import type { CheckModel, ValidateModel } from '../../../src/report/models.js';
import { boolean, ranked, scale, set, vendor } from '../../core/builders.js';

/** A problem with the fields every test needs; `over` sets the rest. */
export function issue(over: Partial<Issue> & Pick<Issue, 'severity' | 'rule'>): Issue {
  return { message: `a ${over.rule} problem`, file: 'vendors/a.yaml', line: 1, column: 1, ...over };
}

/** Two files, an error with a hint and a warning in one of them. */
export const validateModel: ValidateModel = {
  files: ['vendors/acme.yaml', 'vendors/zenith.yaml'],
  issues: [
    {
      severity: 'warning',
      rule: 'zero-weight',
      message: 'criterion "fax" has weight 0',
      file: 'vendors/zenith.yaml',
      path: ['answers', 'fax'],
      line: 7,
      column: 3,
      endLine: 7,
      endColumn: 6,
    },
    {
      severity: 'error',
      rule: 'out-of-range',
      message: '"csat" is 7, outside 1–5',
      hint: 'answer 1 to 5',
      file: 'vendors/acme.yaml',
      path: ['answers', 'csat'],
      line: 4,
      column: 9,
      endLine: 4,
      endColumn: 10,
    },
  ],
};

const criteria = set([
  scale('csat', { weight: 3 }),
  boolean('pci', { weight: 1, must: { kind: 'true' } }),
]);

/** The ranking a check judged: Acme first, Zenith second, Basic ineligible (no PCI). */
export const ranking = ranked(
  criteria,
  [
    vendor('acme', { csat: 5, pci: true }),
    vendor('zenith', { csat: 3, pci: true }),
    vendor('basic', { csat: 4, pci: false }),
  ],
  { method: weightedSum, missing: 'zero' },
);

const policyIssue: Issue = {
  severity: 'error',
  rule: 'policy/min-score',
  message: 'ZENITH scores 50.0; the policy asks at least 60',
  hint: 'award another vendor or lower minScore',
  file: 'vendors/zenith.yaml',
  path: ['answers', 'csat'],
  line: 5,
  column: 9,
  endLine: 5,
  endColumn: 10,
};

/** Every status: a pass, a failure placed on the vendor's answer, one not evaluated. */
export const policy: PolicyOutcome[] = [
  {
    rule: 'policy/require-eligible',
    key: 'requireEligible',
    vendor: 'zenith',
    status: 'passed',
    message: 'ZENITH passes every knock-out',
  },
  {
    rule: 'policy/min-score',
    key: 'minScore',
    vendor: 'zenith',
    status: 'failed',
    message: policyIssue.message,
    issue: policyIssue,
  },
  {
    rule: 'policy/max-consistency-ratio',
    key: 'maxConsistencyRatio',
    vendor: null,
    status: 'not-evaluated',
    message: 'the set is not weighted by pairwise comparison',
  },
];

/** A weight change that flips the winner. */
export const change: DecisionChange = {
  base: 'main',
  commit: 'abc1234',
  baseProblem: null,
  winner: { before: 'zenith', after: 'acme', changed: true },
  vendors: [
    {
      id: 'acme',
      name: 'ACME',
      before: { rank: 2, score: 70.04, eligible: true },
      after: { rank: 1, score: 100, eligible: true },
    },
    {
      id: 'zenith',
      name: 'ZENITH | Z',
      before: { rank: 1, score: 71, eligible: true },
      after: { rank: 2, score: 50, eligible: true },
    },
    {
      id: 'basic',
      name: 'BASIC',
      before: null,
      after: { rank: null, score: 56.25, eligible: false },
    },
  ],
  weights: [{ id: 'csat', name: 'csat', before: 0.5, after: 0.75 }],
  answers: [{ vendor: 'zenith', criterion: 'csat', before: 4, after: 3 }],
  other: ['The method changed: topsis → weighted-sum.'],
};

/** A failed check: the validate problems plus the placed policy failure, with a change. */
export const checkModel: CheckModel = {
  configFile: 'vendor-eval.config.yaml',
  files: [...validateModel.files, 'vendor-eval.config.yaml'],
  issues: [...validateModel.issues, policyIssue],
  ranking,
  policy,
  change,
};
