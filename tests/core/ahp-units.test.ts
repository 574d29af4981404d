// Random index tables, rounding to the 1–9 scale, the most inconsistent judgement and input errors.
import { describe, expect, it } from 'vitest';
import { consistencyOf, roundToScale } from '../../src/core/scoring/ahp-consistency.js';
import { mostInconsistentJudgement } from '../../src/core/scoring/ahp-judgement.js';
import { AhpError, parseAhpRatio } from '../../src/core/scoring/ahp-matrix.js';
import { deriveAhp } from '../../src/core/scoring/ahp.js';
import { randomIndex } from '../../src/core/scoring/ri-tables.js';

describe('random index tables', () => {
  it.each([
    // Saaty 1980 as the SPEC lists it.
    ...[0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49].map(
      (ri, i) => ['saaty', i + 1, ri] as const,
    ),
    // Donegan & Dodd 1991 as tabulated in AHPy (src/ahpy/ahpy.py) and docs/notes §3.
    ['donegan-dodd', 3, 0.4914],
    ['donegan-dodd', 4, 0.8286],
    ['donegan-dodd', 7, 1.2519],
    ['donegan-dodd', 10, 1.4055],
    ['donegan-dodd', 20, 1.5371],
    // Between tabulated sizes AHPy interpolates linearly: 22 lies 2/5 of the way from 20 to 25.
    ['donegan-dodd', 22, 1.5371 + 0.4 * (1.5619 - 1.5371)],
    // Alonso & Lamata 2006: RI = (2.7699n − 4.3513 − n)/(n − 1).
    ['alonso-lamata', 3, (2.7699 * 3 - 4.3513 - 3) / 2],
    ['alonso-lamata', 10, (2.7699 * 10 - 4.3513 - 10) / 9],
    ['alonso-lamata', 2, 0],
  ] as const)('%s RI(%i) = %f', (table, n, ri) => {
    expect(randomIndex(table, n)).toBeCloseTo(ri, 12);
  });

  it('refuses sizes beyond a table', () => {
    expect(() => randomIndex('saaty', 16)).toThrow(RangeError);
    expect(() => randomIndex('donegan-dodd', 101)).toThrow(RangeError);
  });

  it('CR is 0 for n ≤ 2 and CI/RI above', () => {
    expect(consistencyOf(2, 2, 'saaty')).toEqual({ ci: 0, ri: 0, cr: 0 });
    const c = consistencyOf(3.2, 3, 'saaty');
    expect(c.ci).toBeCloseTo(0.1, 12);
    expect(c.cr).toBeCloseTo(0.1 / 0.58, 12);
  });
});

describe('ratios and the 1–9 scale', () => {
  it.each([
    [3, 3],
    ['3', 3],
    ['1/3', 1 / 3],
    [' 1 / 4 ', 0.25],
    ['0.5', 0.5],
    ['1/0', NaN],
    ['1/2/3', NaN],
  ] as const)('parseAhpRatio(%j) = %f', (raw, value) => {
    expect(parseAhpRatio(raw)).toBe(value);
  });

  it.each([
    [8.2, 8, '8'],
    [2.44, 2, '2'], // √6 ≈ 2.449 is the log-midpoint of 2 and 3
    [2.46, 3, '3'],
    [0.125, 1 / 8, '1/8'],
    [0.3, 1 / 3, '1/3'],
    [30, 9, '9'],
    [0.01, 1 / 9, '1/9'],
    [0.95, 1, '1'],
  ] as const)('roundToScale(%f) = %s', (x, value, text) => {
    expect(roundToScale(x)).toEqual({ value, text });
  });
});

describe('the most inconsistent judgement', () => {
  it('finds the judgement that contradicts a chain and the value the chain implies', () => {
    // a = 2b, b = 2c imply a = 4c; the judgement c = 3a is the odd one out.
    const repair = mostInconsistentJudgement(
      ['a', 'b', 'c'],
      [
        { i: 0, j: 1, r: 2 },
        { i: 1, j: 2, r: 2 },
        { i: 2, j: 0, r: 3 },
      ],
      'saaty',
    );
    // Removing any one of the three leaves a tree, so each implied value is exact; all three
    // removals give CR 0 and the first one found is kept.
    expect(repair?.crAfter).toBeCloseTo(0, 9);
    expect(repair?.index).toBe(0);
    expect(repair?.implied).toBeCloseTo(1 / 6, 9);
  });
});

describe('input errors', () => {
  it('names the unconnected children', () => {
    expect(() =>
      deriveAhp(
        ['a', 'b', 'c', 'd', 'e'],
        [
          ['a', 'b', 2],
          ['b', 'c', 2],
          ['d', 'e', 3],
        ],
      ),
    ).toThrow(new AhpError('the comparisons leave "d", "e" unconnected to "a", "b", "c"'));
  });

  it('names an unknown element and refuses a self-comparison or a pair given twice', () => {
    expect(() => deriveAhp(['a', 'b'], [['a', 'x', 2]])).toThrow('"x" is not one of a, b');
    expect(() =>
      deriveAhp(
        ['a', 'b'],
        [
          ['a', 'a', 1],
          ['a', 'b', 2],
        ],
      ),
    ).toThrow('compared with itself');
    expect(() =>
      deriveAhp(
        ['a', 'b'],
        [
          ['a', 'b', 2],
          ['b', 'a', 0.5],
        ],
      ),
    ).toThrow('compared twice');
  });

  it('a single child gets weight 1 without comparisons', () => {
    expect(deriveAhp(['only'], [])).toMatchObject({
      priorities: [1],
      lambdaMax: 1,
      cr: 0,
      completed: [],
    });
  });
});
