import type { Severity } from '../../core/issues.js';
import type { Format } from '../format.js';
import type { ValidateModel } from '../models.js';
import { bySeverity, checkOf, messageWithHint } from './check-parts.js';
import { fingerprints } from './fingerprint.js';
import { inRepository } from './repository-paths.js';

/** GitLab Code Quality severities: `info`, `minor`, `major`, `critical`, `blocker`. */
type GitlabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/**
 * Our severities on GitLab's scale: an error (it fails the job, a failed policy rule included)
 * is `major`, a warning `minor`, an info `info`. `critical` and `blocker` are left to security
 * scanners: a procurement finding is not a vulnerability.
 */
export const gitlabSeverity: Readonly<Record<Severity, GitlabSeverity>> = {
  error: 'major',
  warning: 'minor',
  info: 'info',
};

/** One finding of a GitLab Code Quality report. */
interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: GitlabSeverity;
  location: { path: string; lines: { begin: number } };
}

/**
 * `--format gitlab`: a GitLab Code Quality report (`artifacts: reports: codequality`), a JSON
 * array with one entry per problem; the fingerprint is stable across runs (rule + file + key
 * path), so a finding a commit only moves is not reported as new. A problem tied to no file is
 * placed on the project file (`check`) or `.`.
 */
export function formatGitlab(model: ValidateModel): string {
  const issues = bySeverity(model.issues);
  const prints = fingerprints(issues);
  const fallback = checkOf(model)?.configFile ?? '.';
  const report: CodeQualityIssue[] = issues.map((issue, k) => ({
    description: messageWithHint(issue),
    check_name: issue.rule,
    fingerprint: prints[k] ?? '',
    severity: gitlabSeverity[issue.severity],
    location: {
      path: (issue.file ?? fallback).replace(/\\/g, '/'),
      lines: { begin: issue.line ?? 1 },
    },
  }));
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** `validate --format gitlab` and `check --format gitlab`. */
export const gitlabFormat: Format<ValidateModel> = {
  id: 'gitlab',
  description: 'GitLab Code Quality report (JSON)',
  extension: 'json',
  userText: 'encoded',
  render: (m, ctx) => formatGitlab(inRepository(m, ctx.repository)),
};
