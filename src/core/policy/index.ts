import type { Issue } from '../issues.js';
import type { PolicyOutcome } from '../model/check.js';
import type { Policy } from '../model/config-schema.js';
import type { CriteriaSet } from '../model/types.js';
import { didYouMean } from '../suggest.js';
import { maxConsistencyRatioRule } from './max-consistency-ratio.js';
import { maxMissingRule } from './max-missing.js';
import { maxMonthlyCostRule } from './max-monthly-cost.js';
import { minRobustnessRule } from './min-robustness.js';
import { minScoreRule } from './min-score.js';
import { requireEligibleRule } from './require-eligible.js';
import { requireEvidenceRule } from './require-evidence.js';
import { requireTopRule } from './require-top.js';
import type { PolicyInput, PolicyRule } from './types.js';

export { consistencyFigures } from './consistency.js';
export type { PolicyInput, PolicyRule } from './types.js';

/**
 * Every rule of the policy, in the SPEC's order (the order `check` reports them in). A new rule
 * is one file and one line here, plus its id in `core/rules.ts`.
 */
export const policyRules: readonly PolicyRule[] = [
  minScoreRule,
  requireEligibleRule,
  requireTopRule,
  maxMissingRule,
  requireEvidenceRule,
  maxMonthlyCostRule,
  maxConsistencyRatioRule,
  minRobustnessRule,
];

/** Every outcome of every rule the policy sets, rule by rule. */
export function evaluatePolicy(input: PolicyInput): PolicyOutcome[] {
  return policyRules.flatMap((r) => r.evaluate(input));
}

/**
 * Mistakes in the policy that only the project can reveal: `selected` naming no vendor, a
 * `requireEvidence` list naming no criterion (or one no vendor file answers). Errors at the
 * policy's key in the project file, with a did-you-mean where one helps; the policy cannot be
 * judged until they are fixed.
 */
export function policyReferenceIssues(
  policy: Policy,
  set: CriteriaSet,
  vendorIds: readonly string[],
  configFile: string,
): Issue[] {
  const issues: Issue[] = [];
  const { selected, requireEvidence } = policy;
  if (selected !== undefined && !vendorIds.includes(selected)) {
    issues.push({
      severity: 'error',
      rule: 'policy/unknown-vendor',
      message: `the policy selects "${selected}", which is not one of the project's vendors`,
      hint: didYouMean(selected, vendorIds) ?? `the vendors are ${vendorIds.join(', ')}`,
      file: configFile,
      path: ['policy', 'selected'],
    });
  }
  if (Array.isArray(requireEvidence)) {
    const ids = set.criteria.map((c) => c.id);
    requireEvidence.forEach((id, k) => {
      const criterion = set.criteria.find((c) => c.id === id);
      if (criterion?.type === 'cost' || criterion?.type === 'pairwise') {
        issues.push(computedCriterion(id, criterion.type, configFile, k));
        return;
      }
      if (criterion) return;
      issues.push({
        severity: 'error',
        rule: 'policy/unknown-criterion',
        message: `requireEvidence lists "${id}", which is not a criterion of set "${set.id}"`,
        hint:
          didYouMean(id, ids) ??
          `run "vendor-eval criteria show ${!set.file || set.builtin ? set.id : set.file}" to list its criteria`,
        file: configFile,
        path: ['policy', 'requireEvidence', k],
      });
    });
  }
  return issues;
}

/**
 * A `requireEvidence` entry naming a criterion whose value no vendor file answers: a `cost` is
 * worked out from each bid, a `pairwise` from the set's comparisons, so there is no answer to
 * cite a source for, and the entry would pass without checking anything.
 */
function computedCriterion(
  id: string,
  type: 'cost' | 'pairwise',
  configFile: string,
  k: number,
): Issue {
  const from =
    type === 'cost'
      ? "a cost criterion worked out from each vendor's `pricing`"
      : "a pairwise criterion scored from the set's comparisons";
  return {
    severity: 'error',
    rule: 'policy/computed-criterion',
    message: `requireEvidence lists "${id}", ${from}: no vendor file answers it, so there is no evidence to cite`,
    hint: `remove "${id}" from requireEvidence`,
    file: configFile,
    path: ['policy', 'requireEvidence', k],
  };
}
