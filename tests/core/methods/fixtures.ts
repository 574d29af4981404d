import fc from 'fast-check';
import type { PreferenceFunction } from '../../../src/core/methods/preference-functions.js';
import { topsisNormalizations } from '../../../src/core/methods/topsis.js';
import type { DecisionMethod, MethodInput } from '../../../src/core/methods/types.js';

/** Shared builders for the decision-method tests: one MethodInput builder, one random problem. */

export type Dir = 'higher' | 'lower';

/** A decision problem as the method tests write it: rows are alternatives, columns criteria. */
export interface Problem {
  /** Raw performance per alternative and criterion; null when unanswered. */
  performance: (number | null)[][];
  /** Utilities in [0, 1]; the performance itself when not given. */
  utilities?: (number | null)[][] | undefined;
  weights: number[];
  /** Default `higher` for every criterion. */
  directions?: Dir[] | undefined;
  /** PROMETHEE preference function per criterion (default usual). */
  prefs?: (PreferenceFunction | undefined)[] | undefined;
  /** Criterion type per criterion, default `number`. */
  types?: string[] | undefined;
  /** Alternative ids, default a1, a2, … */
  ids?: string[] | undefined;
  /** Criterion ids, default c1, c2, … */
  criterionIds?: string[] | undefined;
  missing?: 'zero' | 'exclude' | undefined;
  /** Default: every alternative is in the reference. */
  reference?: boolean[] | undefined;
  options?: Record<string, unknown> | undefined;
}

/** The MethodInput of a problem. */
export function methodInput(p: Problem): MethodInput {
  return {
    criteria: p.weights.map((weight, j) => ({
      id: p.criterionIds?.[j] ?? `c${j + 1}`,
      weight,
      direction: p.directions?.[j] ?? 'higher',
      type: p.types?.[j] ?? 'number',
      preference: p.prefs?.[j],
    })),
    alternatives: p.performance.map((row, i) => ({
      id: p.ids?.[i] ?? `a${i + 1}`,
      utilities: p.utilities?.[i] ?? row,
      performance: row,
    })),
    missing: p.missing ?? 'zero',
    reference: p.reference ?? p.performance.map(() => true),
    options: p.options ?? {},
  };
}

/** The problem with its alternatives reordered: row `to` of the result is row `perm[to]`. */
export function permuted(p: Problem, perm: readonly number[]): Problem {
  const pick = <T>(xs: readonly T[] | undefined): T[] | undefined =>
    xs && perm.map((i) => xs[i] as T);
  return {
    ...p,
    performance: pick(p.performance) ?? [],
    utilities: pick(p.utilities),
    ids: pick(p.ids ?? p.performance.map((_, i) => `a${i + 1}`)),
    reference: pick(p.reference ?? p.performance.map(() => true)),
  };
}

/** A PROMETHEE preference function with valid thresholds. */
export const preferenceArb: fc.Arbitrary<PreferenceFunction> = fc.oneof(
  fc.constant<PreferenceFunction>({ function: 'usual' }),
  fc.integer({ min: 0, max: 5 }).map((p) => ({ function: 'v-shape' as const, p })),
  fc
    .tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }))
    .chain(([q, extra]) =>
      fc.constantFrom<PreferenceFunction>(
        { function: 'linear', q, p: q + extra },
        { function: 'level', q, p: q + extra },
      ),
    ),
  fc.integer({ min: 1, max: 5 }).map((s) => ({ function: 'gaussian' as const, s })),
);

/** Valid options for a method (its defaults when it has none to vary). */
export function optionsArb(method: DecisionMethod): fc.Arbitrary<Record<string, unknown>> {
  switch (method.id) {
    case 'topsis':
      return fc.constantFrom(...topsisNormalizations).map((normalization) => ({ normalization }));
    case 'vikor':
      return fc.double({ min: 0, max: 1, noNaN: true }).map((v) => ({ v }));
    default:
      return fc.constant({});
  }
}

export interface ProblemShape {
  /** Raw figures; default whole numbers from −5 to 20 (ties and negatives are frequent). */
  min?: number;
  max?: number;
  /** Non-integer figures (doubles in [min, max]) instead of whole numbers. */
  doubles?: boolean;
  /** Most alternatives / criteria (at least 1 each); default 7 and 5. */
  maxAlternatives?: number;
  maxCriteria?: number;
  /** One answer in `nullFreq` is missing; default 6. Use 0 for complete answers. */
  nullFreq?: number;
  /** Smallest raw weight (0–10 before normalising); default 0. */
  minWeight?: number;
}

/**
 * A random problem: performance in [min, max] with some unanswered cells, weights normalised to
 * sum 1 (equal when all raw weights are 0), random directions, preference functions, reference
 * and missing-answer policy. Utilities are the figures rescaled from [min, max] to [0, 1] and
 * oriented by direction, so dominance on the figures is dominance on the utilities.
 */
export function problemArb(shape: ProblemShape = {}): fc.Arbitrary<Problem> {
  const min = shape.min ?? -5;
  const max = shape.max ?? 20;
  const value = shape.doubles
    ? fc.double({ min, max, noNaN: true })
    : fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  const cell = shape.nullFreq === 0 ? value : fc.option(value, { freq: shape.nullFreq ?? 6 });
  return fc
    .record({
      m: fc.integer({ min: 1, max: shape.maxAlternatives ?? 7 }),
      n: fc.integer({ min: 1, max: shape.maxCriteria ?? 5 }),
    })
    .chain(({ m, n }) =>
      fc.record({
        performance: fc.array(fc.array(cell, { minLength: n, maxLength: n }), {
          minLength: m,
          maxLength: m,
        }),
        weights: fc.array(fc.integer({ min: shape.minWeight ?? 0, max: 10 }), {
          minLength: n,
          maxLength: n,
        }),
        directions: fc.array(fc.constantFrom<Dir>('higher', 'lower'), {
          minLength: n,
          maxLength: n,
        }),
        prefs: fc.array(preferenceArb, { minLength: n, maxLength: n }),
        reference: fc.array(fc.boolean(), { minLength: m, maxLength: m }),
        missing: fc.constantFrom<'zero' | 'exclude'>('zero', 'exclude'),
      }),
    )
    .map((p): Problem => {
      const total = p.weights.reduce((s, w) => s + w, 0);
      const span = max - min || 1;
      return {
        ...p,
        weights: p.weights.map((w) => (total > 0 ? w / total : 1 / p.weights.length)),
        utilities: p.performance.map((row) =>
          row.map((x, j) => {
            if (x === null) return null;
            const u = (x - min) / span;
            return p.directions[j] === 'lower' ? 1 - u : u;
          }),
        ),
      };
    });
}

/** A problem with a random permutation of its alternatives. */
export function withPermutation<P extends Problem>(
  arb: fc.Arbitrary<P>,
): fc.Arbitrary<[P, number[]]> {
  return arb.chain((p) =>
    fc.tuple(
      fc.constant(p),
      fc.shuffledSubarray(
        p.performance.map((_, i) => i),
        { minLength: p.performance.length, maxLength: p.performance.length },
      ),
    ),
  );
}

/** Whether alternative i dominates k on the raw figures (respecting direction). */
export function dominatesOnFigures(p: Problem, i: number, k: number): boolean {
  const a = p.performance[i] ?? [];
  const b = p.performance[k] ?? [];
  return a.every((x, j) => {
    const y = b[j];
    if (x === null || y === null || y === undefined) return x === null && y === null;
    return p.directions?.[j] === 'lower' ? x <= y : x >= y;
  });
}
