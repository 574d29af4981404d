import { describe, expect, it } from 'vitest';
import { alphaVerdict, formatAlpha } from '../../src/report/consensus-model.js';

describe('alphaVerdict', () => {
  it('reads the α as shown: 2/3 is shown 0.667 and is tentative, 0.7996 is shown 0.800 and reliable', () => {
    expect([formatAlpha(2 / 3), alphaVerdict(2 / 3)]).toEqual(['0.667', 'tentative']);
    expect([formatAlpha(0.7996), alphaVerdict(0.7996)]).toEqual(['0.800', 'reliable']);
    expect([formatAlpha(0.6664), alphaVerdict(0.6664)]).toEqual(['0.666', 'unreliable']);
    expect(alphaVerdict(null)).toBe('');
  });

  it('formats a hair below zero as 0.000, not -0.000', () => {
    expect(formatAlpha(-0.0001)).toBe('0.000');
    expect(formatAlpha(-0.0005)).toBe('-0.001');
  });
});
