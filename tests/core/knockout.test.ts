import { describe, it, expect } from 'vitest';
import type { AnswerValue, MustRule } from '../../src/core/model/types.js';
import { describeMust, knockoutOf, passesMust } from '../../src/core/scoring/knockout.js';
import { evaluateVendors } from '../../src/core/scoring/evaluate.js';
import { knockoutCriteria } from '../../src/core/model/ranking.js';
import { answer, boolean, choice, multi, number, scale, set, vendor } from './builders.js';

describe('passesMust, every form', () => {
  const cases: [string, MustRule, AnswerValue, boolean][] = [
    ['true: yes', { kind: 'true' }, true, true],
    ['true: no', { kind: 'true' }, false, false],
    ['true: a truthy non-boolean', { kind: 'true' }, 1, false],
    ['min: above', { kind: 'min', min: 3 }, 4, true],
    ['min: equal', { kind: 'min', min: 3 }, 3, true],
    ['min: below', { kind: 'min', min: 3 }, 2.99, false],
    ['min: not a number', { kind: 'min', min: 3 }, '4', false],
    ['max: below', { kind: 'max', max: 100 }, 99, true],
    ['max: equal', { kind: 'max', max: 100 }, 100, true],
    ['max: above', { kind: 'max', max: 100 }, 100.5, false],
    ['range: inside', { kind: 'range', min: 10, max: 20 }, 15, true],
    ['range: lower edge', { kind: 'range', min: 10, max: 20 }, 10, true],
    ['range: upper edge', { kind: 'range', min: 10, max: 20 }, 20, true],
    ['range: below', { kind: 'range', min: 10, max: 20 }, 9, false],
    ['range: above', { kind: 'range', min: 10, max: 20 }, 21, false],
    ['range: open above', { kind: 'range', min: 10 }, 1e9, true],
    ['range: open below', { kind: 'range', max: 20 }, -1e9, true],
    ['oneOf: listed', { kind: 'oneOf', values: ['gold', 'silver'] }, 'silver', true],
    ['oneOf: not listed', { kind: 'oneOf', values: ['gold', 'silver'] }, 'bronze', false],
    ['oneOf: number is not its string', { kind: 'oneOf', values: [1, 2] }, '1', false],
    [
      'includes: all and more',
      { kind: 'includes', values: ['en', 'es'] },
      ['fr', 'es', 'en'],
      true,
    ],
    ['includes: one missing', { kind: 'includes', values: ['en', 'es'] }, ['en'], false],
    ['includes: empty answer', { kind: 'includes', values: ['en'] }, [], false],
    ['includes: not a list', { kind: 'includes', values: ['en'] }, 'en', false],
  ];
  it.each(cases)('%s', (_name, rule, value, passes) => {
    expect(passesMust(rule, value)).toBe(passes);
  });
});

describe('describeMust', () => {
  it.each([
    [{ kind: 'true' }, undefined, 'must be yes'],
    [{ kind: 'min', min: 75 }, '%', 'must be at least 75 %'],
    [{ kind: 'max', max: 30 }, undefined, 'must be at most 30'],
    [{ kind: 'range', min: 1 }, 's', 'must lie between 1 and ∞ s'],
    [{ kind: 'oneOf', values: ['a', 'b'] }, undefined, 'must be one of a, b'],
    [{ kind: 'includes', values: ['en'] }, undefined, 'must include en'],
  ] as [MustRule, string | undefined, string][])('%j → %s', (rule, unit, text) => {
    expect(describeMust(rule, unit)).toBe(text);
  });
});

describe('knockoutOf', () => {
  it.each([
    ['boolean true', boolean('soc2', { must: { kind: 'true' } }), true, false],
    ['boolean true', boolean('soc2', { must: { kind: 'true' } }), false, true],
    ['scale min', scale('q', { must: { kind: 'min', min: 3 } }), 3, false],
    ['scale min', scale('q', { must: { kind: 'min', min: 3 } }), 2, true],
    ['number min', number('sl', { must: { kind: 'min', min: 80 } }), 79, true],
    ['number max', number('aht', { must: { kind: 'max', max: 300 } }), 280, false],
    ['number max', number('aht', { must: { kind: 'max', max: 300 } }), 320, true],
    ['number range', number('r', { must: { kind: 'range', min: 1, max: 2 } }), 3, true],
    [
      'choice oneOf',
      choice('t', [['gold', 1]], { must: { kind: 'oneOf', values: ['gold'] } }),
      'gold',
      false,
    ],
    [
      'choice oneOf',
      choice('t', [['gold', 1]], { must: { kind: 'oneOf', values: ['gold'] } }),
      'tin',
      true,
    ],
    [
      'multi includes',
      multi('l', [['en', 1]], { must: { kind: 'includes', values: ['en'] } }),
      ['en'],
      false,
    ],
    [
      'multi includes',
      multi('l', [['en', 1]], { must: { kind: 'includes', values: ['en'] } }),
      [],
      true,
    ],
  ] as const)('%s, answer %j → knocked out: %s', (_name, c, value, out) => {
    const ko = knockoutOf(c, value as AnswerValue, [value as AnswerValue]);
    expect(ko !== undefined).toBe(out);
    if (ko) {
      expect(ko.criterion).toBe(c.id);
      expect(ko.value).toEqual(value);
      expect(ko.rule).toBe(describeMust(c.must as MustRule, undefined));
    }
  });

  it('a criterion without `must` never knocks out', () => {
    expect(knockoutOf(boolean('b'), false, [false])).toBeUndefined();
    expect(knockoutOf(boolean('b'), null, [])).toBeUndefined();
  });

  it('an unanswered must-have is a knock-out', () => {
    const ko = knockoutOf(boolean('soc2', { must: { kind: 'true' } }), null, []);
    expect(ko).toMatchObject({ criterion: 'soc2', value: null });
    expect(ko?.reason).toMatch(/not answered/);
  });

  it('the reason names the criterion, the value and the rule with its unit', () => {
    const c = number('sl', { must: { kind: 'min', min: 80 }, unit: '%', name: 'Service level' });
    expect(knockoutOf(c, 70, [70])?.reason).toBe('Service level: 70 (must be at least 80 %)');
  });
});

