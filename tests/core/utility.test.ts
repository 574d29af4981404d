import { describe, it, expect } from 'vitest';
import {
  choiceUtility,
  columnStats,
  linearUtility,
  multiUtility,
  numberUtility,
  piecewiseUtility,
  scaleUtility,
  utilityOf,
} from '../../src/core/scoring/utility.js';
import { boolean, choice, multi, number, scale } from './builders.js';

describe('scaleUtility: (v − min)/(max − min)', () => {
  it.each([
    [1, 5, 1, 0],
    [1, 5, 2, 0.25],
    [1, 5, 3, 0.5],
    [1, 5, 4, 0.75],
    [1, 5, 5, 1],
    [0, 10, 7, 0.7],
    [0, 4, 1, 0.25],
    [-2, 2, 0, 0.5],
  ])('scale %i–%i, answer %d → %d', (min, max, v, u) => {
    expect(scaleUtility(scale('s', { min, max }), v)).toBeCloseTo(u, 12);
  });

  it('is reached through utilityOf for a scale criterion', () => {
    expect(utilityOf(scale('s', { min: 1, max: 5 }), 4)).toBeCloseTo(0.75, 12);
  });
});

describe('number, linear {worst, best}', () => {
  it.each([
    // direction higher: worst 50, best 90
    [50, 90, 50, 0],
    [50, 90, 60, 0.25],
    [50, 90, 70, 0.5],
    [50, 90, 90, 1],
    [50, 90, 120, 1], // clamped above
    [50, 90, 10, 0], // clamped below
    // direction lower: worst 60, best 20 (e.g. seconds to answer)
    [60, 20, 60, 0],
    [60, 20, 40, 0.5],
    [60, 20, 30, 0.75],
    [60, 20, 20, 1],
    [60, 20, 5, 1], // better than best: clamped
    [60, 20, 90, 0], // worse than worst: clamped
  ])('worst %d, best %d, x = %d → %d', (worst, best, x, u) => {
    expect(linearUtility(worst, best, x)).toBeCloseTo(u, 12);
    const c = number('n', {
      direction: best > worst ? 'higher' : 'lower',
      scoring: { kind: 'linear', worst, best },
    });
    expect(numberUtility(c, x)).toBeCloseTo(u, 12);
    expect(utilityOf(c, x)).toBeCloseTo(u, 12);
  });
});

describe('number, piecewise points', () => {
  // The SPEC-style curve: e.g. hours to resolve, full marks at 1 h, 0.8 at 4 h, nothing at 24 h.
  const spec: [number, number][] = [
    [1, 1],
    [4, 0.8],
    [24, 0],
  ];
  it.each([
    [0, 1], // flat before the first point
    [1, 1],
    [2.5, 0.9], // halfway between (1, 1) and (4, 0.8)
    [3, 1 - 0.2 * (2 / 3)],
    [4, 0.8],
    [9, 0.6], // a quarter of the way from (4, 0.8) to (24, 0)
    [14, 0.4],
    [24, 0],
    [100, 0], // flat after the last point
  ])('[[1,1],[4,0.8],[24,0]] at x = %d → %d', (x, u) => {
    expect(piecewiseUtility(spec, x)).toBeCloseTo(u, 12);
    expect(
      numberUtility(number('n', { scoring: { kind: 'points', points: spec } }), x),
    ).toBeCloseTo(u, 12);
  });

  it.each([
    [-5, 0],
    [0, 0],
    [5, 0.25],
    [10, 0.5],
    [15, 0.75],
    [20, 1],
    [30, 1],
  ])('rising curve [[0,0],[10,0.5],[20,1]] at x = %d → %d', (x, u) => {
    const rising: [number, number][] = [
      [0, 0],
      [10, 0.5],
      [20, 1],
    ];
    expect(piecewiseUtility(rising, x)).toBeCloseTo(u, 12);
  });

  it('a single point is flat everywhere', () => {
    expect(piecewiseUtility([[5, 0.3]], -1)).toBe(0.3);
    expect(piecewiseUtility([[5, 0.3]], 99)).toBe(0.3);
  });
});

