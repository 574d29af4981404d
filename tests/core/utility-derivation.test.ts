import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnStats, utilityOf } from '../../src/core/scoring/utility.js';
import {
  deriveJudgement,
  deriveUtility,
  vendorDerivations,
} from '../../src/core/scoring/utility-derivation.js';
import { answer, boolean, choice, multi, number, ranked, scale, set, vendor } from './builders.js';
import { weightedSum } from '../../src/core/methods/weighted-sum.js';

describe('deriveUtility: the formula and the figures it read', () => {
  it('a scale answer: (v − min)/(max − min)', () => {
    expect(deriveUtility(scale('q'), 4)).toEqual({
      formula: 'scale',
      value: 4,
      min: 1,
      max: 5,
      utility: 0.75,
    });
  });

  it('a linear number: worst and best, clamped past an anchor', () => {
    const c = number('sl', { scoring: { kind: 'linear', worst: 60, best: 95 } });
    expect(deriveUtility(c, 82)).toEqual({
      formula: 'linear',
      value: 82,
      worst: 60,
      best: 95,
      clamped: null,
      utility: (82 - 60) / 35,
    });
    expect(deriveUtility(c, 50)).toMatchObject({ clamped: 'worst', utility: 0 });
    expect(deriveUtility(c, 99)).toMatchObject({ clamped: 'best', utility: 1 });
    const lower = number('rate', {
      direction: 'lower',
      scoring: { kind: 'linear', worst: 30, best: 10 },
    });
    expect(deriveUtility(lower, 35)).toMatchObject({ clamped: 'worst', utility: 0 });
    expect(deriveUtility(lower, 10)).toMatchObject({ clamped: 'best', utility: 1 });
  });

  it('a points curve: the segment the answer falls on, or the flat end', () => {
    const c = number('fcr', {
      scoring: {
        kind: 'points',
        points: [
          [60, 0],
          [72, 0.5],
          [80, 1],
        ],
      },
    });
    expect(deriveUtility(c, 76)).toEqual({
      formula: 'points',
      value: 76,
      place: 'segment',
      from: [72, 0.5],
      to: [80, 1],
      utility: 0.75,
    });
    expect(deriveUtility(c, 55)).toEqual({
      formula: 'points',
      value: 55,
      place: 'below',
      from: null,
      to: [60, 0],
      utility: 0,
    });
    expect(deriveUtility(c, 85)).toEqual({
      formula: 'points',
      value: 85,
      place: 'above',
      from: [80, 1],
      to: null,
      utility: 1,
    });
  });

  it('relative scorings name the field figure they divide by', () => {
    const stats = columnStats([19.9, 24, 31.5]);
    const minmax = number('rate', { direction: 'lower', unit: 'EUR/h' });
    expect(deriveUtility(minmax, 24, stats)).toEqual({
      formula: 'minmax',
      value: 24,
      direction: 'lower',
      min: 19.9,
      max: 31.5,
      utility: 1 - (24 - 19.9) / (31.5 - 19.9),
    });
    const ratio = number('seats', { scoring: { kind: 'relative', relative: 'ratio' } });
    expect(deriveUtility(ratio, 24, stats)).toMatchObject({
      formula: 'ratio',
      reference: 31.5,
      utility: 24 / 31.5,
    });
    const sum = number('price', {
      direction: 'lower',
      scoring: { kind: 'relative', relative: 'sum' },
    });
    expect(deriveUtility(sum, 24, stats)).toMatchObject({
      formula: 'sum',
      direction: 'lower',
      reference: stats.sumInverse,
    });
    expect(deriveUtility(minmax, 24, columnStats([]))).toEqual({
      formula: 'no-field',
      value: 24,
      utility: 0,
    });
  });

  it('boolean, choice and multi', () => {
    expect(deriveUtility(boolean('pci'), false)).toEqual({
      formula: 'boolean',
      value: false,
      utility: 0,
    });
    const hours = choice('hours', [
      ['full', 5],
      ['extended', 3],
    ]);
    expect(deriveUtility(hours, 'extended')).toEqual({
      formula: 'choice',
      value: 'extended',
      score: 3,
      highest: 5,
      utility: 0.6,
    });
    const channels = multi(
      'channels',
      [
        ['voice', 2],
        ['chat', 2],
        ['video', 1],
      ],
      { cap: 4 },
    );
    expect(deriveUtility(channels, ['voice', 'chat', 'video'])).toEqual({
      formula: 'multi',
      value: ['voice', 'chat', 'video'],
      points: 5,
      cap: 4,
      utility: 1,
    });
  });

  it('several evaluators who disagree on a choice: the mean of their utilities', () => {
    const c = boolean('pci');
    const d = deriveJudgement(c, {
      answered: true,
      value: [true, false],
      evaluations: [
        { evaluator: 'a', value: true },
        { evaluator: 'b', value: false },
      ],
    });
    expect(d).toMatchObject({ formula: 'mean', utility: 0.5 });
    expect(d?.formula === 'mean' && d.parts.map((p) => p.utility)).toEqual([1, 0]);
  });

  it('an unanswered criterion has no derivation', () => {
    expect(deriveJudgement(scale('q'), { answered: false, value: null })).toBeUndefined();
  });

  it('gives the utility utilityOf gives, for any answer and scoring (property)', () => {
    const scorings = fc.oneof(
      fc.record({
        kind: fc.constant('linear' as const),
        worst: fc.integer({ min: -50, max: 50 }),
        best: fc.integer({ min: 51, max: 150 }),
      }),
      fc.constant({
        kind: 'points' as const,
        points: [
          [0, 0],
          [10, 0.3],
          [40, 1],
        ] as [number, number][],
      }),
      fc.constantFrom('minmax', 'ratio', 'sum').map((relative) => ({
        kind: 'relative' as const,
        relative,
      })),
    );
    fc.assert(
      fc.property(
        scorings,
        fc.constantFrom('higher' as const, 'lower' as const),
        fc.array(fc.double({ min: 0.5, max: 100, noNaN: true }), { minLength: 1, maxLength: 6 }),
        fc.double({ min: -20, max: 200, noNaN: true }),
        (scoring, direction, field, x) => {
          const c = number('n', { direction, scoring });
          const stats = columnStats(field);
          expect(deriveUtility(c, x, stats)?.utility).toBe(utilityOf(c, x, stats));
        },
      ),
    );
  });
});

