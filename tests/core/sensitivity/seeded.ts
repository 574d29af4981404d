import { seededRandom } from '../../../src/core/analysis/sensitivity/random.js';
import type { Random } from '../../../src/core/analysis/sensitivity/types.js';

/** A seeded source for the sampler tests: the engine's own (xoshiro128**), so one generator is tested. */
export function testRandom(seed: number): Random {
  return seededRandom(seed);
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