describe('number, relative to the field of vendors', () => {
  const column = [2, 4, 8];
  const stats = columnStats(column);
  const invSum = 1 / 2 + 1 / 4 + 1 / 8;
  it.each([
    // ratio: x/max (higher), min/x (lower)
    ['ratio', 'higher', 2, 0.25],
    ['ratio', 'higher', 4, 0.5],
    ['ratio', 'higher', 8, 1],
    ['ratio', 'lower', 2, 1],
    ['ratio', 'lower', 4, 0.5],
    ['ratio', 'lower', 8, 0.25],
    // minmax: (x − min)/(max − min), reversed for lower
    ['minmax', 'higher', 2, 0],
    ['minmax', 'higher', 4, 1 / 3],
    ['minmax', 'higher', 8, 1],
    ['minmax', 'lower', 2, 1],
    ['minmax', 'lower', 4, 2 / 3],
    ['minmax', 'lower', 8, 0],
    // sum: x/Σx (higher), (1/x)/Σ(1/x) (lower)
    ['sum', 'higher', 2, 2 / 14],
    ['sum', 'higher', 4, 4 / 14],
    ['sum', 'higher', 8, 8 / 14],
    ['sum', 'lower', 2, 0.5 / invSum],
    ['sum', 'lower', 4, 0.25 / invSum],
    ['sum', 'lower', 8, 0.125 / invSum],
  ] as const)('%s, %s, column [2, 4, 8], x = %d → %d', (relative, direction, x, u) => {
    const c = number('n', { direction, scoring: { kind: 'relative', relative } });
    expect(numberUtility(c, x, stats)).toBeCloseTo(u, 12);
    expect(utilityOf(c, x, stats)).toBeCloseTo(u, 12);
  });

  it.each(['higher', 'lower'] as const)(
    'a constant column scores 1 for everyone under minmax (%s)',
    (direction) => {
      const c = number('n', { direction, scoring: { kind: 'relative', relative: 'minmax' } });
      expect(numberUtility(c, 5, columnStats([5, 5, 5]))).toBe(1);
    },
  );

  // found by tests/properties: finite answers whose arithmetic leaves the doubles gave NaN
  it.each([
    // (1/x)/Σ(1/x) with 1/5e-324 = Infinity: the tiny answer takes (all but 1e-300 of) the sum
    ['sum', 'lower', [5e-324, 10], 5e-324, 1],
    ['sum', 'lower', [5e-324, 10], 10, 0],
    ['sum', 'lower', [1e-310, 1e-310, 3], 3, 0],
    // (x − min)/(max − min) with max − min = Infinity: taken in halves
    ['minmax', 'higher', [-1e308, 1.7976931348623157e308], 1.7976931348623157e308, 1],
    ['minmax', 'higher', [-1e308, 1.7976931348623157e308], -1e308, 0],
    ['minmax', 'lower', [-1e308, 1e308], 0, 0.5],
  ] as const)('%s, %s, column %j, x = %d → %d, never NaN', (relative, direction, column, x, u) => {
    const c = number('n', { direction, scoring: { kind: 'relative', relative } });
    expect(numberUtility(c, x, columnStats(column))).toBeCloseTo(u, 12);
  });

  it('columnStats gathers min, max, Σx, Σ1/x and the count', () => {
    expect(stats).toEqual({ min: 2, max: 8, sum: 14, sumInverse: invSum, count: 3 });
    expect(columnStats([]).count).toBe(0);
  });
});

describe('boolean: yes 1, no 0', () => {
  it.each([
    [true, 1],
    [false, 0],
  ])('%s → %d', (v, u) => {
    expect(utilityOf(boolean('b'), v)).toBe(u);
  });
});

describe('choice: option score / highest option score', () => {
  // The highest score is not the first option, so the divisor must be the maximum, not options[0].
  const c = choice('tier', [
    ['basic', 2],
    ['premium', 8],
    ['standard', 5],
    ['none', 0],
  ]);
  it.each([
    ['premium', 1],
    ['standard', 0.625],
    ['basic', 0.25],
    ['none', 0],
    ['unknown', 0],
  ])('%s → %d', (v, u) => {
    expect(choiceUtility(c, v)).toBeCloseTo(u, 12);
    expect(utilityOf(c, v)).toBeCloseTo(u, 12);
  });

  it('matches numeric and boolean option values exactly', () => {
    const n = choice('n', [
      [1, 1],
      [2, 4],
      [true, 2],
    ]);
    expect(choiceUtility(n, 1)).toBeCloseTo(0.25, 12);
    expect(choiceUtility(n, 2)).toBe(1);
    expect(choiceUtility(n, true)).toBeCloseTo(0.5, 12);
    expect(choiceUtility(n, '1')).toBe(0);
  });
});

describe('multi: min(1, Σ points / cap)', () => {
  const options: [string, number][] = [
    ['en', 3],
    ['es', 2],
    ['fr', 1],
  ];
  const byDefault = multi('languages', options); // cap = 6, Σ of all points
  const capped = multi('languages', options, { cap: 4 });
  it.each([
    [[], 0, 0],
    [['en'], 0.5, 0.75],
    [['es'], 2 / 6, 0.5],
    [['en', 'fr'], 4 / 6, 1],
    [['en', 'es'], 5 / 6, 1], // 5/4 capped at 1
    [['en', 'es', 'fr'], 1, 1],
    [['fr', 'de'], 1 / 6, 0.25], // an unknown value adds nothing
  ])('%j → %d (cap 6), %d (cap 4)', (values, uDefault, uCap4) => {
    expect(byDefault.cap).toBe(6);
    expect(multiUtility(byDefault, values)).toBeCloseTo(uDefault, 12);
    expect(multiUtility(capped, values)).toBeCloseTo(uCap4, 12);
    expect(utilityOf(capped, values)).toBeCloseTo(uCap4, 12);
  });
});
