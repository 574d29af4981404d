import { describe, expect, it } from 'vitest';
import {
  rangedGroupSampler,
  rangedGroupSamplers,
  type RawWeightBounds,
} from '../../../src/core/analysis/sensitivity/range-weights.js';
import type { GroupSampler } from '../../../src/core/analysis/sensitivity/types.js';
import type { CriteriaSet, Criterion, GroupNode } from '../../../src/core/model/types.js';
import { ksCritical, ksDistance, testRandom } from './seeded.js';

function sampler(bounds: RawWeightBounds[], walk = false): GroupSampler {
  return rangedGroupSampler(bounds, { walk });
}

function draws(s: GroupSampler, n: number, size: number, seed = 7): Float64Array[] {
  const rng = testRandom(seed);
  return Array.from({ length: n }, () => {
    const out = new Float64Array(size);
    s(rng, out);
    return out;
  });
}

/** Whether one scale t puts every t·wᵢ inside its raw range. */
function feasible(w: Float64Array, bounds: RawWeightBounds[]): boolean {
  let lo = 0;
  let hi = Infinity;
  bounds.forEach((b, i) => {
    const share = w[i] as number;
    if (share === 0) return;
    lo = Math.max(lo, b.min / share);
    hi = Math.min(hi, b.max / share);
  });
  return lo <= hi * (1 + 1e-9);
}

