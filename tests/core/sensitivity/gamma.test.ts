import { describe, expect, it } from 'vitest';
import {
  gammaVariate,
  logGammaVariate,
  NormalSource,
} from '../../../src/core/analysis/sensitivity/gamma.js';
import {
  concentrationOf,
  dirichletSampler,
} from '../../../src/core/analysis/sensitivity/dirichlet.js';
import { seededRandom } from '../../../src/core/analysis/sensitivity/random.js';
import { lnGamma, lnIncompleteGammaSeries } from '../../../src/core/cost/special-functions.js';

/** The regularised lower incomplete gamma P(a, x): the Gamma(a, 1) CDF. */
function gammaCdf(a: number, x: number): number {
  if (x <= 0) return 0;
  return Math.exp(lnIncompleteGammaSeries(a, x) + a * Math.log(x) - x - lnGamma(a + 1));
}

function draws(shape: number, n: number, seed: number, log = false): number[] {
  const rng = seededRandom(seed);
  const normal = new NormalSource();
  return Array.from({ length: n }, () =>
    log ? Math.exp(logGammaVariate(rng, normal, shape)) : gammaVariate(rng, normal, shape),
  );
}

const meanOf = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const varianceOf = (xs: readonly number[]) => {
  const m = meanOf(xs);
  return xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
};

describe('Gamma sampler (Marsaglia & Tsang 2000)', () => {
  const n = 20_000;
  for (const shape of [0.3, 1, 2.5, 10]) {
    it(`shape ${shape}: sample mean and variance within 5 standard errors of a and a`, () => {
      const xs = draws(shape, n, 11);
      // Gamma(a, 1): mean a, variance a; Var(sample variance) ≈ (μ₄ − σ⁴)/n, μ₄ = 3a² + 6a
      expect(Math.abs(meanOf(xs) - shape)).toBeLessThan(5 * Math.sqrt(shape / n));
      const varSe = Math.sqrt((2 * shape * shape + 6 * shape) / n);
      expect(Math.abs(varianceOf(xs) - shape)).toBeLessThan(5 * varSe);
    });

    it(`shape ${shape}: Kolmogorov–Smirnov distance to the Gamma CDF below the 0.1 % critical value`, () => {
      for (const log of [false, true]) {
        const xs = draws(shape, n, 12, log).sort((a, b) => a - b);
        let d = 0;
        xs.forEach((x, i) => {
          const f = gammaCdf(shape, x);
          d = Math.max(d, (i + 1) / n - f, f - i / n);
        });
        // asymptotic critical value of D at α = 0.001: 1.949/√n
        expect(d).toBeLessThan(1.949 / Math.sqrt(n));
      }
    });
  }

  it('the KS statistic catches a wrong distribution (the test can fail)', () => {
    const xs = draws(2, n, 12).sort((a, b) => a - b);
    let d = 0;
    xs.forEach((x, i) => {
      const f = gammaCdf(2.2, x);
      d = Math.max(d, (i + 1) / n - f, f - i / n);
    });
    expect(d).toBeGreaterThan(1.949 / Math.sqrt(n));
  });
});

describe('Dirichlet(κ·w) draws', () => {
  it('κ = 1/s² − 1', () => {
    expect(concentrationOf(0.2)).toBeCloseTo(24, 12);
    expect(concentrationOf(0.5)).toBeCloseTo(3, 12);
  });

  for (const spread of [0.2, 0.6, 0.95]) {
    it(`spread ${spread}: each component has mean w and variance w(1−w)/(κ+1)`, () => {
      const w = [0.5, 0.3, 0.15, 0.05];
      const kappa = concentrationOf(spread);
      const sampler = dirichletSampler(w, spread, new NormalSource());
      const rng = seededRandom(3);
      const n = 20_000;
      const out = new Float64Array(w.length);
      const samples = w.map(() => [] as number[]);
      let worst = 0;
      for (let t = 0; t < n; t++) {
        sampler(rng, out);
        worst = Math.max(worst, Math.abs(out.reduce((s, x) => s + x, 0) - 1));
        out.forEach((x, i) => samples[i]?.push(x));
      }
      expect(worst).toBeLessThan(1e-12);
      w.forEach((wi, i) => {
        const xs = samples[i] ?? [];
        const variance = (wi * (1 - wi)) / (kappa + 1);
        expect(Math.abs(meanOf(xs) - wi)).toBeLessThan(5 * Math.sqrt(variance / n));
        // Beta(κw, κ(1−w)) marginal: a loose 10 % bound on the variance at this sample size
        expect(Math.abs(varianceOf(xs) / variance - 1)).toBeLessThan(0.1);
      });
    });
  }

  it('spread 0 copies the stated weights exactly and draws nothing', () => {
    const w = [0.1 + 0.2, 1 - (0.1 + 0.2)];
    const sampler = dirichletSampler(w, 0, new NormalSource());
    let used = 0;
    const out = new Float64Array(2);
    sampler({ next: () => (used++, 0.5) }, out);
    expect(Array.from(out)).toEqual(w);
    expect(used).toBe(0);
  });

  it('a weight of 0 stays 0; a lone positive weight keeps its weight', () => {
    const out = new Float64Array(3);
    dirichletSampler([0.5, 0, 0.5], 0.5, new NormalSource())(seededRandom(1), out);
    expect(out[1]).toBe(0);
    dirichletSampler([0, 1, 0], 0.5, new NormalSource())(seededRandom(1), out);
    expect(Array.from(out)).toEqual([0, 1, 0]);
  });
});
