import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../src/core/issues.js';
import { formatGitlab } from '../../../src/report/ci/gitlab.js';
import { checkModel, issue, validateModel } from './models.js';

interface CodeQuality {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

const parse = (issues: Issue[]) =>
  JSON.parse(formatGitlab({ files: ['vendors/a.yaml'], issues })) as CodeQuality[];

describe('validate --format gitlab', () => {
  it('is a Code Quality array, errors first, with mapped severities', () => {
    const report = JSON.parse(formatGitlab(validateModel)) as CodeQuality[];
    expect(report).toEqual([
      {
        description: '"csat" is 7, outside 1–5 — answer 1 to 5',
        check_name: 'out-of-range',
        fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/) as unknown,
        severity: 'major',
        location: { path: 'vendors/acme.yaml', lines: { begin: 4 } },
      },
      {
        description: 'criterion "fax" has weight 0',
        check_name: 'zero-weight',
        fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/) as unknown,
        severity: 'minor',
        location: { path: 'vendors/zenith.yaml', lines: { begin: 7 } },
      },
    ]);
  });

  it('maps info to info', () => {
    expect(parse([issue({ severity: 'info', rule: 'builtin-criteria' })])[0]?.severity).toBe(
      'info',
    );
  });

  it('keeps a fingerprint when the problem moves to another line', () => {
    const at = (line: number) =>
      issue({ severity: 'error', rule: 'out-of-range', path: ['answers', 'csat'], line });
    expect(parse([at(4)])[0]?.fingerprint).toBe(parse([at(40)])[0]?.fingerprint);
  });

  it('gives different rules, files and key paths different fingerprints', () => {
    const base: Pick<Issue, 'severity' | 'rule' | 'path'> = {
      severity: 'error',
      rule: 'out-of-range',
      path: ['answers', 'csat'],
    };
    const prints = parse([
      issue({ ...base }),
      issue({ ...base, rule: 'invalid-type' }),
      issue({ ...base, file: 'vendors/b.yaml' }),
      issue({ ...base, path: ['answers', 'nps'] }),
    ]).map((r) => r.fingerprint);
    expect(new Set(prints).size).toBe(4);
  });

  it('keeps fingerprints unique when two problems share rule, file and key path', () => {
    const twice = parse([
      issue({ severity: 'error', rule: 'yaml-syntax', path: ['answers'], line: 2 }),
      issue({ severity: 'error', rule: 'yaml-syntax', path: ['answers'], line: 3 }),
    ]);
    expect(twice[0]?.fingerprint).not.toBe(twice[1]?.fingerprint);
  });

  it('prints a fixed fingerprint for a fixed problem (stable across runs and versions)', () => {
    expect(
      parse([issue({ severity: 'error', rule: 'out-of-range', path: ['answers', 'csat'] })])[0]
        ?.fingerprint,
    ).toBe(FIXED);
  });
});

describe('check --format gitlab', () => {
  it('reports the failed policy rule at its cause, as major', () => {
    const report = JSON.parse(formatGitlab(checkModel)) as CodeQuality[];
    expect(report.find((r) => r.check_name === 'policy/min-score')).toMatchObject({
      severity: 'major',
      location: { path: 'vendors/zenith.yaml', lines: { begin: 5 } },
    });
  });

  it('places a problem without a file on the project file', () => {
    const report = JSON.parse(
      formatGitlab({
        ...checkModel,
        issues: [issue({ severity: 'error', rule: 'yaml-syntax', file: undefined })],
      }),
    ) as CodeQuality[];
    expect(report[0]?.location).toEqual({ path: 'vendor-eval.config.yaml', lines: { begin: 1 } });
  });
});

// FNV-1a 64 of `out-of-range\0vendors/a.yaml\0/answers/csat`, two seeds (checked with Python)
const FIXED = '4005284b4c55e66b78797d24b3679600';
