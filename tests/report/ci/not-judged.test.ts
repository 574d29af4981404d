import { describe, expect, it } from 'vitest';
import { verdictText } from '../../../src/report/ci/check-parts.js';
import { formatCheckMarkdown } from '../../../src/report/ci/check-markdown.js';
import { formatGithub } from '../../../src/report/ci/github.js';
import { githubJobSummary } from '../../../src/report/ci/job-summary.js';
import { formatJunit } from '../../../src/report/ci/junit.js';
import type { CheckModel } from '../../../src/report/models.js';
import { validateModel } from './models.js';

// A check whose files have errors: nothing ranked, the policy not judged. It is not a policy
// that sets no rules, and no report may say so.
const notJudged: CheckModel = {
  ...validateModel,
  configFile: 'vendor-eval.config.yaml',
  policy: [],
  policyRules: ['policy/min-score', 'policy/require-top'],
};

const noRules: CheckModel = { ...notJudged, policyRules: [] };

describe('a policy not judged', () => {
  it('the verdict says so (github log and every summary line)', () => {
    expect(verdictText(notJudged)).toBe(
      'check failed: 1 error, 1 warning; policy not judged: the files have errors',
    );
    expect(formatGithub(notJudged).trimEnd().split('\n').at(-1)).toBe(
      'check failed: 1 error, 1 warning; policy not judged: the files have errors',
    );
    // a project file without rules has nothing to judge
    expect(verdictText(noRules)).toBe('check failed: 1 error, 1 warning; the policy sets no rules');
  });

  it('markdown and the job summary: verdict and policy section', () => {
    for (const text of [formatCheckMarkdown(notJudged), githubJobSummary(notJudged)]) {
      expect(text).toContain(
        '1 error, 1 warning; policy not judged: the files have errors (`vendor-eval.config.yaml`, 2 files).',
      );
      expect(text).toContain(
        '### Policy\n\nNot judged: the files have errors (see Problems). Fix them and its 2 rules will be judged.\n',
      );
      expect(text).not.toContain('sets no policy rules');
    }
    expect(formatCheckMarkdown(noRules)).toContain(
      '### Policy\n\nThe project file sets no policy rules.\n',
    );
  });

  it('junit: one skipped case per rule the project file sets', () => {
    const xml = formatJunit(notJudged);
    expect(xml).toContain(
      [
        '  <testsuite name="policy" tests="2" failures="0" errors="0" skipped="2">',
        '    <testcase name="policy/min-score" classname="policy">',
        '      <skipped message="not judged: the files have errors; fix them first"/>',
        '    </testcase>',
        '    <testcase name="policy/require-top" classname="policy">',
        '      <skipped message="not judged: the files have errors; fix them first"/>',
        '    </testcase>',
        '  </testsuite>',
      ].join('\n'),
    );
    expect(formatJunit(noRules)).toContain(
      '<testsuite name="policy" tests="0" failures="0" errors="0" skipped="0">',
    );
  });
});
