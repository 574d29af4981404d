import { describe, expect, it } from 'vitest';
import {
  digamma,
  lnGamma,
  lnIncompleteGammaSeries,
} from '../../../src/core/cost/special-functions.js';

describe('special functions', () => {
  it('ln Γ at known points: Γ(1/2) = √π, Γ(n+1) = n!, and 170! by summed logarithms', () => {
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(lnGamma(1)).toBeCloseTo(0, 14);
    expect(lnGamma(11)).toBeCloseTo(Math.log(3628800), 13);
    let lnFactorial = 0;
    for (let k = 2; k <= 170; k++) lnFactorial += Math.log(k);
    expect(lnGamma(171) / lnFactorial - 1).toBeLessThan(1e-14);
  });

  it('ψ at known points: ψ(1) = −γ (Euler–Mascheroni), ψ(n+1) = ψ(n) + 1/n', () => {
    expect(digamma(1)).toBeCloseTo(-0.5772156649015329, 14);
    expect(digamma(1001) - digamma(1000)).toBeCloseTo(1 / 1000, 14);
  });

  it('G(a, z) = Σ zⁿ/((a+1)…(a+n)): G(a, 0) = 1, G(0, z) = e^z, and both branches agree at the seam', () => {
    expect(lnIncompleteGammaSeries(3, 0)).toBe(0);
    // a → 0: the terms are zⁿ/n!, so G = e^z (series branch below a + 1, fraction above)
    expect(lnIncompleteGammaSeries(1e-12, 0.5)).toBeCloseTo(0.5, 10);
    expect(lnIncompleteGammaSeries(1e-12, 30)).toBeCloseTo(30, 9);
    // just below and just above z = a + 1 the two methods meet
    const below = lnIncompleteGammaSeries(500, 500.999999);
    const above = lnIncompleteGammaSeries(500, 501.000001);
    expect(Math.abs(above - below)).toBeLessThan(1e-5);
  });
});
