import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kernelOf } from '../../../src/core/analysis/sensitivity/kernels/index.js';
import { simulate } from '../../../src/core/analysis/sensitivity/simulate.js';
import { tippingPoints } from '../../../src/core/analysis/tipping-points.js';
import {
  builtinMethods,
  findMethod,
  resolveMethodOptions,
} from '../../../src/core/methods/index.js';
import { prepareRanking } from '../../../src/core/scoring/rank.js';
import { loadProject } from '../../../src/io/project.js';
import { valueOf } from '../builders.js';
import type { DecisionMethod, MethodInput } from '../../../src/core/methods/types.js';
import { methodInput, optionsArb, problemArb, type Problem } from '../methods/fixtures.js';

const method = (id: string): DecisionMethod => {
  const found = findMethod(id);
  if (!found) throw new Error(`no method ${id}`);
  return found;
};

/** Random weights on the simplex, exact zeros frequent (equal weights when all are 0). */
const weightsArb = (n: number): fc.Arbitrary<number[]> =>
  fc
    .array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })), {
      minLength: n,
      maxLength: n,
    })
    .map((ws) => {
      const total = ws.reduce((s, w) => s + w, 0);
      return ws.map((w) => (total > 0 ? w / total : 1 / n));
    });

/** 2–7 vendors, 1–8 criteria, some unanswered, whole or fractional figures, a non-empty reference. */
const caseArb = (m: DecisionMethod) =>
  fc
    .oneof(
      problemArb({ maxCriteria: 8 }),
      problemArb({ maxCriteria: 8, doubles: true, min: 0, max: 3 }),
      problemArb({ maxCriteria: 8, nullFreq: 2 }),
    )
    .filter((p) => p.performance.length >= 2)
    .map((p): Problem => ({
      ...p,
      reference: p.reference?.some(Boolean) ? p.reference : p.performance.map((_, i) => i === 0),
    }))
    .chain((p) =>
      fc.tuple(
        fc.constant(p),
        optionsArb(m),
        fc.array(weightsArb(p.weights.length), { minLength: 1, maxLength: 4 }),
      ),
    );

// NaN both ways counts as equal (a subnormal answered weight overflows 1/W in both)
const close = (got: number, want: number): boolean =>
  Object.is(got, want) ||
  got === want ||
  Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));

/** The kernel's scores under each weight vector equal the method's, on the same input. */
function agrees(m: DecisionMethod, input: MethodInput, weightSets: number[][]): void {
  const kernel = kernelOf(m, input);
  if (!kernel) throw new Error(`${m.id} has no kernel for this input`);
  const scores = new Float64Array(input.alternatives.length);
  for (const weights of weightSets) {
    kernel(Float64Array.from(weights), scores);
    const want = m.score({
      ...input,
      criteria: input.criteria.map((c, j) => ({ ...c, weight: weights[j] ?? 0 })),
    }).scores;
    want.forEach((w, i) => {
      if (!close(scores[i] ?? NaN, w))
        throw new Error(
          `${m.id}: vendor ${i} kernel ${scores[i]} method ${w} (${weights.join(', ')})`,
        );
    });
  }
}

describe('weight-only kernels score as their method does', () => {
  it.each(['weighted-product', 'waspas', 'topsis', 'vikor', 'promethee2'])(
    '%s, under both missing policies',
    (id) => {
      const m = method(id);
      fc.assert(
        fc.property(
          caseArb(m),
          fc.double({ min: 0, max: 1, noNaN: true }),
          ([p, options, weights], lambda) => {
            const opts = id === 'waspas' ? { lambda } : options;
            agrees(m, methodInput({ ...p, options: opts }), weights);
          },
        ),
        { numRuns: 400 },
      );
    },
  );

  it('has none for the weighted sum (the callers compute it themselves)', () => {
    const input = methodInput({ performance: [[1], [2]], weights: [1], missing: 'exclude' });
    expect(kernelOf(method('weighted-sum'), input)).toBeUndefined();
  });

  it('weighted-product: a zero utility on a weighted criterion gives 0, on an unweighted one it has no say', () => {
    const input = methodInput({
      performance: [
        [0, 0.25],
        [1, 0.25],
      ],
      weights: [0.5, 0.5],
    });
    const kernel = kernelOf(method('weighted-product'), input);
    const scores = new Float64Array(2);
    kernel?.(Float64Array.from([0.5, 0.5]), scores);
    expect([...scores]).toEqual([0, 50]);
    kernel?.(Float64Array.from([0, 1]), scores);
    expect([...scores]).toEqual([25, 25]);
  });
});

describe('on the shipped examples the kernels change no figure of sensitivity or tipping points', () => {
  const examples = path.join(import.meta.dirname, '..', '..', '..', 'examples');
  const project = valueOf(loadProject({ cwd: examples, paths: [], example: 'rank' }));
  // The same method under another id has no kernel: it is scored by `method.score` each time.
  const plain = (m: DecisionMethod): DecisionMethod => ({ ...m, id: `${m.id}-plain` });
  const cases = builtinMethods
    .filter((m) => m.id !== 'weighted-sum')
    .flatMap((m) => (['zero', 'exclude'] as const).map((missing) => [m.id, missing, m] as const));

  it.each(cases)('%s, missing %s', (_, missing, m) => {
    const prepared = valueOf(prepareRanking(project.set, project.vendors, { missing }));
    const methodOptions = resolveMethodOptions(m, project.set);
    const settings = { iterations: 300, seed: 3, spread: 0.3 };
    const fast = valueOf(simulate(prepared, m, settings, { methodOptions }));
    const slow = valueOf(simulate(prepared, plain(m), settings, { methodOptions }));
    expect(fast).toEqual({ ...slow, method: m.id });
    expect(fast.vendors.some((v) => v.pRank1 > 0 && v.pRank1 < 1)).toBe(true);
    // a coarser search than the default keeps the slow side quick; the probes are the same
    const tipping = { methodOptions, search: { steps: 12, tolerance: 1e-7 } };
    const points = tippingPoints(prepared, m, tipping);
    expect(points).toEqual(tippingPoints(prepared, plain(m), tipping));
    expect(points.criteria.length).toBeGreaterThan(0);
  });
});
