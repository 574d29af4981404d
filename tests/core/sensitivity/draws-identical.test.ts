// The fast sensitivity draws (a block-buffered uniform stream, Dirichlet groups in one flat loop,
// insertion-sorted ranks, the weighted sum with 100·w hoisted and four vendors summed side by
// side, confidence re-scoring only the vendors whose answers are drawn) hold every figure the
// simple code gave: each is compared bit for bit with the reference in reference-draws.ts, over
// many seeds, weights and spreads, shapes below 1 (log space) and above, weights of 0, spread 0.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerRangeSampler } from '../../../src/core/analysis/sensitivity/answer-ranges.js';
import { dirichletSampler } from '../../../src/core/analysis/sensitivity/dirichlet.js';
import { NormalSource } from '../../../src/core/analysis/sensitivity/gamma.js';
import { seededRandom, Xoshiro128 } from '../../../src/core/analysis/sensitivity/random.js';
import { rangedGroupSampler } from '../../../src/core/analysis/sensitivity/range-weights.js';
import { Ranker } from '../../../src/core/analysis/sensitivity/ranks.js';
import { matrixOf, scorerOf } from '../../../src/core/analysis/sensitivity/scorer.js';
import { simulate } from '../../../src/core/analysis/sensitivity/simulate.js';
import type { GroupSampler, Random } from '../../../src/core/analysis/sensitivity/types.js';
import { weightDrawer } from '../../../src/core/analysis/sensitivity/weight-draw.js';
import type { WeightGroup } from '../../../src/core/analysis/sensitivity/weight-tree.js';
import { findMethod } from '../../../src/core/methods/index.js';
import type { DecisionMethod } from '../../../src/core/methods/types.js';
import type { AnswerRange } from '../../../src/core/model/types.js';
import { prepareRanking, type PreparedRanking } from '../../../src/core/scoring/rank.js';
import { answer, group, number, scale, set, valueOf, vendor } from '../builders.js';
import {
  ReferenceNormal,
  ReferenceRanker,
  referenceDirichlet,
  referenceWeightDrawer,
  referenceWeightedSum,
} from './reference-draws.js';

/** Every double exactly (String round-trips a double; −0 spelled out). */
const exact = (xs: ArrayLike<number>): string[] =>
  Array.from(xs, (x) => (Object.is(x, -0) ? '-0' : String(x)));

const seed = fc.integer({ min: 0, max: 2 ** 40 });
/** Weights as a group states them: zeros, tiny ones (shapes far below 1), whole numbers. */
const weight = fc.oneof(
  fc.constant(0),
  fc.double({ min: 1e-6, max: 1, noNaN: true }),
  fc.integer({ min: 1, max: 40 }),
);
const weights = fc.array(weight, { minLength: 1, maxLength: 12 });
const spread = fc.oneof(
  fc.constantFrom(0, 0.01, 0.2, 0.35, 0.6, 0.9, 0.99),
  fc.double({ min: 0, max: 0.999, noNaN: true }),
);

