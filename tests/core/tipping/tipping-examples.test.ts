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

  it('the weighted sum: harbourline-care leads, puente-contact takes over as pricing gains weight', () => {
    const { categories } = tippingPoints(p, weightedSum);
    expect(categories[0]).toMatchObject({
      id: 'pricing',
      weight: 0.2,
      leader: 'harbourline-care',
      newLeader: 'puente-contact',
    });
    expect(categories[0]?.newWeight).toBeCloseTo(0.2694, 4);
  });

  it('the numeric search finds every exact weighted-sum tipping point within 10⁻⁶', () => {
    const exact = tippingPoints(p, weightedSum);
    const numeric = tippingPoints(p, { ...weightedSum, id: 'weighted-sum-numeric' });
    const shape = (list: typeof exact.criteria) => list.map((c) => [c.id, c.newLeader]);
    expect(shape(numeric.criteria)).toEqual(shape(exact.criteria));
    expect(shape(numeric.categories)).toEqual(shape(exact.categories));
    const pairs = [...exact.criteria, ...exact.categories].map((c, i) => [
      c.newWeight,
      [...numeric.criteria, ...numeric.categories][i]?.newWeight ?? NaN,
    ]);
    for (const [a = 0, b = 0] of pairs) expect(Math.abs(a - b)).toBeLessThan(1e-6);
  });

  it('under --missing exclude (the numeric path for the weighted sum) the lead changes there', () => {
    const excluded = preparedExamples('exclude');
    const [pricing] = tippingPoints(excluded, weightedSum).categories;
    expect(pricing).toMatchObject({
      id: 'pricing',
      leader: 'harbourline-care',
      newLeader: 'puente-contact',
    });
    const node = excluded.set.root.children.find((n) => n.id === 'pricing');
    if (!pricing || !node) throw new Error('no pricing category');
    const at = (t: number) =>
      leadersAt(excluded, weightedSum, criteriaUnder(node), pricing.weight, t);
    expect(at(pricing.newWeight - 1e-6)).toEqual(['harbourline-care']);
    expect(at(pricing.newWeight + 1e-6)).toEqual(['puente-contact']);
  });
});
