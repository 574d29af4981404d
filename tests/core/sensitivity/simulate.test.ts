import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/analysis/sensitivity/simulate.js';
import { weightGroups } from '../../../src/core/analysis/sensitivity/weight-tree.js';
import { builtinMethods, findMethod } from '../../../src/core/methods/index.js';
import type { DecisionMethod } from '../../../src/core/methods/types.js';
import type { SensitivityResult } from '../../../src/core/model/sensitivity.js';
import type { Vendor } from '../../../src/core/model/types.js';
import { lnGamma } from '../../../src/core/cost/special-functions.js';
import { prepareRanking } from '../../../src/core/scoring/rank.js';
import type { CriteriaSet } from '../../../src/core/model/types.js';
import { boolean, group, number, scale, set, valueOf, vendor } from '../builders.js';

const weightedSum = findMethod('weighted-sum') as DecisionMethod;

function run(
  s: CriteriaSet,
  vendors: readonly Vendor[],
  settings: { iterations?: number; seed?: number; spread?: number } = {},
  method: DecisionMethod = weightedSum,
  missing: 'zero' | 'exclude' = 'zero',
): SensitivityResult {
  const prepared = valueOf(prepareRanking(s, vendors, { missing }));
  return valueOf(
    simulate(prepared, method, {
      iterations: settings.iterations ?? 2000,
      seed: settings.seed ?? 1,
      spread: settings.spread ?? 0.2,
    }),
  );
}

/** A small project with categories, near ties and an unanswered criterion. */
const nested = set([
  group('service', [scale('quality', { weight: 3 }), scale('speed', { weight: 2 })], { weight: 2 }),
  group('price', [number('rate', { direction: 'lower' }), boolean('pci')], { weight: 1 }),
  scale('culture', { weight: 1 }),
]);
const field = [
  vendor('alpha', { quality: 5, speed: 3, rate: 30, pci: true, culture: 4 }),
  vendor('bravo', { quality: 4, speed: 4, rate: 25, pci: true, culture: 3 }),
  vendor('charlie', { quality: 3, speed: 5, rate: 22, pci: false, culture: 5 }),
  vendor('delta', { quality: 4, speed: 2, rate: 20, pci: true }),
];

/** Regularised incomplete beta I_x(a, b) by Simpson's rule on the density (a, b > 1). */
function betaCdf(x: number, a: number, b: number): number {
  const lnB = lnGamma(a) + lnGamma(b) - lnGamma(a + b);
  const pdf = (t: number) =>
    t <= 0 || t >= 1 ? 0 : Math.exp((a - 1) * Math.log(t) + (b - 1) * Math.log(1 - t) - lnB);
  const steps = 20_000;
  const h = x / steps;
  let sum = pdf(0) + pdf(x);
  for (let i = 1; i < steps; i++) sum += (i % 2 ? 4 : 2) * pdf(i * h);
  return (sum * h) / 3;
}

