import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handleError } from '../../src/cli/handle-error.js';
import { InputError, UsageError } from '../../src/cli/errors.js';
import type { Issue } from '../../src/core/issues.js';
import { formatCheckStylish } from '../../src/report/check-stylish.js';
import { formatIssueLine, formatStylish } from '../../src/report/issue-format.js';
import { plain } from '../../src/report/theme.js';
import { inertStrings, inertText, oneLine } from '../../src/report/inert-text.js';
import { lineWidth } from '../../src/ui/width.js';
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

describe('oneLine and inertText: user text cannot act on a terminal', () => {
  it.each([
    ['clear screen, cursor home', '\u001b[2J\u001b[HClear', '␛[2J␛[HClear'],
    ['window title', '\u001b]0;title\u0007', '␛]0;title␇'],
    ['OSC 8 hyperlink', '\u001b]8;;http://evil\u0007x\u001b]8;;\u0007', '␛]8;;http://evil␇x␛]8;;␇'],
    ['C1 CSI and DEL', 'a\u009b2Jb\u007f', 'a�2Jb␡'],
    ['bidi override and isolate (Trojan Source)', '\u202eevil\u2066x\u2069', '�evil�x�'],
    ['line breaks of every kind', 'a\nb\r\nc\rd\u2028e\u2029f\u0085g', 'a b c d e f g'],
    ['a tab', 'a\tb', 'a b'],
    ['RTL marks, accents and emoji are text', 'שלום\u200f café 😀', 'שלום\u200f café 😀'],
  ])('oneLine: %s', (_, text, expected) => {
    expect(oneLine(text)).toBe(expected);
  });

  it('inertText keeps line breaks (as \\n) and tabs, for formats that encode them', () => {
    expect(inertText('a\r\nb\u2028c\td\u001b[2J')).toBe('a\nb\nc\td␛[2J');
  });

  it('each replacement is one column wide, so tables stay aligned', () => {
    expect(lineWidth(oneLine('\u001b[2J\u202e\u007f'))).toBe(6);
  });
});

describe('inertStrings', () => {
  const model = {
    name: 'a\u001b[2J',
    n: -3.5,
    list: ['x\ny', 1, null],
    byName: new Map([['k\u0007', { v: 'ok' }]]),
    record: { 'ev\u001b': 4 },
    untouched: { id: 'plain' },
  };

  it('maps every string, keys too, in each mode', () => {
    const line = inertStrings(model, 'line');
    expect(line.name).toBe('a␛[2J');
    expect(line.n).toBe(-3.5);
    expect(line.list).toEqual(['x y', 1, null]);
    expect([...line.byName.keys()]).toEqual(['k␇']);
    expect(Object.keys(line.record)).toEqual(['ev␛']);
    expect(inertStrings(model, 'text').list[0]).toBe('x\ny');
    expect(inertStrings({ s: 'a `b`' }, 'markdown').s).toBe('a \\`b\\`');
  });

  it('copies only what changes, keeps shared objects shared, and leaves encoded models alone', () => {
    const line = inertStrings(model, 'line');
    expect(line.untouched).toBe(model.untouched);
    const shared = { name: 'x\n' };
    const both = inertStrings({ a: shared, b: [shared] }, 'line');
    expect(both.a).toBe(both.b[0]);
    expect(inertStrings(model, 'encoded')).toBe(model);
  });

  it('keeps a __proto__ key a key', () => {
    const parsed = JSON.parse('{"__proto__": "x\\u001b"}') as Record<string, unknown>;
    const out = inertStrings(parsed, 'line');
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toBe('x␛');
  });
});

describe('inertStrings: the JSON pre-check that lets a clean model through unwalked', () => {
  // what the walk does, written plainly: every string, keys and Map/Set entries too, by the rule
  const rules = {
    line: oneLine,
    text: inertText,
    markdown: (t: string) => inertText(t).replace(/`/g, '\\`'),
  } as const;
  const reference = (v: unknown, rule: (t: string) => string): unknown => {
    if (typeof v === 'string') return rule(v);
    if (Array.isArray(v)) return v.map((x) => reference(x, rule));
    if (v instanceof Map)
      return new Map([...v].map(([k, x]) => [reference(k, rule), reference(x, rule)]));
    if (v instanceof Set) return new Set([...v].map((x) => reference(x, rule)));
    if (v !== null && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [reference(k, rule) as string, reference(x, rule)]),
      );
    return v;
  };
  // mostly harmless text, sometimes one character a rule acts on (C0, DEL, C1, separators, bidi,
  // a backtick) or one JSON escapes or leaves alone (quote, backslash, lone surrogate)
  const char = fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...'ab z-_.é€🙂1') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        ...'\u0000\u0007\t\n\r\u001b\u007f\u0085\u009b\u2028\u2029\u202e\u2067`"\\\ud800',
      ),
    },
  );
  const text = fc.array(char, { maxLength: 6 }).map((cs) => cs.join(''));
  const { model } = fc.letrec((tie) => ({
    model: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text,
      fc.double(),
      fc.constant(null),
      fc.array(tie('model'), { maxLength: 4 }),
      fc.dictionary(text, tie('model'), { maxKeys: 4, noNullPrototype: true }),
      fc.array(fc.tuple(text, tie('model')), { maxLength: 3 }).map((e) => new Map(e)),
      fc.array(text, { maxLength: 3 }).map((e) => new Set(e)),
    ),
  }));

  it.each(['line', 'text', 'markdown'] as const)(
    '%s: every model comes out as the walk makes it',
    (mode) => {
      fc.assert(
        fc.property(model, (m) => {
          const out = inertStrings(m, mode);
          expect(out).toStrictEqual(reference(m, rules[mode]));
          // a model with nothing to change is the model itself
          if (isDeepStrictEqual(out, m)) expect(out).toBe(m);
        }),
        { seed: 20261207, numRuns: 3000 },
      );
    },
  );
});