describe('vendorDerivations: the field read from the ranking, as evaluateVendors read it', () => {
  it("a knocked-out vendor's answer is not part of the field, and the utilities agree", () => {
    const s = set([
      number('rate', { direction: 'lower', unit: 'EUR/h' }),
      boolean('pci', { must: { kind: 'true' } }),
      choice('hours', [
        ['full', 5],
        ['none', 0],
      ]),
    ]);
    const vendors = [
      vendor('a', { rate: 19.9, pci: true, hours: 'full' }),
      vendor('b', { rate: 20, pci: true, hours: 'none' }),
      vendor('c', { rate: 10, pci: false, hours: 'full' }),
      vendor('d', { rate: 19.95, pci: true, hours: [answer('full'), answer('none')] }),
    ];
    const ranking = ranked(s, vendors, { method: weightedSum, missing: 'zero' });
    for (const v of ranking.vendors) {
      const ds = vendorDerivations(s, ranking, v.id);
      expect(ds.map((d) => d?.utility)).toEqual(v.criteria.map((r) => r.utility));
    }
    expect(vendorDerivations(s, ranking, 'c')[0]).toEqual({
      formula: 'minmax',
      value: 10,
      direction: 'lower',
      min: 19.9,
      max: 20,
      utility: 1,
    });
    expect(vendorDerivations(s, ranking, 'd')[2]).toMatchObject({ formula: 'mean', utility: 0.5 });
  });
});
