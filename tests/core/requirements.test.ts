import { describe, expect, it } from 'vitest';
import type {
  AnswerValue,
  ConditionTest,
  CriteriaSet,
  Requirement,
  Vendor,
} from '../../src/core/model/types.js';
import { matchesCondition } from '../../src/core/scoring/requirements.js';
import { evaluateVendors } from '../../src/core/scoring/evaluate.js';
import { weightedSum } from '../../src/core/methods/weighted-sum.js';
import { answer, boolean, choice, number, ranked, set, vendor } from './builders.js';

const origin = { file: 'test.yaml', path: ['requires', 0] };
const anyOf: Requirement = {
  name: 'ISO 27001 or SOC 2 Type II',
  kind: 'anyOf',
  criteria: ['iso', 'soc2'],
  conditions: [],
  origin,
};
const whenHealth: Requirement = {
  name: 'HIPAA terms when health data is handled',
  kind: 'when',
  criteria: ['baa'],
  conditions: [{ criterion: 'health', test: { kind: 'equals', value: true } }],
  origin,
};

function withRules(requires: Requirement[]): CriteriaSet {
  const s = set([
    boolean('iso', { name: 'ISO 27001' }),
    boolean('soc2', { name: 'SOC 2 Type II' }),
    boolean('health', { name: 'Handles health data' }),
    boolean('baa', { name: 'HIPAA BAA' }),
  ]);
  return { ...s, requires };
}

const knockouts = (s: CriteriaSet, v: Vendor): readonly unknown[] =>
  evaluateVendors(s, [v])[0]?.knockouts ?? [];

describe('requires: anyOf', () => {
  const s = withRules([anyOf]);
  it.each([
    ['one passes', { iso: true, soc2: false }, []],
    ['the other passes, one unanswered', { soc2: true }, []],
    [
      'neither',
      { iso: false, soc2: false },
      [
        {
          requirement: 'ISO 27001 or SOC 2 Type II',
          criteria: ['iso', 'soc2'],
          reason: 'ISO 27001 or SOC 2 Type II: ISO 27001 no, SOC 2 Type II no',
        },
      ],
    ],
    [
      'one no, one unanswered',
      { iso: false },
      [
        {
          requirement: 'ISO 27001 or SOC 2 Type II',
          criteria: ['iso', 'soc2'],
          reason: 'ISO 27001 or SOC 2 Type II: ISO 27001 no, SOC 2 Type II not answered',
        },
      ],
    ],
  ])('%s', (_name, answers, expected) => {
    expect(knockouts(s, vendor('v', answers))).toEqual(expected);
  });

  it('a criterion judged by a rule passes by its own must, and knocks out only through the rule', () => {
    const base = set([
      choice(
        'iso',
        [
          ['full', 1],
          ['none', 0],
        ],
        { name: 'ISO 27001', must: { kind: 'oneOf', values: ['full'] } },
      ),
      number('sl', { name: 'Service level', unit: '%', must: { kind: 'min', min: 80 } }),
    ]);
    const s2 = { ...base, requires: [{ ...anyOf, criteria: ['iso', 'sl'] }] };
    expect(knockouts(s2, vendor('v', { iso: 'none', sl: 85 }))).toEqual([]);
    expect(knockouts(s2, vendor('v', { iso: 'none', sl: 75 }))).toEqual([
      {
        requirement: 'ISO 27001 or SOC 2 Type II',
        criteria: ['iso', 'sl'],
        reason:
          'ISO 27001 or SOC 2 Type II: ISO 27001 none, Service level 75 % (must be at least 80 %)',
      },
    ]);
  });

  it('with several evaluators every answer must pass', () => {
    const v = vendor('v', {
      iso: [answer(true, { evaluator: 'a' }), answer(false, { evaluator: 'b' })],
      soc2: false,
    });
    expect(knockouts(s, v)).toEqual([
      {
        requirement: 'ISO 27001 or SOC 2 Type II',
        criteria: ['iso', 'soc2'],
        reason: 'ISO 27001 or SOC 2 Type II: ISO 27001 yes, no, SOC 2 Type II no',
      },
    ]);
  });
});

describe('requires: when … then, and allOf', () => {
  const s = withRules([whenHealth]);
  it.each([
    ['health data, no BAA', { health: true, baa: false }, ['health', 'baa']],
    ['health data, BAA', { health: true, baa: true }, []],
    ['no health data, no BAA', { health: false, baa: false }, []],
    ['condition unanswered counts as met', { baa: false }, ['health', 'baa']],
    ['condition unanswered, BAA signed', { baa: true }, []],
    ['then unanswered fails', { health: true }, ['health', 'baa']],
  ])('%s', (_name, answers, ids) => {
    const ko = knockouts(s, vendor('v', answers));
    expect(ko.flatMap((k) => (k as { criteria: string[] }).criteria)).toEqual(ids);
  });

  it('says which answers decided it, an unanswered condition as counted met', () => {
    expect(knockouts(s, vendor('v', { baa: false }))).toEqual([
      {
        requirement: 'HIPAA terms when health data is handled',
        criteria: ['health', 'baa'],
        reason:
          'HIPAA terms when health data is handled: Handles health data not answered (counts as met), HIPAA BAA no',
      },
    ]);
  });

  it('a condition with a must form', () => {
    const seats: Requirement = {
      ...whenHealth,
      name: 'Big',
      conditions: [{ criterion: 'health', test: { kind: 'oneOf', values: [true] } }],
    };
    expect(knockouts(withRules([seats]), vendor('v', { health: true, baa: false }))).toHaveLength(
      1,
    );
  });

  it('allOf names the failing criteria only', () => {
    const all: Requirement = { ...anyOf, name: 'Both', kind: 'allOf' };
    expect(knockouts(withRules([all]), vendor('v', { iso: true, soc2: false }))).toEqual([
      { requirement: 'Both', criteria: ['soc2'], reason: 'Both: SOC 2 Type II no' },
    ]);
  });
});

describe('requires in a ranking', () => {
  it('a vendor failing a rule is ineligible, and relative scoring reads only the eligible', () => {
    const base = set([boolean('iso'), boolean('soc2'), number('price', { direction: 'lower' })]);
    const s = { ...base, requires: [{ ...anyOf, name: 'Certified' }] };
    const r = ranked(
      s,
      [
        vendor('cheap', { iso: false, soc2: false, price: 1 }),
        vendor('a', { iso: true, price: 10 }),
        vendor('b', { soc2: true, price: 20 }),
      ],
      { method: weightedSum, missing: 'zero' },
    );
    expect(r.vendors.map((v) => [v.id, v.rank, v.eligible, v.score])).toEqual([
      ['a', 1, true, expect.closeTo((100 * (1 + 0 + 1)) / 3, 9)],
      ['b', 2, true, expect.closeTo((100 * (0 + 1 + 0)) / 3, 9)],
      ['cheap', null, false, expect.closeTo((100 * 1) / 3, 9)],
    ]);
  });
});

describe('matchesCondition', () => {
  it.each([
    [{ kind: 'equals', value: 'voice' }, ['voice', 'chat'], true],
    [{ kind: 'equals', value: 'voice' }, ['chat'], false],
    [{ kind: 'equals', value: true }, true, true],
    [{ kind: 'min', min: 500 }, 499, false],
    [{ kind: 'oneOf', values: ['gold', 'silver'] }, 'silver', true],
  ] as [ConditionTest, AnswerValue, boolean][])('%j on %j → %s', (test, value, met) => {
    expect(matchesCondition(test, value)).toBe(met);
  });
});
