import { describe, expect, it } from 'vitest';
import {
  alphaLevelOf,
  alphaValueOf,
  analyseConsensus,
  combineUtilities,
  furthestEvaluators,
  unnamedEvaluator,
} from '../../src/core/analysis/consensus.js';
import type { Answer, AnswerValue, Vendor } from '../../src/core/model/types.js';
import { answer, boolean, choice, multi, number, scale, set, vendor } from './builders.js';

/** Answers by evaluator: `{ 'a.lee': 4, 'b.kim': 2 }`. */
function by(values: Record<string, AnswerValue | null>): Answer[] {
  return Object.entries(values).map(([evaluator, value]) => answer(value, { evaluator }));
}

function panel(id: string, answers: Record<string, Answer[]>): Vendor {
  return vendor(id, answers);
}

describe('combineUtilities', () => {
  it('mean, median and min of the evaluators’ utilities', () => {
    expect(combineUtilities('mean', [0.25, 1, 0.5])).toBeCloseTo(0.5833333333, 9);
    expect(combineUtilities('median', [0.25, 1, 0.5])).toBe(0.5);
    expect(combineUtilities('median', [0.25, 1])).toBe(0.625);
    expect(combineUtilities('min', [0.25, 1, 0.5])).toBe(0.25);
  });

  it('refuses an empty list (a caller’s bug, never a user’s)', () => {
    expect(() => combineUtilities('mean', [])).toThrow('no utilities');
  });
});

describe('levels and values', () => {
  it('scale and choice are ordinal, number interval, boolean and multi nominal', () => {
    expect(alphaLevelOf(scale('s'))).toBe('ordinal');
    expect(alphaLevelOf(choice('c', [['a', 1]]))).toBe('ordinal');
    expect(alphaLevelOf(number('n'))).toBe('interval');
    expect(alphaLevelOf(boolean('b'))).toBe('nominal');
    expect(alphaLevelOf(multi('m', [['a', 1]]))).toBe('nominal');
  });

  it('a choice counts by its option score, a multi by its sorted set', () => {
    const c = choice('c', [
      ['survey', 5],
      ['repeat', 4],
      ['agent', 1],
    ]);
    expect(alphaValueOf(c, 'repeat')).toBe(4);
    expect(alphaValueOf(c, 'unknown')).toBeNull();
    const m = multi('m', [
      ['x', 1],
      ['y', 1],
    ]);
    expect(alphaValueOf(m, ['y', 'x'])).toBe(alphaValueOf(m, ['x', 'y']));
    expect(alphaValueOf(boolean('b'), false)).toBe('no');
  });
});

