import type { Random } from '../../../src/core/analysis/sensitivity/types.js';

/** A seeded mulberry32 source for the sampler tests (the engine brings its own). */
export function testRandom(seed: number): Random {
  let a = seed >>> 0;
  return {
    next() {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/** Kolmogorov–Smirnov distance of a sample from a continuous CDF. */
export function ksDistance(sample: readonly number[], cdf: (x: number) => number): number {
  const sorted = [...sample].sort((a, b) => a - b);
  const n = sorted.length;
  let d = 0;
  sorted.forEach((x, i) => {
    const f = cdf(x);
    d = Math.max(d, Math.abs(f - i / n), Math.abs((i + 1) / n - f));
  });
  return d;
}

/** The KS critical distance at α = 0.001 for n draws (1.95 / √n). */
export function ksCritical(n: number): number {
  return 1.95 / Math.sqrt(n);
}
