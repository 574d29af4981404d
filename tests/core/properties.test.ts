import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { builtinMethods } from '../../src/core/methods/index.js';
import type { DecisionMethod } from '../../src/core/methods/types.js';
import { weightedSum } from '../../src/core/methods/weighted-sum.js';
import type { MissingPolicy, Ranking } from '../../src/core/model/ranking.js';
import type {
  AnswerValue,
  CriteriaSet,
  Criterion,
  TreeNode,
  Vendor,
} from '../../src/core/model/types.js';
import type { WeightingInput } from '../../src/core/model/criteria-schema.js';
import {
  choiceUtility,
  columnStats,
  linearUtility,
  multiUtility,
  numberUtility,
  piecewiseUtility,
  scaleUtility,
} from '../../src/core/scoring/utility.js';
import { localWeights, rocWeights } from '../../src/core/scoring/weights.js';
import {
  boolean,
  choice,
  group,
  multi,
  number,
  ranked,
  scale,
  set,
  vendor,
  weightsOf,
} from './builders.js';
import {
  dominatesOnFigures,
  methodInput,
  optionsArb,
  permuted,
  problemArb as methodProblemArb,
  withPermutation,
  type Problem as MethodProblem,
} from './methods/fixtures.js';

/** Floating-point slack for comparisons that are exact in real arithmetic. */
const eps = 1e-12;

// ---------------------------------------------------------------------------------------------
// A random decision problem: criteria of every type, some in a category, an optional must-have,
// and vendors with (sometimes missing) answers.

const kinds = [
  'scale',
  'boolean',
  'choice',
  'multi',
  'linear',
  'points',
  'ratio',
  'minmax',
  'sum',
] as const;
type Kind = (typeof kinds)[number];

interface Spec {
  kind: Kind;
  direction: 'higher' | 'lower';
  weight: number;
}

const specArb: fc.Arbitrary<Spec> = fc.record({
  kind: fc.constantFrom(...kinds),
  direction: fc.constantFrom('higher' as const, 'lower' as const),
  weight: fc.integer({ min: 1, max: 10 }),
});

const choiceOptions: [string, number][] = [
  ['gold', 5],
  ['silver', 3],
  ['bronze', 1],
];
const multiOptions: [string, number][] = [
  ['en', 3],
  ['es', 2],
  ['fr', 1],
];

function criterionOf(id: string, s: Spec, weight: number): Criterion {
  const o = { weight };
  switch (s.kind) {
    case 'scale':
      return scale(id, o);
    case 'boolean':
      return boolean(id, o);
    case 'choice':
      return choice(id, choiceOptions, o);
    case 'multi':
      return multi(id, multiOptions, o);
    case 'linear':
      return number(id, {
        ...o,
        direction: s.direction,
        scoring:
          s.direction === 'higher'
            ? { kind: 'linear', worst: 10, best: 90 }
            : { kind: 'linear', worst: 90, best: 10 },
      });
    case 'points':
      return number(id, {
        ...o,
        direction: 'lower',
        scoring: {
          kind: 'points',
          points: [
            [1, 1],
            [4, 0.8],
            [24, 0],
          ],
        },
      });
    case 'ratio':
    case 'minmax':
    case 'sum':
      return number(id, {
        ...o,
        direction: s.direction,
        scoring: { kind: 'relative', relative: s.kind },
      });
  }
}

function answerArb(kind: Kind): fc.Arbitrary<AnswerValue> {
  switch (kind) {
    case 'scale':
      return fc.integer({ min: 1, max: 5 });
    case 'boolean':
      return fc.boolean();
    case 'choice':
      return fc.constantFrom(...choiceOptions.map(([v]) => v));
    case 'multi':
      return fc.subarray(multiOptions.map(([v]) => v));
    default:
      // positive, so ratio and sum scorings are defined
      return fc.integer({ min: 1, max: 100 });
  }
}

interface Problem {
  specs: Spec[];
  /** How many of the first criteria sit in category `g` (the rest sit at the root). */
  inGroup: number;
  groupWeight: number;
  /** Add a must-have boolean `ok` (weight 1 at the root). */
  withKnockout: boolean;
  /** answers[i][j]: vendor i's answer to criterion j, or null when unanswered. */
  answers: (AnswerValue | null)[][];
  ok: boolean[];
}

