import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tippingPoints } from '../../../src/core/analysis/tipping-points.js';
import { builtinMethods } from '../../../src/core/methods/index.js';
import type { DecisionMethod } from '../../../src/core/methods/types.js';
import { weightedSum } from '../../../src/core/methods/weighted-sum.js';
import type { MissingPolicy } from '../../../src/core/model/ranking.js';
import type { TippingPoint } from '../../../src/core/model/sensitivity.js';
import type { TreeNode } from '../../../src/core/model/types.js';
import { group, set } from '../builders.js';
import { criteriaUnder, leadersAt, prepared, unit, vendors } from './helpers.js';

/**
 * A small problem: 2–4 criteria (the first two in a category or not; the last a knock-out of at
 * least 0.25 or not), 2–4 vendors. Re-scoring (`leadersAt`) gives the method every vendor,
 * eligible or not, as a ranking does.
 */
const problemArb = fc
  .record({
    weights: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 4 }),
    grouped: fc.boolean(),
    knockout: fc.boolean(),
    vendorCount: fc.integer({ min: 2, max: 4 }),
  })
  .chain(({ weights, grouped, knockout, vendorCount }) =>
    fc.record({
      weights: fc.constant(weights),
      grouped: fc.constant(grouped),
      knockout: fc.constant(knockout),
      // utilities in steps of 1/40, some unanswered (used under `exclude` only)
      rows: fc.array(
        fc.array(fc.option(fc.integer({ min: 0, max: 40 }), { freq: 8 }), {
          minLength: weights.length,
          maxLength: weights.length,
        }),
        { minLength: vendorCount, maxLength: vendorCount },
      ),
    }),
  );

type Problem = typeof problemArb extends fc.Arbitrary<infer T> ? T : never;

function build(problem: Problem, missing: MissingPolicy) {
  const last = problem.weights.length - 1;
  const criteria = problem.weights.map((w, j) =>
    unit(`c${j + 1}`, w, problem.knockout && j === last ? { min: 0.25 } : {}),
  );
  const [first, second, ...rest] = criteria;
  const nodes: TreeNode[] =
    problem.grouped && first && second ? [group('g', [first, second]), ...rest] : criteria;
  const rows = Object.fromEntries(
    problem.rows.map((row, i) => [
      `v${i + 1}`,
      Object.fromEntries(
        row.flatMap((u, j) =>
          u === null && missing === 'exclude' ? [] : [[`c${j + 1}`, (u ?? 0) / 40]],
        ),
      ),
    ]),
  );
  const s = set(nodes);
  const nodeById = new Map<string, TreeNode>();
  const visit = (n: TreeNode): void => {
    nodeById.set(n.id, n);
    if (n.kind === 'group') n.children.forEach(visit);
  };
  s.root.children.forEach(visit);
  return { p: prepared(s, vendors(rows), missing), nodeById };
}

const leadersOf = (p: TippingPoint) => p.leader.replace(/ \(tied\)$/, '').split(', ');

/** Just before and just past every tipping point, re-scored by the method itself. */
function checkAround(method: DecisionMethod, problem: Problem, missing: MissingPolicy): void {
  const { p, nodeById } = build(problem, missing);
  const { criteria, categories } = tippingPoints(p, method);
  const epsilon = 1e-5;
  for (const point of [...criteria, ...categories]) {
    const node = nodeById.get(point.id);
    if (!node) throw new Error(`no node ${point.id}`);
    const ids = criteriaUnder(node);
    const direction = Math.sign(point.newWeight - point.weight);
    const at = (t: number) => leadersAt(p, method, ids, point.weight, Math.min(1, Math.max(0, t)));
    const old = leadersOf(point);
    // just before: the lead is still the old leader's (one of a tied lead's vendors)
    for (const id of at(point.newWeight - direction * epsilon)) expect(old).toContain(id);
    // just past: the new leader leads, and it is not one of the old
    expect(at(point.newWeight + direction * epsilon)).toContain(point.newLeader);
    expect(old).not.toContain(point.newLeader);
  }
}

describe('tippingPoints: the leader changes there and not before', () => {
  it.each(builtinMethods.map((m) => [m.id, m] as const))('%s', (_, method) => {
    fc.assert(
      fc.property(problemArb, (problem) => checkAround(method, problem, 'zero')),
      { numRuns: 40, seed: 13 },
    );
  });

  it('weighted sum under --missing exclude (the numeric path)', () => {
    fc.assert(
      fc.property(problemArb, (problem) => checkAround(weightedSum, problem, 'exclude')),
      { numRuns: 60, seed: 13 },
    );
  });
});
