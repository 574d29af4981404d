import { describe, expect, it } from 'vitest';
import {
  annotation,
  annotations,
  escapeData,
  escapeProperty,
  formatGithub,
} from '../../../src/report/ci/github.js';
import type { CheckModel } from '../../../src/report/models.js';
import { change, checkModel, issue, validateModel } from './models.js';

describe('workflow command escaping (actions/toolkit command.ts)', () => {
  it('escapes % CR LF in data', () => {
    expect(escapeData('100% done\r\nnext: a,b')).toBe('100%25 done%0D%0Anext: a,b');
  });

  it('escapes : and , in properties as well', () => {
    expect(escapeProperty('C:\\a,b%\n')).toBe('C%3A\\a%2Cb%25%0A');
  });

  it('escapes a file name and a title in the properties and the message in the data', () => {
    const line = annotation(
      issue({
        severity: 'error',
        rule: 'yaml-syntax',
        file: 'vendors/a,b:c.yaml',
        message: 'bad 50%\n::error::injected',
      }),
    );
    expect(line).toBe(
      '::error file=vendors/a%2Cb%3Ac.yaml,line=1,endLine=1,col=1,endColumn=1,title=yaml-syntax::bad 50%25%0A::error::injected',
    );
  });
});

describe('annotations', () => {
  it('maps warning to ::warning and info to ::notice, with the hint after the message', () => {
    expect(
      annotation(issue({ severity: 'warning', rule: 'zero-weight', hint: 'give it a weight' })),
    ).toBe(
      '::warning file=vendors/a.yaml,line=1,endLine=1,col=1,endColumn=1,title=zero-weight::a zero-weight problem — give it a weight',
    );
    expect(annotation(issue({ severity: 'info', rule: 'builtin-criteria' }))).toBe(
      '::notice file=vendors/a.yaml,line=1,endLine=1,col=1,endColumn=1,title=builtin-criteria::a builtin-criteria problem',
    );
  });

  it('leaves the columns out when the range spans lines', () => {
    expect(
      annotation(
        issue({
          severity: 'error',
          rule: 'yaml-syntax',
          line: 3,
          column: 5,
          endLine: 6,
          endColumn: 2,
        }),
      ),
    ).toBe('::error file=vendors/a.yaml,line=3,endLine=6,title=yaml-syntax::a yaml-syntax problem');
  });

  it('gives a problem without a file only its title', () => {
    expect(annotation(issue({ severity: 'error', rule: 'yaml-syntax', file: undefined }))).toBe(
      '::error title=yaml-syntax::a yaml-syntax problem',
    );
  });

  it('puts errors first', () => {
    const lines = annotations(validateModel.issues);
    expect(lines.map((l) => l.slice(0, l.indexOf(' ')))).toEqual(['::error', '::warning']);
  });

  it('shows 10 of a type, then one notice saying how many more are in the log', () => {
    const many = (severity: 'error' | 'warning' | 'info', n: number) =>
      Array.from({ length: n }, (_, k) =>
        issue({ severity, rule: 'yaml-syntax', line: k + 1, message: `${severity} ${k + 1}` }),
      );
    const lines = annotations([...many('info', 12), ...many('warning', 11), ...many('error', 13)]);
    const kinds = (prefix: string) => lines.filter((l) => l.startsWith(`${prefix} `)).length;
    expect(kinds('::error')).toBe(10);
    expect(kinds('::warning')).toBe(10);
    // 10 notices at most: the two overflow notices, 7 infos and the infos' own overflow notice
    expect(lines.filter((l) => l.startsWith('::notice')).length).toBe(10);
    expect(kinds('::notice')).toBe(7);
    expect(lines.filter((l) => l.startsWith('::notice::'))).toEqual([
      '::notice::3 more errors not shown as annotations (GitHub shows 10 per type): every problem is in the log below',
      '::notice::1 more warning not shown as annotations (GitHub shows 10 per type): every problem is in the log below',
      '::notice::5 more infos not shown as annotations (GitHub shows 10 per type): every problem is in the log below',
    ]);
    // the ones shown are the first by place
    expect(lines[9]).toContain('::error 10');
    expect(lines[10]).toMatch(/^::notice::3 more errors/);
  });

  it('shows 10 infos when no other type overflows', () => {
    const infos = Array.from({ length: 10 }, (_, k) =>
      issue({ severity: 'info', rule: 'builtin-criteria', line: k + 1 }),
    );
    expect(annotations(infos).every((l) => l.startsWith('::notice file='))).toBe(true);
    expect(annotations(infos)).toHaveLength(10);
  });
});

