import { describe, expect, it } from 'vitest';
import { derivationBasis } from '../../src/report/derivation-text.js';
import type { UtilityDerivation } from '../../src/core/scoring/utility-derivation.js';

describe('derivationBasis: how a utility was derived, in the words under the answer', () => {
  it.each<[UtilityDerivation, string | undefined, string]>([
    [{ formula: 'scale', value: 4, min: 1, max: 5, utility: 0.75 }, undefined, '(4 − 1)/(5 − 1)'],
    [
      { formula: 'linear', value: 82, worst: 60, best: 95, clamped: null, utility: 0.63 },
      '%',
      'worst 60, best 95',
    ],
    [
      { formula: 'linear', value: 99, worst: 60, best: 95, clamped: 'best', utility: 1 },
      '%',
      'at/past best 95 (worst 60)',
    ],
    [
      { formula: 'linear', value: 40, worst: 30, best: 10, clamped: 'worst', utility: 0 },
      'EUR/h',
      'at/past worst 30 (best 10)',
    ],
    [
      {
        formula: 'points',
        value: 76,
        place: 'segment',
        from: [72, 0.5],
        to: [80, 1],
        utility: 0.75,
      },
      '%',
      'on (72, 0.5)–(80, 1)',
    ],
    [
      { formula: 'points', value: 15, place: 'below', from: null, to: [20, 1], utility: 1 },
      's',
      'flat up to (20, 1)',
    ],
    [
      { formula: 'points', value: 90, place: 'above', from: [80, 1], to: null, utility: 1 },
      '%',
      'flat from (80, 1)',
    ],
    [
      {
        formula: 'minmax',
        value: 24,
        direction: 'lower',
        min: 19.9,
        max: 31.5,
        utility: 0.65,
      },
      'EUR/h',
      "on the field's range 19.9–31.5 EUR/h, minmax",
    ],
    [
      { formula: 'minmax', value: 19.95, direction: 'lower', min: 19.9, max: 20, utility: 0.5 },
      'EUR/h',
      "on the field's range 19.90–20.00 EUR/h, minmax",
    ],
    [
      { formula: 'minmax', value: 20, direction: 'higher', min: 20, max: 20, utility: 1 },
      undefined,
      'whole field at 20, minmax',
    ],
    [
      { formula: 'ratio', value: 24, direction: 'higher', reference: 31.5, utility: 0.76 },
      undefined,
      "24 / field's highest 31.5, ratio",
    ],
    [
      { formula: 'ratio', value: 24, direction: 'lower', reference: 19.9, utility: 0.83 },
      undefined,
      "field's lowest 19.9 / 24, ratio",
    ],
    [
      { formula: 'sum', value: 24, direction: 'higher', reference: 75.4, utility: 0.32 },
      undefined,
      "24 / field's sum 75.4, sum",
    ],
    [
      { formula: 'sum', value: 24, direction: 'lower', reference: 0.125, utility: 0.33 },
      undefined,
      "(1/24) / field's Σ(1/x) 0.125, sum",
    ],
    [
      { formula: 'no-field', value: 24, utility: 0 },
      undefined,
      'no answer in the field to compare with',
    ],
    [{ formula: 'boolean', value: true, utility: 1 }, undefined, ''],
    [
      { formula: 'choice', value: 'b2', score: 3.5, highest: 5, utility: 0.7 },
      undefined,
      'score 3.5 of max 5',
    ],
    [
      { formula: 'multi', value: ['voice'], points: 2, cap: 9, utility: 2 / 9 },
      undefined,
      '2 of cap 9 points',
    ],
    [
      { formula: 'multi', value: ['a', 'b'], points: 10, cap: 9, utility: 1 },
      undefined,
      '10 of cap 9 points, capped',
    ],
    [
      {
        formula: 'mean',
        parts: [
          { formula: 'boolean', value: true, utility: 1 },
          { formula: 'boolean', value: false, utility: 0 },
        ],
        utility: 0.5,
      },
      undefined,
      'mean of 2 evaluators (1.00, 0.00)',
    ],
  ])('%o → %s', (d, unit, text) => {
    expect(derivationBasis(d, unit)).toBe(text);
  });
});
