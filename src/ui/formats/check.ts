// The builtin formats of `check`. Cheap to import; see ranking.ts.
import type { FormatEntry } from '../../report/format.js';
import type { CheckModel } from '../../report/models.js';

/** `check --format …`. */
export const checkFormats = [
  {
    id: 'stylish',
    description: 'problems grouped by file, the policy rule by rule, the top of the ranking',
    load: () => import('../../report/check-stylish.js').then((m) => m.checkStylishFormat),
  },
  {
    id: 'json',
    description: 'problems per file, every policy outcome and the ranking, unrounded',
    load: () => import('../../report/check-json.js').then((m) => m.checkJsonFormat),
  },
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
    description: 'JUnit XML, a test case per rule and subject, and per policy rule and vendor',
    load: () => import('../../report/ci/junit.js').then((m) => m.junitFormat),
  },
  {
    id: 'sarif',
    description: 'SARIF 2.1.0 for GitHub code scanning',
    load: () => import('../../report/ci/sarif.js').then((m) => m.sarifFormat),
  },
  {
    id: 'markdown',
    description: 'a pull-request comment: verdict, what the change did, ranking, policy, problems',
    load: () => import('../../report/ci/check-markdown.js').then((m) => m.checkMarkdownFormat),
  },
] as const satisfies readonly FormatEntry<CheckModel>[];