const problemArb: fc.Arbitrary<Problem> = fc
  .record({
    specs: fc.array(specArb, { minLength: 1, maxLength: 6 }),
    vendorCount: fc.integer({ min: 1, max: 7 }),
    groupWeight: fc.integer({ min: 1, max: 10 }),
    withKnockout: fc.boolean(),
  })
  .chain(({ specs, vendorCount, groupWeight, withKnockout }) =>
    fc.record({
      specs: fc.constant(specs),
      inGroup: fc.integer({ min: 0, max: specs.length }),
      groupWeight: fc.constant(groupWeight),
      withKnockout: fc.constant(withKnockout),
      answers: fc.array(
        fc.tuple<(AnswerValue | null)[]>(
          ...specs.map((s) => fc.option(answerArb(s.kind), { freq: 6, nil: null })),
        ),
        { minLength: vendorCount, maxLength: vendorCount },
      ),
      ok: fc.array(fc.boolean(), { minLength: vendorCount, maxLength: vendorCount }),
    }),
  );

/** Builds the set; `scaleRoot` and `scaleGroup` multiply the raw weights of those siblings. */
function buildSet(p: Problem, scaleRoot = 1, scaleGroup = 1): CriteriaSet {
  const criteria = p.specs.map((s, j) =>
    criterionOf(`c${j}`, s, s.weight * (j < p.inGroup ? scaleGroup : scaleRoot)),
  );
  const top: TreeNode[] = [];
  if (p.inGroup > 0) {
    top.push(group('g', criteria.slice(0, p.inGroup), { weight: p.groupWeight * scaleRoot }));
  }
  top.push(...criteria.slice(p.inGroup));
  if (p.withKnockout) top.push(boolean('ok', { weight: scaleRoot, must: { kind: 'true' } }));
  return set(top);
}

function buildVendors(p: Problem): Vendor[] {
  return p.answers.map((row, i) => {
    const answers: Record<string, AnswerValue> = {};
    row.forEach((a, j) => {
      if (a !== null) answers[`c${j}`] = a;
    });
    if (p.withKnockout) answers.ok = p.ok[i] ?? false;
    return vendor(`v${i}`, answers);
  });
}

const rankOf = (
  s: CriteriaSet,
  vs: Vendor[],
  missing: MissingPolicy = 'zero',
  method: DecisionMethod = weightedSum,
): Ranking => ranked(s, vs, { method, missing });

const indexById = (r: Ranking) => new Map(r.vendors.map((v) => [v.id, v]));

const missingArb = fc.constantFrom<MissingPolicy>('zero', 'exclude');

// ---------------------------------------------------------------------------------------------

