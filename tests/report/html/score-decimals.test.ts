import { describe, expect, it } from 'vitest';
import { stackedBarsSvg } from '../../../src/report/charts/stacked-bars.js';
import { pageDecimals } from '../../../src/report/html/score-decimals.js';

const v = (rank: number | null, score: number, eligible = true) => ({ rank, score, eligible });

describe('the decimals of the scores on the page', () => {
  it('takes the glance headline’s decimals, so its margin is the difference of the printed scores', () => {
    // VIKOR on the example: 88.16 − 62.42 = 25.74; at one decimal 88.2 − 62.4 reads 25.8
    expect(pageDecimals([v(1, 88.16), v(2, 62.42), v(null, 44, false)])).toBe(2);
    expect(pageDecimals([v(1, 84.39), v(2, 81.79)])).toBe(1);
    // adjacent ranks that would read the same still take more
    expect(pageDecimals([v(1, 50.04), v(2, 50.01), v(3, 10)])).toBe(2);
    expect(pageDecimals([v(1, 70)])).toBe(1);
  });

  it('the stacked bars print each score at those decimals', () => {
    const split = {
      basis: 'test',
      exact: true,
      categories: [{ id: 'a', name: 'A', weight: 1 }],
      bars: [{ id: 'x', name: 'X', rank: 1, eligible: true, score: 88.16, segments: [88.16] }],
    };
    expect(stackedBarsSvg(split, { decimals: 2 })).toContain('font-weight="600">88.16</text>');
    expect(stackedBarsSvg(split)).toContain('font-weight="600">88.2</text>');
  });
});
