// The CI formats `validate` and `check` share. Cheap to import; see ranking.ts.
import type { FormatEntry } from '../../report/format.js';
import type { ValidateModel } from '../../report/models.js';

/**
 * `--format github|gitlab|junit|sarif` of `validate` and `check`: each renders a validate model,
 * and a check's policy outcomes and change when the model is a check's.
 */
export const ciFormats = [
  {
    id: 'github',
    description: 'GitHub Actions annotations, and a job summary when $GITHUB_STEP_SUMMARY is set',
    load: () => import('../../report/ci/github.js').then((m) => m.githubFormat),
  },
  {
    id: 'gitlab',
    description: 'GitLab Code Quality report (JSON)',
    load: () => import('../../report/ci/gitlab.js').then((m) => m.gitlabFormat),
  },
  {
    id: 'junit',
    description: 'JUnit XML: a test case per rule and subject (and per policy rule and vendor)',
    load: () => import('../../report/ci/junit.js').then((m) => m.junitFormat),
  },
  {
    id: 'sarif',
    description: 'SARIF 2.1.0 for GitHub code scanning',
    load: () => import('../../report/ci/sarif.js').then((m) => m.sarifFormat),
  },
] as const satisfies readonly FormatEntry<ValidateModel>[];
