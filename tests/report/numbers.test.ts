import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { consistentDecimals } from '../../src/report/numbers.js';
import { signedPoints } from '../../src/report/compare-rows.js';

describe('consistentDecimals: a lead never contradicts the scores printed beside it', () => {
  it('uses one decimal when it reads consistently', () => {
    expect(consistentDecimals(84.6, 81.5)).toBe(1);
  });

  it('72.54 vs 70.99: one decimal would print 72.5, 71.0 and a lead of 1.6, so two', () => {
    expect(consistentDecimals(72.54, 70.99)).toBe(2);
  });

  it('at the chosen precision the rounded lead is the difference of the rounded scores', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (a, b) => {
          const d = consistentDecimals(a, b);
          if (d === 4) return; // the last resort, not checked
          const ofRounded = Number(a.toFixed(d)) - Number(b.toFixed(d));
          expect(Math.abs(ofRounded).toFixed(d)).toBe(Math.abs(a - b).toFixed(d));
        },
      ),
    );
  });

  it('signedPoints prints a sign, a minus sign and no signed zero', () => {
    expect(signedPoints(3.14)).toBe('+3.1');
    expect(signedPoints(-0.44)).toBe('−0.4');
    expect(signedPoints(-0.04)).toBe('0.0');
    expect(signedPoints(1.554, 2)).toBe('+1.55');
  });
});