describe('analyseConsensus', () => {
  const quality = scale('quality');
  const exit = boolean('exit');
  const s = set([quality, exit]);
  const vendors = [
    panel('acme', {
      quality: by({ 'b.kim': 5, 'a.lee': 1, 'c.diaz': 3 }),
      exit: by({ 'a.lee': true, 'b.kim': true }),
    }),
    panel('zeta', {
      quality: by({ 'a.lee': 4, 'b.kim': 4, 'c.diaz': null }),
      exit: by({ 'a.lee': false, 'b.kim': true }),
    }),
  ];

  it('lists the evaluators sorted, α per criterion, disagreements widest first', () => {
    const { result, largestPanel } = analyseConsensus(s, vendors);
    expect(result.evaluators).toEqual(['a.lee', 'b.kim', 'c.diaz']);
    expect(result.combine).toBe('mean');
    expect(largestPanel).toBe(3);
    expect(result.criteria.map((c) => [c.id, c.level, c.pairable])).toEqual([
      ['quality', 'ordinal', 5],
      ['exit', 'nominal', 4],
    ]);
    expect(result.disagreements).toEqual([
      {
        vendor: 'acme',
        criterion: 'quality',
        range: 1,
        sd: Math.sqrt(1 / 6),
        values: { 'a.lee': 1, 'b.kim': 5, 'c.diaz': 3 },
        moderated: false,
        combined: 0.5,
      },
      {
        vendor: 'zeta',
        criterion: 'exit',
        range: 1,
        sd: 0.5,
        values: { 'a.lee': false, 'b.kim': true },
        moderated: false,
        combined: 0.5,
      },
    ]);
  });

  it('applies --combine to each vendor and criterion', () => {
    const { result } = analyseConsensus(s, vendors, 'min');
    expect(result.combine).toBe('min');
    expect(result.disagreements.map((d) => d.combined)).toEqual([0, 0]);
  });

  it('a moderated value replaces the combination and is flagged', () => {
    const moderated: Vendor = {
      ...(vendors[0] as Vendor),
      moderated: new Map([
        [
          'quality',
          { value: 4, rationale: 'reference calls', by: 'm.ode', origin: { file: 'x', path: [] } },
        ],
      ]),
    };
    const { result } = analyseConsensus(s, [moderated, vendors[1] as Vendor]);
    expect(result.disagreements[0]).toMatchObject({ moderated: true, combined: 0.75 });
  });

  it('measures each evaluator’s distance from the mean of the others', () => {
    const { result } = analyseConsensus(s, vendors);
    // a.lee: acme quality |0 − (1 + 0.5)/2| = 0.75, zeta quality |0.75 − 0.75| = 0,
    //        acme exit 0, zeta exit |0 − 1| = 1 → 1.75 / 4
    expect(result.furthest).toEqual(
      [
        { evaluator: 'c.diaz', meanDistance: 0, answers: 1 },
        { evaluator: 'a.lee', meanDistance: 1.75 / 4, answers: 4 },
        { evaluator: 'b.kim', meanDistance: (0.75 + 0 + 0 + 1) / 4, answers: 4 },
      ].sort((a, b) => b.meanDistance - a.meanDistance || a.evaluator.localeCompare(b.evaluator)),
    );
  });

  it('an answer without an evaluator counts as one, by a name of its own', () => {
    const v = panel('acme', { quality: [answer(2), answer(4, { evaluator: 'a.lee' })] });
    const { result } = analyseConsensus(set([quality]), [v]);
    expect(result.evaluators).toEqual([unnamedEvaluator, 'a.lee']);
    expect(result.disagreements[0]?.values).toEqual({ [unnamedEvaluator]: 2, 'a.lee': 4 });
  });

  it('one evaluator per vendor: nothing to compare, α null, no disagreements', () => {
    const single = [
      panel('acme', { quality: by({ 'a.lee': 3 }) }),
      panel('zeta', { quality: by({ 'b.kim': 5 }) }),
    ];
    const { result, largestPanel } = analyseConsensus(set([quality]), single);
    expect(largestPanel).toBe(1);
    expect(result.criteria).toEqual([
      { id: 'quality', level: 'ordinal', alpha: null, pairable: 0 },
    ]);
    expect(result.disagreements).toEqual([]);
    expect(result.furthest).toEqual([]);
  });

  it('a relative number scoring reads the column rank uses (the merged answers)', () => {
    const fcr = number('fcr'); // relative min–max
    const v = [
      panel('acme', { fcr: by({ 'a.lee': 70, 'b.kim': 80 }) }), // merged 75
      panel('zeta', { fcr: by({ 'a.lee': 85, 'b.kim': 95 }) }), // merged 90
    ];
    const { entries } = analyseConsensus(set([fcr]), v);
    // min 75, max 90: 70 → 0 (clamped), 80 → 1/3, 85 → 2/3, 95 → 1 (clamped)
    expect(entries.map((e) => e.utilities)).toEqual([
      { 'a.lee': 0, 'b.kim': 5 / 15 },
      { 'a.lee': 10 / 15, 'b.kim': 1 },
    ]);
  });
});

describe('furthestEvaluators', () => {
  it('leaves out an evaluator who shares no answer with another', () => {
    expect(
      furthestEvaluators(['a', 'b', 'c'], [{ utilities: { a: 1, b: 0 } }, { utilities: { c: 1 } }]),
    ).toEqual([
      { evaluator: 'a', meanDistance: 1, answers: 1 },
      { evaluator: 'b', meanDistance: 1, answers: 1 },
    ]);
  });
});
