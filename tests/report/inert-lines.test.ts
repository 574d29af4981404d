import { describe, expect, it } from 'vitest';
import { handleError } from '../../src/cli/handle-error.js';
import { InputError, UsageError } from '../../src/cli/errors.js';
import type { Issue } from '../../src/core/issues.js';
import { formatCheckStylish } from '../../src/report/check-stylish.js';
import { formatIssueLine, formatStylish } from '../../src/report/issue-format.js';
import { plain } from '../../src/report/theme.js';
import { checkModel } from './ci/models.js';

// A message or hint may quote a user's text. Printed with its line breaks, that text would start
// a line of its own: a GitHub runner reads `::error …` there as a workflow command (it reads
// stderr too), and a reader takes it for our output. Every line-per-problem output flattens it.
const injected: Issue = {
  severity: 'error',
  rule: 'policy/unknown-vendor',
  message: 'the policy selects "acme\n::error file=README.md,line=1::pwned"',
  hint: 'did you mean\r\n::warning::x?',
  file: 'vendor-eval.config.yaml',
  line: 3,
  column: 13,
};

const noLineStartsACommand = (text: string) =>
  expect(text.split('\n').filter((l) => l.trimStart().startsWith('::'))).toEqual([]);

describe('user text never starts a line of its own', () => {
  it('formatIssueLine: one line', () => {
    expect(formatIssueLine(injected)).toBe(
      'vendor-eval.config.yaml:3:13 error the policy selects "acme ::error file=README.md,line=1::pwned" (policy/unknown-vendor) — did you mean ::warning::x?',
    );
  });

  it('stylish: one line per problem', () => {
    const text = formatStylish([injected]);
    noLineStartsACommand(text);
    expect(text.split('\n')[1]).toBe(
      '  3:13  error    the policy selects "acme ::error file=README.md,line=1::pwned" — did you mean ::warning::x?  policy/unknown-vendor',
    );
  });

  it('check stylish: a policy outcome is one line', () => {
    const text = formatCheckStylish({
      configFile: 'vendor-eval.config.yaml',
      files: [],
      issues: [],
      policy: [
        {
          rule: 'policy/min-score',
          key: 'minScore',
          vendor: 'acme',
          status: 'passed',
          message: 'Acme\n::error::pwned scores 80.0',
        },
      ],
      ranking: checkModel.ranking,
    });
    noLineStartsACommand(text);
    expect(text).toContain('  ✓ policy/min-score  acme  Acme ::error::pwned scores 80.0\n');
  });

  it('the error lines of exit 2: usage, input and internal errors', () => {
    let out = '';
    const sink = { write: (t: string) => (out += t) };
    expect(
      handleError(new UsageError('no-project-file', 'a\n::error::b', 'c\rd'), sink, plain, false),
    ).toBe(2);
    expect(handleError(new InputError([injected]), sink, plain, false)).toBe(2);
    expect(handleError(new Error('x\n::error::y'), sink, plain, false)).toBe(2);
    noLineStartsACommand(out);
    expect(out.split('\n')).toHaveLength(4);
    expect(out.split('\n')[0]).toBe('error a ::error::b (no-project-file) — c d');
  });
});