describe('the uniform stream', () => {
  it("hands out Xoshiro128's sequence, read one by one or a block at a time", () => {
    fc.assert(
      fc.property(
        seed,
        fc.array(fc.integer({ min: 1, max: 900 }), { maxLength: 12 }),
        (s, runs) => {
          const stream = seededRandom(s);
          const reference = new Xoshiro128(s);
          const got: number[] = [];
          const want: number[] = [];
          runs.forEach((count, r) => {
            if (r % 2 === 0) {
              for (let i = 0; i < count; i++) got.push(stream.next());
            } else {
              // as drawDirichlets reads: straight from the block, refilled ahead when short
              if (stream.position > stream.buffer.length - count) stream.refill();
              for (let i = 0; i < count; i++) got.push(stream.buffer[stream.position++] as number);
            }
            for (let i = 0; i < count; i++) want.push(reference.next());
          });
          expect(exact(got)).toEqual(exact(want));
          expect(stream.next()).toBe(reference.next());
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('Dirichlet draws equal the variate-by-variate reference', () => {
  it('for any weights, spread and seed, draw after draw, leaving the stream where it left it', () => {
    fc.assert(
      fc.property(weights, spread, seed, fc.integer({ min: 1, max: 80 }), (w, s, sd, draws) => {
        const fast = dirichletSampler(w, s, new NormalSource());
        const slow = referenceDirichlet(w, s, new ReferenceNormal());
        const stream = seededRandom(sd);
        const reference = new Xoshiro128(sd);
        const a = new Float64Array(w.length);
        const b = new Float64Array(w.length);
        for (let t = 0; t < draws; t++) {
          fast(stream, a);
          slow(reference, b);
          expect(exact(a)).toEqual(exact(b));
        }
        expect(stream.next()).toBe(reference.next());
      }),
      { numRuns: 600 },
    );
  });

  it('in log space (shapes below 1) and directly (all shapes at least 1), across block ends', () => {
    const cases = [
      { w: [0.5, 0.3, 0.15, 0.05], s: 0.95 }, // every shape below 1: all boosted, log space
      { w: [97, 2, 1, 0], s: 0.2 }, // one shape below 1 puts the group in log space
      { w: [1, 2, 3, 4, 5, 6], s: 0.2 }, // every shape at least 1
      { w: [1, 1e-9, 0, 3], s: 0.05 }, // a shape of order 1e-6 (U^(1/a) underflows)
      { w: [0, 5, 0], s: 0.5 }, // one positive weight: as given
      { w: [0.3, 0.7], s: 0 }, // spread 0: as given, nothing drawn
    ];
    for (const { w, s } of cases) {
      for (const sd of [1, 7, 123456789]) {
        const fast = dirichletSampler(w, s, new NormalSource());
        const slow = referenceDirichlet(w, s, new ReferenceNormal());
        const stream = seededRandom(sd);
        const reference = new Xoshiro128(sd);
        const a = new Float64Array(w.length);
        const b = new Float64Array(w.length);
        // thousands of draws: the reads cross many block ends at every offset
        for (let t = 0; t < 3000; t++) {
          fast(stream, a);
          slow(reference, b);
          if (exact(a).join() !== exact(b).join())
            expect(exact(a), `${w.join(', ')} spread ${s} seed ${sd} draw ${t}`).toEqual(exact(b));
        }
        expect(stream.next()).toBe(reference.next());
      }
    }
  });

  it('hands the polar spare to and from NormalSource.next', () => {
    fc.assert(
      fc.property(
        weights,
        spread,
        seed,
        fc.array(fc.boolean(), { maxLength: 30 }),
        (w, s, sd, turns) => {
          const normal = new NormalSource();
          const referenceNormal = new ReferenceNormal();
          const fast = dirichletSampler(w, s, normal);
          const slow = referenceDirichlet(w, s, referenceNormal);
          const stream = seededRandom(sd);
          const reference = new Xoshiro128(sd);
          const a = new Float64Array(w.length);
          const b = new Float64Array(w.length);
          for (const group of turns) {
            if (group) {
              fast(stream, a);
              slow(reference, b);
              expect(exact(a)).toEqual(exact(b));
            } else expect(normal.next(stream)).toBe(referenceNormal.next(reference));
          }
          expect(stream.next()).toBe(reference.next());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('draws the same on a source that is not the stream (variate by variate)', () => {
    fc.assert(
      fc.property(weights, spread, seed, (w, s, sd) => {
        const generator = new Xoshiro128(sd);
        const plain: Random = { next: () => generator.next() };
        const fast = dirichletSampler(w, s, new NormalSource());
        const slow = referenceDirichlet(w, s, new ReferenceNormal());
        const reference = new Xoshiro128(sd);
        const a = new Float64Array(w.length);
        const b = new Float64Array(w.length);
        for (let t = 0; t < 20; t++) {
          fast(plain, a);
          slow(reference, b);
          expect(exact(a)).toEqual(exact(b));
        }
      }),
      { numRuns: 200 },
    );
  });
});

/** A weight tree as `weightGroups` lays it out: groups in pre-order, each child a criterion or a group. */
interface TreeNode {
  weight: number;
  children: TreeNode[] | null;
  /** Drawn by a given sampler instead of Dirichlet (a group only). */
  given: boolean;
}

const { tree } = fc.letrec<{ tree: TreeNode }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ weight, children: fc.constant(null), given: fc.constant(false) }),
    fc.record({
      weight,
      children: fc.array(tie('tree'), { minLength: 1, maxLength: 5 }),
      given: fc.boolean(),
    }),
  ),
}));

function layout(root: TreeNode): { groups: WeightGroup[]; criteria: number; given: Set<string> } {
  const groups: WeightGroup[] = [];
  const given = new Set<string>();
  let criteria = 0;
  const visit = (node: TreeNode): void => {
    const children = node.children ?? [];
    const entry: WeightGroup = {
      id: `g${groups.length}`,
      children: children.map((_, k) => `c${k}`),
      stated: children.map((c) => c.weight),
      criterion: children.map((c) => (c.children ? -1 : criteria++)),
      group: children.map(() => -1),
    };
    if (node.given) given.add(entry.id);
    groups.push(entry);
    children.forEach((child, k) => {
      if (!child.children) return;
      entry.group[k] = groups.length;
      visit(child);
    });
  };
  visit({ ...root, children: root.children ?? [root] });
  return { groups, criteria, given };
}

/** A given sampler drawing from the same stream: uniform shares, or SMAA-2 weight ranges. */
function givenSampler(group: WeightGroup, walk: boolean): GroupSampler {
  if (group.children.length >= 2 && walk)
    return rangedGroupSampler(
      group.stated.map((w) => ({ min: w / 2, max: w + 1 })),
      { walk: true },
    );
  return (rng, out) => {
    let total = 0;
    for (let k = 0; k < out.length; k++) total += out[k] = 0.5 + rng.next();
    for (let k = 0; k < out.length; k++) out[k] = (out[k] as number) / total;
  };
}

describe('the weight drawer equals the group-by-group reference', () => {
  it('on any tree, given samplers between Dirichlet groups, for any spread and seed', () => {
    fc.assert(
      fc.property(
        tree,
        spread,
        seed,
        fc.boolean(),
        fc.integer({ min: 1, max: 40 }),
        (root, s, sd, walk, draws) => {
          const { groups, criteria, given } = layout(root);
          const samplers = (): Map<string, GroupSampler> =>
            new Map(
              groups.filter((g) => given.has(g.id)).map((g) => [g.id, givenSampler(g, walk)]),
            );
          const fast = weightDrawer(groups, s, samplers(), criteria);
          const slow = referenceWeightDrawer(groups, s, samplers());
          const stream = seededRandom(sd);
          const reference = new Xoshiro128(sd);
          const a = new Float64Array(criteria);
          const b = new Float64Array(criteria);
          for (let t = 0; t < draws; t++) {
            fast(stream, a);
            slow(reference, b);
            expect(exact(a)).toEqual(exact(b));
          }
          expect(stream.next()).toBe(reference.next());
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('ranks and scores equal the reference', () => {
  const score = fc.oneof(
    fc.constantFrom(0, -0, 50, 50 + 5e-8, 100, Infinity, -Infinity, NaN),
    fc.double({ min: -1e3, max: 1e3, noNaN: true }),
  );

  it('Ranker ranks as the comparator sort did, draw after draw: ties, NaN and infinities too', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80 }).chain((m) =>
          fc.tuple(
            fc.constant(m),
            fc.subarray(
              Array.from({ length: m }, (_, i) => i),
              { minLength: 1 },
            ),
            fc.array(fc.array(score, { minLength: m, maxLength: m }), { maxLength: 12 }),
          ),
        ),
        ([, members, draws]) => {
          const fast = new Ranker(members);
          const slow = new ReferenceRanker(members);
          const a = new Int32Array(members.length);
          const b = new Int32Array(members.length);
          for (const scores of draws) {
            fast.rank(Float64Array.from(scores), a);
            slow.rank(Float64Array.from(scores), b);
            expect([...a]).toEqual([...b]);
          }
        },
      ),
      { numRuns: 800 },
    );
  });

  it('the weighted-sum scorer gives every ranked vendor the same score', () => {
    const weightedSum = findMethod('weighted-sum') as DecisionMethod;
    const utility = fc.oneof(
      fc.constant(NaN),
      fc.constantFrom(0, 1),
      fc.double({ min: 0, max: 1, noNaN: true }),
    );
    const problem = fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 10 }))
      .chain(([m, n]) =>
        fc.record({
          m: fc.constant(m),
          cells: fc.array(utility, { minLength: m * n, maxLength: m * n }),
          draws: fc.array(
            fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
            {
              minLength: 1,
              maxLength: 5,
            },
          ),
          rows: fc.subarray(
            Array.from({ length: m }, (_, i) => i),
            { minLength: 1 },
          ),
        }),
      );
    fc.assert(
      fc.property(problem, fc.boolean(), ({ m, cells, draws, rows }, exclude) => {
        const utilities = Float64Array.from(cells);
        const n = cells.length / m;
        const matrix = { vendors: m, criteria: n, utilities, performance: utilities };
        // the weighted sum's scorer reads nothing of the preparation but the missing policy
        const prepared = { input: { missing: exclude ? 'exclude' : 'zero' } } as PreparedRanking;
        const fast = scorerOf(prepared, weightedSum, {}, matrix, false, rows);
        for (const w of draws) {
          const a = new Float64Array(m);
          const b = new Float64Array(m);
          fast(Float64Array.from(w), a);
          referenceWeightedSum(utilities, m, exclude, Float64Array.from(w), b);
          expect(exact(rows.map((i) => a[i] as number))).toEqual(
            exact(rows.map((i) => b[i] as number)),
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('confidence with answer ranges scores again only the vendors whose answers are drawn', () => {
  const ranged = (range: AnswerRange, value: number) => [{ ...answer(value), range }];
  const s = set([
    group('service', [
      number('sla', { scoring: { kind: 'linear', worst: 60, best: 90 } }),
      number('speed', { direction: 'lower' }), // relative: the whole column is re-scored
    ]),
    scale('quality', { weight: 2 }),
    scale('culture'),
  ]);
  const field = [
    vendor('a', {
      sla: ranged({ kind: 'uniform', min: 78, max: 86 }, 82),
      speed: 30,
      quality: 4,
      culture: 3,
    }),
    vendor('b', { sla: 84, speed: 25, quality: 4, culture: 4 }),
    vendor('c', {
      sla: 80,
      speed: 20,
      quality: ranged({ kind: 'triangular', low: 3, mode: 4, high: 5 }, 4),
      culture: 3,
    }),
    vendor('d', { sla: 83, speed: 28, quality: 4, culture: 3 }),
    vendor('e', { sla: 70, quality: 2, culture: 5 }),
  ];
  const withSpeed = (drawn: boolean) =>
    field.map((v, i) =>
      i === 3 && drawn
        ? vendor('d', {
            sla: 83,
            speed: ranged({ kind: 'uniform', min: 20, max: 35 }, 27.5),
            quality: 4,
            culture: 3,
          })
        : v,
    );

  it('names every vendor a draw can change (the relative column: all its vendors)', () => {
    for (const drawn of [false, true]) {
      const prepared = valueOf(prepareRanking(s, withSpeed(drawn), { missing: 'zero' }));
      const sampler = answerRangeSampler(prepared);
      const rows = sampler?.rows ?? [];
      expect(rows).toEqual(drawn ? [0, 1, 2, 3] : [0, 2]);
      const { utilities, performance } = matrixOf(prepared);
      const before = [...utilities];
      const rng = seededRandom(3);
      for (let t = 0; t < 200; t++) sampler?.draw(rng, utilities, performance);
      const n = s.criteria.length;
      for (let v = 0; v < field.length; v++) {
        if (rows.includes(v)) continue;
        expect(exact(utilities.subarray(v * n, (v + 1) * n))).toEqual(
          exact(before.slice(v * n, (v + 1) * n)),
        );
      }
    }
  });

  it('gives the figures of scoring every vendor in every run', () => {
    const weightedSum = findMethod('weighted-sum') as DecisionMethod;
    for (const drawn of [false, true]) {
      for (const missing of ['zero', 'exclude'] as const) {
        const prepared = valueOf(prepareRanking(s, withSpeed(drawn), { missing }));
        const sampler = answerRangeSampler(prepared);
        if (!sampler) throw new Error('no ranged answers');
        for (const [seedValue, spreadValue] of [
          [1, 0],
          [5, 0.2],
          [9, 0.6],
        ] as const) {
          const settings = { iterations: 3000, seed: seedValue, spread: spreadValue };
          const fast = simulate(prepared, weightedSum, settings, { matrixSampler: sampler });
          const every = simulate(prepared, weightedSum, settings, {
            matrixSampler: { ...sampler, rows: undefined },
          });
          expect(JSON.stringify(fast)).toBe(JSON.stringify(every));
          expect(valueOf(fast).vendors.some((v) => (v.confidence ?? 1) < 1)).toBe(true);
        }
      }
    }
  });
});