describe('knock-outs with several evaluators (evaluateVendors)', () => {
  const s = set([
    boolean('soc2', { must: { kind: 'true' } }),
    number('sl', {
      must: { kind: 'min', min: 75 },
      scoring: { kind: 'linear', worst: 0, best: 100 },
    }),
    multi(
      'lang',
      [
        ['en', 1],
        ['es', 1],
      ],
      { must: { kind: 'includes', values: ['en'] } },
    ),
  ]);
  const evaluate = (v: ReturnType<typeof vendor>) => evaluateVendors(s, [v])[0];

  it('a boolean must-have fails when one evaluator answered no', () => {
    const e = evaluate(
      vendor('v', {
        soc2: [answer(true, { evaluator: 'a' }), answer(false, { evaluator: 'b' })],
        sl: 90,
        lang: ['en'],
      }),
    );
    expect(e?.knockouts.flatMap(knockoutCriteria)).toEqual(['soc2']);
    // The merged (disagreeing) value is the list of answers; its utility is the mean.
    expect(e?.criteria[0]?.value).toEqual([true, false]);
    expect(e?.criteria[0]?.utility).toBeCloseTo(0.5, 12);
  });

  it('numeric answers are judged on their mean', () => {
    const pass = evaluate(
      vendor('v', {
        soc2: true,
        sl: [answer(70, { evaluator: 'a' }), answer(90, { evaluator: 'b' })],
        lang: ['en'],
      }),
    );
    expect(pass?.knockouts).toEqual([]);
    expect(pass?.criteria[1]?.value).toBe(80);
    expect(pass?.criteria[1]?.utility).toBeCloseTo(0.8, 12);

    const fail = evaluate(
      vendor('v', {
        soc2: true,
        sl: [answer(60, { evaluator: 'a' }), answer(80, { evaluator: 'b' })],
        lang: ['en'],
      }),
    );
    expect(
      fail?.knockouts.map((k) => ['criterion' in k && k.criterion, 'value' in k && k.value]),
    ).toEqual([['sl', 70]]);
  });

  it('a multi must-have fails when one evaluator left the option out; unanswered ones count too', () => {
    const e = evaluate(
      vendor('v', {
        sl: 90,
        lang: [answer(['en', 'es'], { evaluator: 'a' }), answer(['es'], { evaluator: 'b' })],
      }),
    );
    expect(e?.knockouts.flatMap(knockoutCriteria)).toEqual(['soc2', 'lang']);
    expect(e?.missing).toEqual(['soc2']);
  });
});

describe('an evaluator who left a criterion unanswered with a note (evaluateVendors)', () => {
  const s = set([
    number('sl', {
      must: { kind: 'min', min: 75 },
      scoring: { kind: 'linear', worst: 0, best: 100 },
    }),
  ]);

  it('is ignored for the value and the must-have, and the note is kept', () => {
    const [e] = evaluateVendors(s, [
      vendor('v', {
        sl: [
          answer(80, { evaluator: 'a' }),
          answer(null, { evaluator: 'b', note: 'audited figure due in March' }),
        ],
      }),
    ]);
    expect(e?.knockouts).toEqual([]);
    expect(e?.criteria[0]).toMatchObject({
      answered: true,
      value: 80,
      utility: 0.8,
      note: 'b: audited figure due in March', // whose note it is, beside another evaluator's answer
      evaluations: undefined,
    });
  });

  it('alone, it leaves the criterion unanswered (a must-have knock-out) with its note', () => {
    const [e] = evaluateVendors(s, [
      vendor('v', { sl: [answer(null, { note: 'audited figure due in March' })] }),
    ]);
    expect(e?.missing).toEqual(['sl']);
    expect(e?.knockouts.flatMap(knockoutCriteria)).toEqual(['sl']);
    expect(e?.criteria[0]).toMatchObject({
      answered: false,
      value: null,
      note: 'audited figure due in March',
    });
  });
});
