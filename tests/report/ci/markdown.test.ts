import { describe, expect, it } from 'vitest';
import { formatCheckMarkdown } from '../../../src/report/ci/check-markdown.js';
import { capMarkdown, githubJobSummary, utf8Length } from '../../../src/report/ci/job-summary.js';
import { change, checkModel, issue, validateModel } from './models.js';

describe('check --format markdown', () => {
  it('is the exact comment: verdict, change, ranking, policy, problems', () => {
    expect(formatCheckMarkdown(checkModel)).toMatchSnapshot();
  });

  it('starts with the verdict and the counts', () => {
    const [title, , counts] = formatCheckMarkdown(checkModel).split('\n');
    expect(title).toBe('## vendor-eval check: failed ❌');
    expect(counts).toBe(
      '2 errors, 1 warning; policy: 1 check failed, 1 passed, 1 not evaluated (`vendor-eval.config.yaml`, 3 files).',
    );
  });

  it('escapes | and line breaks in cells', () => {
    const text = formatCheckMarkdown({
      ...checkModel,
      issues: [issue({ severity: 'error', rule: 'yaml-syntax', message: 'a | b\nc' })],
    });
    expect(text).toContain('| vendors/a.yaml:1:1 | error | a \\| b<br>c | `yaml-syntax` |');
    expect(text).toContain('| ZENITH \\| Z | rank 1 → 2 | 71.0 → 50.0 |');
  });

  it('says when the base could not be evaluated, and leaves the tables out', () => {
    const text = formatCheckMarkdown({
      ...checkModel,
      change: {
        ...checkModel.change!,
        baseProblem: 'main has no vendor-eval.config.yaml',
        vendors: [],
        groups: [],
        weights: [],
        answers: [],
        other: [],
      },
    });
    expect(text).toContain(
      '### What the change did (against `main`, abc1234)\n\nThe project could not be evaluated at `main`: main has no vendor-eval.config.yaml.\n\n### Ranking',
    );
  });

  it('says the winner is unchanged and no weight or answer changed', () => {
    const text = formatCheckMarkdown({
      ...checkModel,
      change: {
        ...checkModel.change!,
        winner: { before: 'acme', after: 'acme', changed: false },
        groups: [],
        weights: [],
        answers: [],
        other: [],
      },
    });
    expect(text).toContain('The winner is unchanged: ACME.');
    expect(text).toContain('No weight or answer changed.');
  });

  it('groups the thousands of a large changed answer (a cost computed from a bid)', () => {
    const text = formatCheckMarkdown({
      ...checkModel,
      change: {
        ...checkModel.change!,
        answers: [
          { vendor: 'acme', criterion: 'total-cost', before: 5913845.09, after: 5244813.78 },
        ],
      },
    });
    expect(text).toContain('| ACME | total-cost | 5,913,845.09 → 5,244,813.78 |');
  });

  it('passes without problems, with no ranking when the files had errors', () => {
    const text = formatCheckMarkdown({
      configFile: 'vendor-eval.config.yaml',
      files: ['vendor-eval.config.yaml'],
      issues: [],
      policy: [],
      policyRules: [],
    });
    expect(text).toBe(
      [
        '## vendor-eval check: passed ✅',
        '',
        '0 errors, 0 warnings; the policy sets no rules (`vendor-eval.config.yaml`, 1 file).',
        '',
        '### Ranking',
        '',
        'Not ranked: the files have errors.',
        '',
        '### Policy',
        '',
        'The project file sets no policy rules.',
        '',
        '### Problems',
        '',
        'No problems.',
        '',
      ].join('\n'),
    );
  });
});

describe('the GitHub job summary', () => {
  it("is validate's counts and problems", () => {
    expect(githubJobSummary(validateModel)).toBe(
      [
        '',
        '## vendor-eval validate: failed',
        '',
        '2 files checked. 1 error, 1 warning.',
        '',
        '| Where | Severity | Problem | Rule |',
        '| --- | --- | --- | --- |',
        '| vendors/acme.yaml:4:9 | error | "csat" is 7, outside 1–5 — answer 1 to 5 | `out-of-range` |',
        '| vendors/zenith.yaml:7:3 | warning | criterion "fax" has weight 0 | `zero-weight` |',
        '',
      ].join('\n'),
    );
  });

  it("is a check's markdown comment for a check", () => {
    expect(githubJobSummary(checkModel)).toBe(`\n${formatCheckMarkdown(checkModel)}`);
  });

  it('stays under 1 MiB however many problems there are, saying it was cut', () => {
    const many = Array.from({ length: 20000 }, (_, k) =>
      issue({ severity: 'error', rule: 'yaml-syntax', line: k + 1, message: 'é'.repeat(40) }),
    );
    const text = githubJobSummary({ files: ['vendors/a.yaml'], issues: many });
    expect(utf8Length(text)).toBeLessThanOrEqual(1_000_000);
    expect(utf8Length(text)).toBeGreaterThan(990_000);
    expect(text).toMatch(
      /\n\n_The summary is cut here: \d+ more lines would pass GitHub's limit of 1 MiB per step\. Every problem is in the job's log\._\n$/,
    );
  });
});

describe('capMarkdown', () => {
  it('keeps text that fits', () => {
    expect(capMarkdown('a\nb\n', 4)).toBe('a\nb\n');
  });

  it('cuts at a line and counts the lines left out', () => {
    const text = ['# t', ...Array.from({ length: 10 }, () => 'x'.repeat(20))].join('\n');
    const cut = capMarkdown(text, 180);
    expect(utf8Length(cut)).toBeLessThanOrEqual(180);
    expect(cut).toBe(
      `# t\n${'x'.repeat(20)}\n${'x'.repeat(20)}\n\n_The summary is cut here: 8 more lines would pass GitHub's limit of 1 MiB per step. Every problem is in the job's log._\n`,
    );
  });

  it('counts bytes as UTF-8', () => {
    expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4);
  });
});

describe('what the change did: figures that moved never read unchanged', () => {
  it('scores and answers get the decimals that tell before and after apart', () => {
    const at = (rank: number, score: number) => ({ rank, score, eligible: true });
    const text = formatCheckMarkdown({
      ...checkModel,
      change: {
        ...change,
        winner: { before: 'acme', after: 'acme', changed: false },
        vendors: [
          { id: 'acme', name: 'ACME', before: at(1, 81.36364), after: at(1, 81.36354) },
          { id: 'zenith', name: 'ZENITH', before: at(2, 70), after: at(2, 70) },
        ],
        weights: [{ id: 'csat', name: 'csat', before: 0.5, after: 0.50001 }],
        answers: [{ vendor: 'acme', criterion: 'csat', before: 4, after: 4.0001 }],
        other: [],
      },
    });
    expect(text).toContain('| ACME | rank 1 | 81.3636 → 81.3635 |');
    expect(text).toContain('| ZENITH | rank 2 | 70.0000 |');
    expect(text).toContain('| csat | 50.000% → 50.001% |');
    expect(text).toContain('| ACME | csat | 4 → 4.0001 |');
  });
});