describe('rangedGroupSampler', () => {
  it('two children: the share is uniform on the interval the ranges allow (KS)', () => {
    // a between 1 and 3 against b = 2: a's share runs from 1/3 to 3/5
    const n = 5000;
    const a = draws(
      sampler([
        { min: 1, max: 3 },
        { min: 2, max: 2 },
      ]),
      n,
      2,
    ).map((w) => w[0] as number);
    expect(Math.min(...a)).toBeGreaterThanOrEqual(1 / 3 - 1e-12);
    expect(Math.max(...a)).toBeLessThanOrEqual(3 / 5 + 1e-12);
    const cdf = (x: number) => Math.min(1, Math.max(0, (x - 1 / 3) / (3 / 5 - 1 / 3)));
    expect(ksDistance(a, cdf)).toBeLessThan(ksCritical(n));
  });

  it('two ranged children: uniform between their extreme ratios (KS)', () => {
    // a in [1, 2], b in [1, 4]: a's share from 1/5 to 2/3
    const n = 5000;
    const a = draws(
      sampler([
        { min: 1, max: 2 },
        { min: 1, max: 4 },
      ]),
      n,
      2,
    ).map((w) => w[0] as number);
    const cdf = (x: number) => Math.min(1, Math.max(0, (x - 1 / 5) / (2 / 3 - 1 / 5)));
    expect(ksDistance(a, cdf)).toBeLessThan(ksCritical(n));
  });

  it('shares sum to 1, every draw is feasible, point children keep their ratio', () => {
    const bounds = [
      { min: 2, max: 4 },
      { min: 3, max: 3 },
      { min: 1, max: 2 },
      { min: 1.5, max: 1.5 },
      { min: 0, max: 1 },
    ];
    for (const w of draws(sampler(bounds), 2000, 5)) {
      expect(w.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
      expect(feasible(w, bounds)).toBe(true);
      expect((w[1] as number) / (w[3] as number)).toBeCloseTo(2, 10);
    }
  });

  it('is uniform on the feasible part of the simplex: matches plain rejection from the whole simplex', () => {
    // Plain rejection (Dirichlet(1,1,1), keep the feasible) is uniform by construction; the
    // shifted proposal must give the same distribution.
    const bounds = [
      { min: 1, max: 3 },
      { min: 1, max: 2 },
      { min: 2, max: 5 },
    ];
    const n = 4000;
    const ours = draws(sampler(bounds), n, 3, 11).map((w) => w[0] as number);
    const rng = testRandom(99);
    const plain: number[] = [];
    while (plain.length < n) {
      const e = [0, 1, 2].map(() => -Math.log(1 - rng.next()));
      const t = e.reduce((s, v) => s + v, 0);
      const w = Float64Array.from(e, (v) => v / t);
      if (feasible(w, bounds)) plain.push(w[0] as number);
    }
    // two-sample KS at α = 0.001: 1.95·√(2/n)
    const sortedPlain = [...plain].sort((x, y) => x - y);
    const empirical = (x: number) => {
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((sortedPlain[mid] as number) <= x) lo = mid + 1;
        else hi = mid;
      }
      return lo / n;
    };
    expect(ksDistance(ours, empirical)).toBeLessThan(1.95 * Math.sqrt(2 / n));
  });

  it('ranges with min = max give the stated shares every draw', () => {
    for (const w of draws(
      sampler([
        { min: 3, max: 3 },
        { min: 1, max: 1 },
      ]),
      10,
      2,
    )) {
      expect([...w]).toEqual([0.75, 0.25]);
    }
  });

  it('many tight ranges: hit-and-run, every draw feasible and summing to 1', () => {
    const tight = Array.from({ length: 12 }, (_, i) => ({
      min: (1 + i) * 0.8,
      max: (1 + i) * 1.2,
    }));
    for (const w of draws(sampler(tight), 500, 12)) {
      expect(w.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
      expect(feasible(w, tight)).toBe(true);
    }
  });

  it('many shares: the Newton chord keeps every draw feasible', () => {
    const many = Array.from({ length: 24 }, (_, i) => ({ min: (1 + i) * 0.7, max: (1 + i) * 1.3 }));
    for (const w of draws(sampler(many), 300, 24)) {
      expect(w.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
      expect(feasible(w, many)).toBe(true);
    }
  });

  it('hit-and-run draws the same distribution as exact rejection (KS)', () => {
    const bounds = [
      { min: 1, max: 3 },
      { min: 1, max: 2 },
      { min: 2, max: 5 },
      { min: 2, max: 2 },
    ];
    const n = 4000;
    const exact = draws(sampler(bounds), n, 4, 3).map((w) => w[0] as number);
    const walked = draws(sampler(bounds, true), n, 4, 5).map((w) => w[0] as number);
    const sorted = [...exact].sort((x, y) => x - y);
    const empirical = (x: number) => sorted.filter((v) => v <= x).length / n;
    expect(ksDistance(walked, empirical)).toBeLessThan(1.95 * Math.sqrt(2 / n));
  });
});

function criterion(id: string, weight: number, range?: { min: number; max: number }): Criterion {
  return {
    kind: 'criterion',
    id,
    name: id,
    question: undefined,
    help: undefined,
    weight,
    ...(range ? { weightRange: range } : {}),
    must: undefined,
    evidence: undefined,
    preference: undefined,
    path: [],
    origin: { file: 's.yaml', path: [] },
    type: 'boolean',
  };
}

function group(id: string, children: GroupNode['children'], weight = 1): GroupNode {
  return {
    kind: 'group',
    id,
    name: id,
    description: undefined,
    weight,
    source: 'category',
    weighting: undefined,
    children,
    path: [],
    origin: { file: 's.yaml', path: [] },
    definition: { file: 's.yaml', path: [] },
    requires: [],
  };
}

describe('rangedGroupSamplers', () => {
  const service = group('service', [criterion('sla', 2, { min: 1, max: 3 }), criterion('csat', 2)]);
  const cost = group('cost', [criterion('price', 1), criterion('terms', 1)]);
  const root = { ...group('my-set', [service, cost]), source: 'set' as const };
  const set = { id: 'my-set', root } as CriteriaSet;

  it('makes one sampler per group with a range, the top level under the set id', () => {
    const made = rangedGroupSamplers(set);
    expect([...made.samplers.keys()]).toEqual(['service']);
    expect(made.rangedWeights).toEqual(['sla']);
    const withTop = rangedGroupSamplers({
      ...set,
      root: { ...root, children: [{ ...service, weightRange: { min: 0.5, max: 1.5 } }, cost] },
    });
    expect([...withTop.samplers.keys()]).toEqual(['my-set', 'service']);
    expect(withTop.rangedWeights).toEqual(['service', 'sla']);
  });

  it('a --weights override wins over a range', () => {
    const made = rangedGroupSamplers(set, new Map([['sla', 4]]));
    expect(made.samplers.size).toBe(0);
    expect(made.rangedWeights).toEqual([]);
  });
});