describe('simulate (SMAA-2 rank acceptability)', () => {
  it('a vendor that dominates all others ranks first in every draw, under every method', () => {
    const s = set([scale('a', { weight: 2 }), scale('b'), scale('c', { weight: 0.5 })]);
    const vendors = [
      vendor('top', { a: 5, b: 5, c: 4 }),
      vendor('mid', { a: 4, b: 3, c: 3 }),
      vendor('low', { a: 2, b: 4, c: 1 }),
    ];
    for (const method of builtinMethods) {
      const result = run(s, vendors, { spread: 0.6, iterations: 500 }, method);
      const top = result.vendors.find((v) => v.id === 'top');
      expect(top?.pRank1, method.id).toBe(1);
      expect(top?.rankMax, method.id).toBe(1);
    }
  });

  it('spread 0 reproduces the base ranking in every draw, under every method', () => {
    for (const method of builtinMethods) {
      for (const missing of ['zero', 'exclude'] as const) {
        const result = run(nested, field, { spread: 0, iterations: 50 }, method, missing);
        for (const v of result.vendors) {
          expect(v.rankMin, `${method.id} ${missing} ${v.id}`).toBe(v.baseRank);
          expect(v.rankMax).toBe(v.baseRank);
          expect(v.shares[(v.baseRank ?? 0) - 1]).toBe(1);
        }
      }
    }
  });

  it('spread 0: the leader’s central weights are the stated global weights exactly', () => {
    const prepared = valueOf(prepareRanking(nested, field, { missing: 'zero' }));
    const result = run(nested, field, { spread: 0, iterations: 333 });
    expect(result.vendors[0]?.centralWeights).toEqual(
      Object.fromEntries(prepared.input.criteria.map((c) => [c.id, c.weight])),
    );
    expect(result.vendors[1]?.centralWeights).toBeNull();
  });

  it('shares sum to 1 per vendor and per rank when nothing ties', () => {
    const result = run(nested, field, { spread: 0.4 });
    for (const v of result.vendors) {
      expect(v.shares.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
    }
    for (let r = 0; r < field.length; r++) {
      expect(result.vendors.reduce((s, v) => s + (v.shares[r] ?? 0), 0)).toBeCloseTo(1, 12);
    }
    // the weights really move: some vendor takes more than one rank
    expect(result.vendors.some((v) => v.rankMin !== v.rankMax)).toBe(true);
  });

  it('the same seed gives the same result, another seed another', () => {
    const a = run(nested, field, { seed: 5, spread: 0.4 });
    expect(run(nested, field, { seed: 5, spread: 0.4 })).toEqual(a);
    expect(run(nested, field, { seed: 6, spread: 0.4 })).not.toEqual(a);
  });

  it('two vendors, two criteria: P(A first) = P(w₁ > 2/3) with w₁ ~ Beta(κ·0.6, κ·0.4)', () => {
    // A: u = (1, 0), score w₁; B: u = (0.5, 1), score 0.5·w₁ + w₂ = 1 − 0.5·w₁; A wins iff w₁ > 2/3
    const s = set([scale('a', { weight: 3 }), scale('b', { weight: 2 })]);
    const vendors = [vendor('A', { a: 5, b: 1 }), vendor('B', { a: 3, b: 5 })];
    const iterations = 40_000;
    for (const spread of [0.2, 0.4]) {
      const kappa = 1 / spread ** 2 - 1;
      const exact = 1 - betaCdf(2 / 3, kappa * 0.6, kappa * 0.4);
      const result = run(s, vendors, { iterations, spread });
      const a = result.vendors.find((v) => v.id === 'A');
      const se = Math.sqrt((exact * (1 - exact)) / iterations);
      expect(Math.abs((a?.pRank1 ?? 0) - exact)).toBeLessThan(5 * se);
      // A leads only when w₁ > 2/3, so its central weight for a is above 2/3
      expect(a?.centralWeights?.a).toBeGreaterThan(2 / 3);
      expect((a?.centralWeights?.a ?? 0) + (a?.centralWeights?.b ?? 0)).toBeCloseTo(1, 12);
      expect(a?.confidence).toBe(1);
    }
  });

  it('every method runs and reports every vendor in the order of the base ranking', () => {
    for (const method of builtinMethods) {
      const result = run(nested, field, { iterations: 200 }, method);
      expect(result.method).toBe(method.id);
      expect(result.vendors.map((v) => v.baseRank)).toEqual(
        [...result.vendors.map((v) => v.baseRank)].sort((x, y) => (x ?? 99) - (y ?? 99)),
      );
      expect(result.vendors).toHaveLength(field.length);
      expect(result.tippingPoints).toEqual([]);
    }
  });

  it('ineligible vendors are not ranked: zero shares and no rank figures', () => {
    const s = set([scale('a'), boolean('pci', { must: { kind: 'true' } })]);
    const vendors = [
      vendor('ok', { a: 2, pci: true }),
      vendor('out', { a: 5, pci: false }),
      vendor('fine', { a: 3, pci: true }),
    ];
    const result = run(s, vendors, { iterations: 100 });
    expect(result.vendors.map((v) => [v.id, v.eligible, v.baseRank])).toEqual([
      ['fine', true, 1],
      ['ok', true, 2],
      ['out', false, null],
    ]);
    expect(result.vendors[2]).toMatchObject({
      pRank1: 0,
      meanRank: null,
      rankMin: null,
      rankP95: null,
      shares: [0, 0],
      centralWeights: null,
      confidence: null,
    });
  });

  it('ties share the rank: two identical vendors both rank first in every draw', () => {
    const s = set([scale('a'), scale('b')]);
    const vendors = [
      vendor('x', { a: 4, b: 2 }),
      vendor('y', { a: 4, b: 2 }),
      vendor('z', { a: 1, b: 1 }),
    ];
    const result = run(s, vendors, { iterations: 100 });
    expect(result.vendors.map((v) => [v.id, v.pRank1, v.shares])).toEqual([
      ['x', 1, [1, 0, 0]],
      ['y', 1, [1, 0, 0]],
      ['z', 0, [0, 0, 1]],
    ]);
  });

  it('percentiles follow the nearest-rank rule on the rank histogram', () => {
    const result = run(nested, field, { spread: 0.6, iterations: 4000 });
    for (const v of result.vendors) {
      const cum = (r: number) => v.shares.slice(0, r).reduce((s, x) => s + x, 0);
      const p5 = v.rankP5 ?? 0;
      expect(cum(p5)).toBeGreaterThanOrEqual(0.05 - 1e-12);
      expect(cum(p5 - 1)).toBeLessThan(0.05);
      const p95 = v.rankP95 ?? 0;
      expect(cum(p95)).toBeGreaterThanOrEqual(0.95 - 1e-12);
      expect(cum(p95 - 1)).toBeLessThan(0.95);
      expect(v.meanRank).toBeCloseTo(
        v.shares.reduce((s, x, r) => s + x * (r + 1), 0),
        12,
      );
    }
  });

  it('a group sampler replaces the Dirichlet draw of its group (the top level is set.root.id)', () => {
    const prepared = valueOf(prepareRanking(nested, field, { missing: 'zero' }));
    const groups = weightGroups(prepared);
    expect(groups.map((g) => [g.id, g.children])).toEqual([
      // the builders' root is `root`; a loaded set's root has the set's id
      ['root', ['service', 'price', 'culture']],
      ['service', ['quality', 'speed']],
      ['price', ['rate', 'pci']],
    ]);
    // all the weight on culture: the vendor best on culture (charlie) always leads
    const onlyCulture = (_rng: unknown, out: Float64Array) => out.set([0, 0, 1]);
    const result = valueOf(
      simulate(
        prepared,
        weightedSum,
        { iterations: 100, seed: 1, spread: 0.2 },
        { groupSamplers: new Map([[nested.root.id, onlyCulture]]) },
      ),
    );
    expect(result.vendors.find((v) => v.id === 'charlie')?.pRank1).toBe(1);
    expect(result.vendors.find((v) => v.id === 'charlie')?.centralWeights?.culture).toBe(1);
  });

  it('a matrix sampler redraws answers each draw and gives the confidence factor', () => {
    const s = set([scale('a'), scale('b')]);
    const vendors = [vendor('p', { a: 3, b: 3 }), vendor('q', { a: 3, b: 3 })];
    const prepared = valueOf(prepareRanking(s, vendors, { missing: 'zero' }));
    // p's utility on a is uniform on [0.25, 0.75]; q stays at 0.5: p leads half the time
    const sampler = {
      uncertainAnswers: 1,
      draw(rng: { next(): number }, utilities: Float64Array) {
        utilities[0] = 0.25 + 0.5 * rng.next();
      },
    };
    const result = valueOf(
      simulate(
        prepared,
        weightedSum,
        { iterations: 4000, seed: 1, spread: 0 },
        { matrixSampler: sampler },
      ),
    );
    const p = result.vendors.find((v) => v.id === 'p');
    expect(result.uncertainAnswers).toBe(1);
    expect(Math.abs((p?.pRank1 ?? 0) - 0.5)).toBeLessThan(5 * Math.sqrt(0.25 / 4000));
    expect(Math.abs((p?.confidence ?? 0) - 0.5)).toBeLessThan(5 * Math.sqrt(0.25 / 4000));
  });
});
