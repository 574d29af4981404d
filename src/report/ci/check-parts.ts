import type { Issue, Severity } from '../../core/issues.js';
import { countIssues, sortIssues } from '../issue-format.js';
import type { CheckModel, ValidateModel } from '../models.js';

/**
 * The check behind a model, when it is one: the CI formats take a `ValidateModel` (what
 * `validate` and `check` share) and render a check's extras (policy, ranking, change) when the
 * model carries them.
 */
export function checkOf(model: ValidateModel): CheckModel | undefined {
  return 'policy' in model && 'configFile' in model ? (model as CheckModel) : undefined;
}

const severityRank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Problems as CI reports list them: errors first, then warnings, then infos; by place within. */
export function bySeverity(issues: readonly Issue[]): Issue[] {
  return sortIssues(issues).sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
}

/** `2 errors`, `1 warning`: a count and its noun. */
export function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The figures of a run's verdict: problems by severity and policy outcomes by status. */
export interface Verdict {
  passed: boolean;
  errors: number;
  warnings: number;
  infos: number;
  /** Policy outcomes by status; all 0 for `validate`. */
  policy: { passed: number; failed: number; notEvaluated: number };
}

/**
 * The verdict of `validate` or `check`: failed when any problem is an error (a failed policy
 * rule is one: it is among the problems, placed at its cause), as the exit code says.
 */
export function verdictOf(model: ValidateModel): Verdict {
  const { errors, warnings } = countIssues(model.issues);
  const policy = checkOf(model)?.policy ?? [];
  return {
    passed: errors === 0,
    errors,
    warnings,
    infos: model.issues.filter((i) => i.severity === 'info').length,
    policy: {
      passed: policy.filter((o) => o.status === 'passed').length,
      failed: policy.filter((o) => o.status === 'failed').length,
      notEvaluated: policy.filter((o) => o.status === 'not-evaluated').length,
    },
  };
}

/**
 * The verdict as one sentence: `validate failed: 2 errors, 1 warning`, `check failed: 2 errors,
 * 1 warning; policy: 1 check failed, 5 passed`, `check passed: 0 errors, 0 warnings; policy: all
 * 6 checks passed`, `check failed: 1 error, 0 warnings; policy not judged: the files have
 * errors`. It counts outcomes, not rules: a per-vendor rule has one check per vendor.
 */
export function verdictText(model: ValidateModel): string {
  const v = verdictOf(model);
  const command = checkOf(model) ? 'check' : 'validate';
  const problems = `${counted(v.errors, 'error')}, ${counted(v.warnings, 'warning')}${v.infos ? `, ${counted(v.infos, 'info')}` : ''}`;
  const p = v.policy;
  const total = p.passed + p.failed + p.notEvaluated;
  const policyParts = [
    ...(p.failed ? [`${counted(p.failed, 'check')} failed`] : []),
    p.failed
      ? `${p.passed} passed`
      : `${total === p.passed && p.passed > 1 ? 'all ' : ''}${counted(p.passed, 'check')} passed`,
    ...(p.notEvaluated ? [`${p.notEvaluated} not evaluated`] : []),
  ];
  const check = checkOf(model);
  const policy = !check
    ? ''
    : notJudged(check)
      ? '; policy not judged: the files have errors'
      : total === 0
        ? '; the policy sets no rules'
        : `; policy: ${policyParts.join(', ')}`;
  return `${command} ${v.passed ? 'passed' : 'failed'}: ${problems}${policy}`;
}

/**
 * Whether the check's policy was not judged: the files have errors, so nothing was ranked. A
 * project file without rules has nothing to judge, so it is not "not judged".
 */
export function notJudged(check: CheckModel): boolean {
  return check.ranking === undefined && check.policyRules?.length !== 0;
}

/** `file:line:column`, or `(no file)` for a problem not tied to a file. */
export function placeOf(issue: Issue): string {
  return issue.file ? `${issue.file}:${issue.line ?? 1}:${issue.column ?? 1}` : '(no file)';
}

/** The message with its hint, as one line of text: `message — hint`. */
export function messageWithHint(issue: Issue): string {
  return issue.hint ? `${issue.message} — ${issue.hint}` : issue.message;
}