describe('ranking invariants (fast-check)', () => {
  it.each(builtinMethods.map((m) => [m.id, m] as const))(
    'under %s, permuting the vendors changes no score, rank, dominance or method summary',
    (_id, method) => {
      fc.assert(
        fc.property(
          problemArb.chain((p) =>
            fc.tuple(
              fc.constant(p),
              fc.shuffledSubarray(
                p.answers.map((_, i) => i),
                { minLength: p.answers.length, maxLength: p.answers.length },
              ),
            ),
          ),
          missingArb,
          ([p, order], missing) => {
            const s = buildSet(p);
            const vendors = buildVendors(p);
            const a = rankOf(s, vendors, missing, method);
            const b = rankOf(
              s,
              order.map((i) => vendors[i] as Vendor),
              missing,
              method,
            );
            expect(b.methodSummary).toEqual(a.methodSummary);
            expect(b.vendors.map((v) => v.id)).toEqual(a.vendors.map((v) => v.id));
            const before = indexById(a);
            for (const v of b.vendors) {
              const w = before.get(v.id);
              expect(v.score).toBeCloseTo(w?.score ?? NaN, 9);
              expect(v.rank).toBe(w?.rank);
              expect(v.dominatedBy).toEqual(w?.dominatedBy);
            }
          },
        ),
      );
    },
  );

  it('scaling all sibling weights by a positive constant changes no score and no ranking', () => {
    fc.assert(
      fc.property(
        problemArb,
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        fc.boolean(),
        missingArb,
        (p, k, atRoot, missing) => {
          const vendors = buildVendors(p);
          const a = rankOf(buildSet(p), vendors, missing);
          const s = atRoot ? buildSet(p, k, 1) : buildSet(p, 1, k);
          const b = rankOf(s, vendors, missing);
          expect(b.vendors.map((v) => [v.id, v.rank])).toEqual(
            a.vendors.map((v) => [v.id, v.rank]),
          );
          const before = indexById(a);
          for (const v of b.vendors) expect(v.score).toBeCloseTo(before.get(v.id)?.score ?? NaN, 9);
        },
      ),
    );
  });

  it.each(builtinMethods.map((m) => [m.id, m] as const))(
    'under %s, a dominated vendor never ranks above its dominator',
    (_id, method) => {
      // One vendor is made to dominate another by improving a copy of its answers, so that
      // dominance occurs often, besides any dominance the random field holds.
      let pairs = 0;
      fc.assert(
        fc.property(problemArb, missingArb, (p, missing) => {
          const base = p.answers[0] ?? [];
          const better = base.map((a, j) => improve(p.specs[j]?.kind, a));
          const q: Problem = {
            ...p,
            answers: [...p.answers, better],
            ok: [...p.ok.slice(0, p.answers.length), true],
          };
          // the improved copy must be eligible to count as a dominator
          const r = rankOf(buildSet(q), buildVendors(q), missing, method);
          const all = indexById(r);
          const position = new Map(r.vendors.map((v, i) => [v.id, i]));
          for (const v of r.vendors) {
            for (const d of v.dominatedBy) {
              const dom = all.get(d);
              // Dominance is judged on what the method reads (SPEC), so every pair holds: the
              // dominator scores at least as much and is listed first, even within a tie.
              pairs++;
              expect(dom?.eligible).toBe(true);
              expect(dom?.score ?? NaN).toBeGreaterThanOrEqual(v.score - 1e-9);
              if (v.rank !== null) expect(dom?.rank ?? Infinity).toBeLessThanOrEqual(v.rank);
              expect(position.get(d) ?? Infinity).toBeLessThan(position.get(v.id) ?? -1);
            }
          }
        }),
      );
      expect(pairs).toBeGreaterThan(0);
    },
  );

  it('contributions sum to the score, and global weights of all criteria sum to 1', () => {
    fc.assert(
      fc.property(problemArb, missingArb, (p, missing) => {
        const r = rankOf(buildSet(p), buildVendors(p), missing);
        for (const v of r.vendors) {
          const total = v.criteria.reduce((s, c) => s + c.contribution, 0);
          expect(total).toBeCloseTo(v.score, 9);
          expect(v.score).toBeGreaterThanOrEqual(-eps);
          expect(v.score).toBeLessThanOrEqual(100 + eps);
          const weights = v.criteria.reduce((s, c) => s + c.weight, 0);
          expect(weights).toBeCloseTo(1, 12);
        }
      }),
    );
  });
});

/** An answer at least as good as `a` in every scoring, strictly better where that is easy. */
function improve(kind: Kind | undefined, a: AnswerValue | null): AnswerValue | null {
  switch (kind) {
    case 'scale':
      return 5;
    case 'boolean':
      return true;
    case 'choice':
      return 'gold';
    case 'multi':
      return multiOptions.map(([v]) => v);
    case undefined:
      return a;
    default:
      // number kinds: keep the value, so relative columns and curves are unaffected either way
      return a;
  }
}

// ---------------------------------------------------------------------------------------------
// Weight invariants

interface Shape {
  leaf?: true;
  weight: number;
  children?: Shape[];
  method?: 'direct' | 'roc' | 'swing';
  swing?: number[];
}

const shapeArb: fc.Arbitrary<Shape> = fc.letrec<{ node: Shape }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    fc.record({ leaf: fc.constant(true as const), weight: fc.integer({ min: 1, max: 50 }) }),
    fc.record({
      weight: fc.integer({ min: 1, max: 50 }),
      children: fc.array(tie('node'), { minLength: 1, maxLength: 4 }),
      method: fc.constantFrom('direct' as const, 'roc' as const, 'swing' as const),
      swing: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 4, maxLength: 4 }),
    }),
  ),
})).node;