describe('validate --format github', () => {
  it('prints the annotations, every problem as a log line, and the verdict', () => {
    expect(formatGithub(validateModel)).toBe(
      [
        '::error file=vendors/acme.yaml,line=4,endLine=4,col=9,endColumn=10,title=out-of-range::"csat" is 7, outside 1–5 — answer 1 to 5',
        '::warning file=vendors/zenith.yaml,line=7,endLine=7,col=3,endColumn=6,title=zero-weight::criterion "fax" has weight 0',
        'vendors/acme.yaml:4:9 error "csat" is 7, outside 1–5 (out-of-range) — answer 1 to 5',
        'vendors/zenith.yaml:7:3 warning criterion "fax" has weight 0 (zero-weight)',
        'validate failed: 1 error, 1 warning',
        '',
      ].join('\n'),
    );
  });

  it('says how many files it checked when there is no problem', () => {
    expect(formatGithub({ files: ['a.yaml', 'b.yaml'], issues: [] })).toBe(
      '2 files checked, no problems\n',
    );
  });

  it('never lets a message start a workflow command on a log line of its own', () => {
    const text = formatGithub({
      files: ['a.yaml'],
      issues: [
        issue({
          severity: 'error',
          rule: 'yaml-syntax',
          message: 'x\n::add-mask::secret\r\n::stop-commands::t',
        }),
      ],
    });
    const commands = text.split('\n').filter((l) => l.startsWith('::'));
    expect(commands).toEqual([
      '::error file=vendors/a.yaml,line=1,endLine=1,col=1,endColumn=1,title=yaml-syntax::x%0A::add-mask::secret%0D%0A::stop-commands::t',
    ]);
    expect(text).toContain(
      'vendors/a.yaml:1:1 error x ::add-mask::secret ::stop-commands::t (yaml-syntax)\n',
    );
  });
});

describe('check --format github', () => {
  it('reports the failed policy rule as an error at its cause, and the verdict last', () => {
    const lines = formatGithub(checkModel).trimEnd().split('\n');
    expect(lines[1]).toBe(
      '::error file=vendors/zenith.yaml,line=5,endLine=5,col=9,endColumn=10,title=policy/min-score::ZENITH scores 50.0; the policy asks at least 60 — award another vendor or lower minScore',
    );
    expect(lines.at(-1)).toBe(
      'check failed: 2 errors, 1 warning; policy: 1 check failed, 1 passed, 1 not evaluated',
    );
  });

  it('prints what the change did (--base) in the log, plain, before the verdict', () => {
    const lines = formatGithub(checkModel).trimEnd().split('\n');
    const start = lines.indexOf('Against main (abc1234): the winner changed: zenith → acme');
    expect(start).toBeGreaterThan(0);
    expect(lines.slice(start)).toEqual([
      'Against main (abc1234): the winner changed: zenith → acme',
      '  acme    rank 2 → 1       score 70.0 → 100.0',
      '  zenith  rank 1 → 2       score 71.0 → 50.0',
      '  basic   new, ineligible  score 56.3',
      'Weights changed (1 criterion):',
      '  csat  50.0% → 75.0%',
      'Answers changed (1):',
      '  zenith  csat  4 → 3',
      'Also changed:',
      '  The method changed: topsis → weighted-sum.',
      'check failed: 2 errors, 1 warning; policy: 1 check failed, 1 passed, 1 not evaluated',
    ]);
  });

  it('keeps the change lines one line each: user text starts no workflow command', () => {
    const other = ['The set changed: "a\n::error file=README.md::pwned"'];
    const model: CheckModel = { ...checkModel, change: { ...change, other } };
    const text = formatGithub(model);
    expect(text.split('\n').filter((l) => l.startsWith('::error file=README'))).toEqual([]);
    expect(text).toContain('\n  The set changed: "a ::error file=README.md::pwned"\n');
  });

  it('says the check passed when no problem is an error', () => {
    const passed: CheckModel = {
      ...checkModel,
      issues: [],
      policy: checkModel.policy.filter((o) => o.status === 'passed'),
      change: undefined,
    };
    const text = formatGithub(passed);
    expect(text).toBe('check passed: 0 errors, 0 warnings; policy: 1 check passed\n');
    const twice = { ...passed, policy: [...passed.policy, ...passed.policy] };
    expect(formatGithub(twice)).toBe(
      'check passed: 0 errors, 0 warnings; policy: all 2 checks passed\n',
    );
  });
});
