import { describe, expect, it } from 'vitest';
import { anchorsFromAnswers } from '../../src/core/scoring/anchor-warnings.js';
import { zeroUtilityWarnings } from '../../src/core/scoring/zero-utility-warnings.js';
import { boolean, choice, number, scale } from './builders.js';

describe('anchorsFromAnswers: the answers rounded outward to their order of magnitude', () => {
  it.each<[string, 'higher' | 'lower', number, number, { worst: number; best: number }]>([
    ['hourly rates 5 cents apart', 'lower', 19.9, 20, { worst: 30, best: 10 }],
    ['service levels', 'higher', 78, 87, { worst: 70, best: 90 }],
    ['a setup fee', 'lower', 12000, 48000, { worst: 50000, best: 10000 }],
    ['one answer', 'higher', 5, 5, { worst: 4, best: 6 }],
    ['small shares', 'higher', 0.12, 0.34, { worst: 0.1, best: 0.4 }],
    ['from zero', 'higher', 0, 3, { worst: 0, best: 4 }],
  ])('%s', (_, direction, lo, hi, anchors) => {
    expect(anchorsFromAnswers({ direction, min: undefined, max: undefined }, lo, hi)).toEqual(
      anchors,
    );
  });

  it("never past the criterion's min and max", () => {
    expect(anchorsFromAnswers({ direction: 'higher', min: 0, max: 100 }, 85, 97)).toEqual({
      worst: 80,
      best: 100,
    });
  });
});

describe('zeroUtilityWarnings', () => {
  const criteria = [
    number('rate', {
      direction: 'lower',
      scoring: { kind: 'relative', relative: 'minmax', defaulted: true },
    }),
    boolean('pci'),
    choice('hours', [
      ['full', 5],
      ['extended', 2],
    ]),
    scale('quality', { must: { kind: 'min', min: 3 } }),
  ];

  it('waspas is covered by its id: its product part is zeroed', () => {
    const issues = zeroUtilityWarnings(criteria, 'waspas');
    expect(issues.map((i) => i.message)).toEqual([
      `"rate" can give a utility of 0 (it has no scoring, so min–max gives the field's worst answer 0), and waspas's product part is then 0 for that vendor`,
      `"pci" can give a utility of 0 (a "no" scores 0), and waspas's product part is then 0 for that vendor`,
    ]);
    expect(issues[0]).toMatchObject({
      severity: 'warning',
      rule: 'zero-utility-in-product',
      file: 'test.yaml',
      path: [],
    });
  });

  it('nothing for the methods that add', () => {
    for (const method of ['weighted-sum', 'topsis', 'vikor', 'promethee2'])
      expect(zeroUtilityWarnings(criteria, method)).toEqual([]);
  });

  it('a points curve that stays above 0 for every eligible answer is fine', () => {
    const gentle = number('fcr', {
      scoring: {
        kind: 'points',
        points: [
          [60, 0],
          [80, 1],
        ],
      },
      must: { kind: 'min', min: 65 },
    });
    const harsh = number('aht', {
      direction: 'lower',
      unit: 's',
      scoring: {
        kind: 'points',
        points: [
          [300, 1],
          [600, 0],
        ],
      },
    });
    expect(zeroUtilityWarnings([gentle, harsh], 'weighted-product').map((i) => i.message)).toEqual([
      `"aht" can give a utility of 0 (an answer of 600 s scores 0 on its points), and weighted-product then scores that vendor 0 whatever its other answers`,
    ]);
  });
});
