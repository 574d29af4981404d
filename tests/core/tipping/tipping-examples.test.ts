import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tippingPoints } from '../../../src/core/analysis/tipping-points.js';
import { builtinMethods, resolveMethodOptions } from '../../../src/core/methods/index.js';
import { weightedSum } from '../../../src/core/methods/weighted-sum.js';
import type { MissingPolicy } from '../../../src/core/model/ranking.js';
import { prepareRanking } from '../../../src/core/scoring/rank.js';
import { loadProject } from '../../../src/io/project.js';
import { valueOf } from '../builders.js';
import { criteriaUnder, leadersAt } from './helpers.js';

const examples = path.join(import.meta.dirname, '..', '..', '..', 'examples');

function preparedExamples(missing: MissingPolicy) {
  const project = valueOf(loadProject({ cwd: examples, paths: [], example: 'rank' }));
  return valueOf(prepareRanking(project.set, project.vendors, { missing }));
}

describe('tippingPoints on the shipped examples', () => {
  const p = preparedExamples('zero');
  const eligible = new Set(p.evaluations.filter((e) => e.eligible).map((e) => e.vendor.id));
  const groups = new Set(
    [...p.weights.values()].filter((w) => w.kind === 'group').map((w) => w.id),
  );

  it.each(builtinMethods.map((m) => [m.id, m] as const))('%s', (_, method) => {
    const { criteria, categories } = tippingPoints(p, method);
    expect(criteria.length).toBeGreaterThan(0);
    for (const point of [...criteria, ...categories]) {
      expect(point.newWeight).toBeGreaterThanOrEqual(0);
      expect(point.newWeight).toBeLessThanOrEqual(1);
      expect(point.newWeight).not.toBe(point.weight);
      expect(eligible.has(point.newLeader)).toBe(true);
      expect(point.newLeader).not.toBe(point.leader);
    }
    expect(categories.every((c) => groups.has(c.id))).toBe(true);
    expect(criteria.some((c) => groups.has(c.id))).toBe(false);
  });

  it.each(builtinMethods.map((m) => [m.id, m] as const))(
    '%s scores the eligible vendors alike without the others (the numeric search leaves them out)',
    (_, method) => {
      const options = resolveMethodOptions(method, p.set);
      const full = method.score({ ...p.input, options }).scores;
      const kept = p.evaluations.flatMap((e, i) => (e.eligible ? [i] : []));
      expect(kept.length).toBeLessThan(p.evaluations.length);
      const alone = method.score({
        ...p.input,
        options,
        alternatives: kept.map((i) => p.input.alternatives[i]).filter((a) => a !== undefined),
        reference: kept.map(() => true),
      }).scores;
      kept.forEach((i, k) => expect(alone[k]).toBeCloseTo(full[i] ?? NaN, 9));
    },
  );

  it('the weighted sum: puente-contact leads, harbourline-care takes over as pricing loses weight', () => {
    const { categories } = tippingPoints(p, weightedSum);
    expect(categories[0]).toMatchObject({
      id: 'pricing',
      weight: 0.3,
      leader: 'puente-contact',
      newLeader: 'harbourline-care',
    });
    expect(categories[0]?.newWeight).toBeCloseTo(0.2173, 4);
  });

  it('the numeric search finds every exact weighted-sum tipping point within 10⁻⁶', () => {
    const exact = tippingPoints(p, weightedSum);
    const numeric = tippingPoints(p, { ...weightedSum, id: 'weighted-sum-numeric' });
    // Matched by id: two criteria with the same weight and the same gap between the leaders
    // (security-access-control and security-caller-verification) tip at the same weight, and
    // rounding alone decides which of the two each search lists first.
    const shape = (list: typeof exact.criteria) =>
      list.map((c) => [c.id, c.newLeader]).sort(([a = ''], [b = '']) => a.localeCompare(b));
    expect(shape(numeric.criteria)).toEqual(shape(exact.criteria));
    expect(shape(numeric.categories)).toEqual(shape(exact.categories));
    const found = new Map(
      [...numeric.criteria, ...numeric.categories].map((c) => [c.id, c.newWeight]),
    );
    for (const c of [...exact.criteria, ...exact.categories])
      expect(Math.abs(c.newWeight - (found.get(c.id) ?? NaN))).toBeLessThan(1e-6);
    // and each list is in the same order, up to points whose relative changes are within 10⁻⁶
    const relative = (c: (typeof exact.criteria)[number]) =>
      Math.abs(c.newWeight - c.weight) / c.weight;
    for (const list of [numeric.criteria, numeric.categories])
      list.forEach((c, i) => {
        const next = list[i + 1];
        if (next) expect(relative(c)).toBeLessThan(relative(next) + 1e-6);
      });
  });

  it('under --missing exclude (the numeric path for the weighted sum) the lead changes there', () => {
    const excluded = preparedExamples('exclude');
    const [pricing] = tippingPoints(excluded, weightedSum).categories;
    expect(pricing).toMatchObject({
      id: 'pricing',
      leader: 'puente-contact',
      newLeader: 'harbourline-care',
    });
    const node = excluded.set.root.children.find((n) => n.id === 'pricing');
    if (!pricing || !node) throw new Error('no pricing category');
    const at = (t: number) =>
      leadersAt(excluded, weightedSum, criteriaUnder(node), pricing.weight, t);
    expect(pricing.newWeight).toBeCloseTo(0.2173, 4);
    expect(at(pricing.newWeight - 1e-6)).toEqual(['harbourline-care']);
    expect(at(pricing.newWeight + 1e-6)).toEqual(['puente-contact']);
  });
});