function buildTree(shape: Shape, counter: { n: number }): TreeNode {
  const id = `n${counter.n++}`;
  if (!shape.children) return boolean(id, { weight: shape.weight });
  const children = shape.children.map((c) => buildTree(c, counter));
  const ids = children.map((c) => c.id);
  let weighting: WeightingInput | undefined;
  if (shape.method === 'roc') weighting = { method: 'roc', order: [...ids].reverse() };
  if (shape.method === 'swing') {
    weighting = {
      method: 'swing',
      points: Object.fromEntries(ids.map((cid, i) => [cid, shape.swing?.[i] ?? 100])),
    };
  }
  return group(id, children, { weight: shape.weight, ...(weighting ? { weighting } : {}) });
}

describe('weight invariants (fast-check)', () => {
  it('ROC weights sum to 1 and decrease with rank', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (n) => {
        const w = rocWeights(n);
        expect(w).toHaveLength(n);
        expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
        for (let k = 1; k < n; k++) expect(w[k] ?? NaN).toBeLessThan(w[k - 1] ?? NaN);
      }),
    );
  });

  it('swing weights sum to 1 and keep the ratios of the points', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 10 }),
        (points) => {
          fc.pre(points.some((x) => x > 0));
          const ids = points.map((_, i) => `c${i}`);
          const g = group(
            'g',
            ids.map((id) => boolean(id)),
            {
              weighting: {
                method: 'swing',
                points: Object.fromEntries(ids.map((id, i) => [id, points[i] ?? 0])),
              },
            },
          );
          const w = localWeights(g, new Map());
          expect(w.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
          const max = Math.max(...points);
          const wMax = Math.max(...w);
          points.forEach((pt, i) => expect((w[i] ?? NaN) / wMax).toBeCloseTo(pt / max, 12));
        },
      ),
    );
  });

  it('global weights of all criteria sum to 1 in any tree (direct, roc and swing groups)', () => {
    fc.assert(
      fc.property(fc.array(shapeArb, { minLength: 1, maxLength: 4 }), (shapes) => {
        const counter = { n: 0 };
        const s = set(shapes.map((sh) => buildTree(sh, counter)));
        const w = weightsOf(s.root);
        const total = s.criteria.reduce((sum, c) => sum + (w.get(c.id)?.global ?? NaN), 0);
        expect(total).toBeCloseTo(1, 12);
        // and every group's global weight is the sum of its children's
        const check = (node: TreeNode): void => {
          if (node.kind !== 'group') return;
          const sum = node.children.reduce((acc, c) => acc + (w.get(c.id)?.global ?? NaN), 0);
          expect(sum).toBeCloseTo(w.get(node.id)?.global ?? NaN, 12);
          node.children.forEach(check);
        };
        s.root.children.forEach(check);
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Utility invariants: within [0, 1], monotone in the criterion's direction.

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const sortedPair: fc.Arbitrary<[number, number]> = fc
  .tuple(finite, finite)
  .map(([a, b]) => (a <= b ? [a, b] : [b, a]));

const inUnit = (u: number): void => {
  expect(u).toBeGreaterThanOrEqual(0);
  expect(u).toBeLessThanOrEqual(1);
};

describe('utility invariants (fast-check)', () => {
  it('scale: in [0, 1] and non-decreasing in v', () => {
    const arb = fc
      .tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: 1, max: 20 }))
      .chain(([min, span]) =>
        fc.tuple(
          fc.constant(min),
          fc.constant(min + span),
          fc.integer({ min, max: min + span }),
          fc.integer({ min, max: min + span }),
        ),
      );
    fc.assert(
      fc.property(arb, ([min, max, a, b]) => {
        const c = scale('s', { min, max });
        const [v1, v2] = a <= b ? [a, b] : [b, a];
        inUnit(scaleUtility(c, v1));
        inUnit(scaleUtility(c, v2));
        expect(scaleUtility(c, v1)).toBeLessThanOrEqual(scaleUtility(c, v2));
        expect(scaleUtility(c, min)).toBe(0);
        expect(scaleUtility(c, max)).toBe(1);
      }),
    );
  });

  it('linear {worst, best}: in [0, 1], non-decreasing when best > worst, non-increasing otherwise', () => {
    fc.assert(
      fc.property(finite, finite, sortedPair, (worst, best, [x1, x2]) => {
        fc.pre(worst !== best);
        const u1 = linearUtility(worst, best, x1);
        const u2 = linearUtility(worst, best, x2);
        inUnit(u1);
        inUnit(u2);
        if (best > worst) expect(u1).toBeLessThanOrEqual(u2);
        else expect(u1).toBeGreaterThanOrEqual(u2);
      }),
    );
  });

  it('piecewise points: in [0, 1] always, and monotone when the curve is', () => {
    const curveArb = fc
      .tuple(
        fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
        fc.boolean(),
      )
      .map(([xs, us, rising]) => {
        const sx = [...xs].sort((a, b) => a - b);
        const su = [...us].sort((a, b) => (rising ? a - b : b - a));
        return { points: sx.map((x, i) => [x, su[i] ?? 0] as [number, number]), rising };
      });
    fc.assert(
      fc.property(curveArb, sortedPair, ({ points, rising }, [x1, x2]) => {
        const u1 = piecewiseUtility(points, x1);
        const u2 = piecewiseUtility(points, x2);
        inUnit(u1);
        inUnit(u2);
        if (rising) expect(u1).toBeLessThanOrEqual(u2 + eps);
        else expect(u1).toBeGreaterThanOrEqual(u2 - eps);
      }),
    );
  });

  it('piecewise points: out-of-range utilities are clamped into [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -100, max: 100 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 5, maxLength: 5 }),
        finite,
        (xs, us, x) => {
          const sx = [...xs].sort((a, b) => a - b);
          inUnit(
            piecewiseUtility(
              sx.map((xi, i) => [xi, us[i] ?? 0] as [number, number]),
              x,
            ),
          );
        },
      ),
    );
  });

  it('relative ratio, minmax, sum: in [0, 1], monotone in the direction over the column', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.001, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('ratio' as const, 'minmax' as const, 'sum' as const),
        fc.constantFrom('higher' as const, 'lower' as const),
        fc.nat(),
        fc.nat(),
        (column, relative, direction, i, j) => {
          const c = number('n', { direction, scoring: { kind: 'relative', relative } });
          const stats = columnStats(column);
          const a = column[i % column.length] ?? NaN;
          const b = column[j % column.length] ?? NaN;
          const [x1, x2] = a <= b ? [a, b] : [b, a];
          const u1 = numberUtility(c, x1, stats);
          const u2 = numberUtility(c, x2, stats);
          inUnit(u1);
          inUnit(u2);
          if (direction === 'higher') expect(u1).toBeLessThanOrEqual(u2 + eps);
          else expect(u1).toBeGreaterThanOrEqual(u2 - eps);
        },
      ),
    );
  });

  it('choice: in [0, 1], and the best option scores 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        (scores, k) => {
          fc.pre(scores.some((x) => x > 0));
          const c = choice(
            'c',
            scores.map((sc, i) => [`o${i}`, sc] as [string, number]),
          );
          inUnit(choiceUtility(c, `o${k % scores.length}`));
          const best = scores.indexOf(Math.max(...scores));
          expect(choiceUtility(c, `o${best}`)).toBe(1);
        },
      ),
    );
  });

  it('multi: in [0, 1] and non-decreasing as options are added', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 6 }),
        fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.nat(),
        (points, cap, picks, extra) => {
          const opts = points.map((pt, i) => [`o${i}`, pt] as [string, number]);
          const c = multi('m', opts, cap === undefined ? {} : { cap });
          const chosen = [...new Set(picks.map((k) => `o${k % points.length}`))];
          const more = [...chosen, `o${extra % points.length}`];
          const u1 = multiUtility(c, chosen);
          const u2 = multiUtility(c, more);
          inUnit(u1);
          inUnit(u2);
          expect(u1).toBeLessThanOrEqual(u2);
          if (cap === undefined && points.some((x) => x > 0)) {
            expect(
              multiUtility(
                c,
                opts.map(([v]) => v),
              ),
            ).toBe(1);
          }
        },
      ),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Every decision method, on random decision matrices (tests/core/methods/fixtures.ts).

describe.each(builtinMethods.map((m) => [m.id, m] as const))(
  'decision method %s (fast-check)',
  (_, method) => {
    /** Methods whose figures do not depend on the order of the alternatives, bit for bit. */
    const exact = ['weighted-sum', 'weighted-product', 'vikor'].includes(method.id);
    const slack = exact ? 0 : 1e-9;
    /** Decimal digits to which permuted figures agree when not bit for bit (sums reordered). */
    const digits = method.id === 'promethee2' ? 10 : 9;
    const problems = fc
      .tuple(methodProblemArb(), optionsArb(method))
      .map(([p, options]): MethodProblem => ({ ...p, options }));

    it('scores are finite and in [0, 100]', () => {
      fc.assert(
        fc.property(problems, (p) => {
          for (const s of method.score(methodInput(p)).scores) {
            expect(Number.isFinite(s)).toBe(true);
            expect(s).toBeGreaterThanOrEqual(0);
            expect(s).toBeLessThanOrEqual(100 + 1e-9);
          }
        }),
      );
    });

    it('permuting the alternatives permutes the scores, the details and keeps the summary', () => {
      fc.assert(
        fc.property(withPermutation(problems), ([p, perm]) => {
          const out = method.score(methodInput(p));
          const moved = method.score(methodInput(permuted(p, perm)));
          perm.forEach((from, to) => {
            if (exact) {
              expect(moved.scores[to]).toBe(out.scores[from]);
              expect(moved.details?.[to]).toEqual(out.details?.[from]);
              return;
            }
            expect(moved.scores[to]).toBeCloseTo(out.scores[from] ?? NaN, digits);
            for (const [key, value] of Object.entries(out.details?.[from] ?? {})) {
              expect(moved.details?.[to]?.[key]).toBeCloseTo(value, digits);
            }
          });
          expect(moved.summary).toEqual(out.summary);
        }),
      );
    });

    it('a dominated alternative never scores above its dominator', () => {
      // Dominance on the raw figures (respecting direction), which is dominance on the
      // utilities too, unanswered in the same places. PROMETHEE II compares an outsider with the
      // reference only, so there both must be in the reference or both outside it.
      const sameField = method.id === 'promethee2';
      fc.assert(
        fc.property(problems, (p) => {
          const inp = methodInput(p);
          const out = method.score(inp);
          p.performance.forEach((_, i) => {
            p.performance.forEach((__, k) => {
              if (i === k || !dominatesOnFigures(p, i, k)) return;
              if (sameField && inp.reference[i] !== inp.reference[k]) return;
              expect(out.scores[k] ?? NaN).toBeLessThanOrEqual((out.scores[i] ?? NaN) + slack);
              if (method.id === 'vikor') {
                expect(out.details?.[i]?.Q ?? NaN).toBeLessThanOrEqual(out.details?.[k]?.Q ?? NaN);
              }
            });
          });
        }),
      );
    });

    it('an appended complete pair, one dominating the other by up to 200, keeps its order', () => {
      fc.assert(
        fc.property(
          problems,
          fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 5, maxLength: 5 }),
          (p, gaps) => {
            const dirs = p.directions ?? [];
            const top = p.weights.map((_, j) => (j * 37) % 500);
            const low = top.map((x, j) =>
              dirs[j] === 'lower' ? x + (gaps[j] ?? 0) : x - (gaps[j] ?? 0),
            );
            // Utilities rescaled from [−200, 500] and oriented, so the pair dominates on them too.
            const utility = (row: number[]) =>
              row.map((x, j) => {
                const u = (x + 200) / 700;
                return dirs[j] === 'lower' ? 1 - u : u;
              });
            const m = p.performance.length;
            const out = method.score(
              methodInput({
                ...p,
                performance: [...p.performance, top, low],
                utilities: [...(p.utilities ?? []), utility(top), utility(low)],
                reference: [...(p.reference ?? []), true, true],
              }),
            );
            expect(out.scores[m + 1] ?? NaN).toBeLessThanOrEqual((out.scores[m] ?? NaN) + slack);
          },
        ),
      );
    });
  },
);
