import { describe, expect, it } from 'vitest';
import { tippingPoints } from '../../../src/core/analysis/tipping-points.js';
import { builtinMethods } from '../../../src/core/methods/index.js';
import { weightedSum } from '../../../src/core/methods/weighted-sum.js';
import { group, set } from '../builders.js';
import { prepared, unit, vendors } from './helpers.js';

/** The weighted sum taken down the numeric path (any method but `weighted-sum` goes there). */
const numericSum = { ...weightedSum, id: 'weighted-sum-numeric' };

describe('tippingPoints: two vendors, two criteria', () => {
  // A = (0.9, 0.2), B = (0.3, 0.8), w = (0.6, 0.4): A leads 62 to 50. The scores meet where
  // w1·0.9 + (1 − w1)·0.2 = w1·0.3 + (1 − w1)·0.8, at w1 = 0.5 (and so w2 = 0.5).
  const s = set([unit('c1', 0.6), unit('c2', 0.4)]);
  const p = prepared(s, vendors({ a: { c1: 0.9, c2: 0.2 }, b: { c1: 0.3, c2: 0.8 } }));

  it('the weighted sum gives the closed form', () => {
    expect(tippingPoints(p, weightedSum)).toEqual({
      criteria: [
        // smallest relative change first: c1 by 0.1 of 0.6, c2 by 0.1 of 0.4
        { id: 'c1', weight: 0.6, newWeight: 0.5, newLeader: 'b', leader: 'a' },
        { id: 'c2', weight: 0.4, newWeight: 0.5, newLeader: 'b', leader: 'a' },
      ],
      categories: [],
    });
  });

  it('the numeric search agrees within 10⁻⁶', () => {
    const { criteria } = tippingPoints(p, numericSum);
    expect(criteria.map((c) => [c.id, c.newLeader])).toEqual([
      ['c1', 'b'],
      ['c2', 'b'],
    ]);
    for (const c of criteria) expect(Math.abs(c.newWeight - 0.5)).toBeLessThan(1e-6);
  });

  it.each([...builtinMethods.map((m) => m.id)])('%s finds the one crossing there is', (id) => {
    // with two vendors and two criteria every method prefers a where c1 counts more
    const method = builtinMethods.find((m) => m.id === id) ?? weightedSum;
    const { criteria } = tippingPoints(p, method);
    expect(criteria.map((c) => [c.id, c.leader, c.newLeader])).toEqual([
      ['c1', 'a', 'b'],
      ['c2', 'a', 'b'],
    ]);
  });
});

describe('tippingPoints: who can lead', () => {
  it.each(builtinMethods.map((m) => [m.id, m] as const))(
    '%s: a vendor better on every criterion has no tipping point',
    (_, method) => {
      const s = set([group('g', [unit('c1', 2), unit('c2', 1)]), unit('c3', 1)]);
      const p = prepared(
        s,
        vendors({
          top: { c1: 0.9, c2: 0.8, c3: 0.7 },
          mid: { c1: 0.5, c2: 0.6, c3: 0.4 },
          low: { c1: 0.1, c2: 0.2, c3: 0.3 },
        }),
      );
      expect(tippingPoints(p, method)).toEqual({ criteria: [], categories: [] });
    },
  );

  it('the nearest challenger takes the lead, and of two meeting the leader together the one rising faster', () => {
    // w = (0.3, 0.7); along c1's weight t: a = 60, b = 100t (meets a at 0.6), steep = 30 + 60t
    // and gentle = 40 + 40t (both meet a at 0.5); beyond 0.5 steep is ahead, though gentle
    // comes first by id
    const s = set([unit('c1', 3), unit('c2', 7)]);
    const p = prepared(
      s,
      vendors({
        a: { c1: 0.6, c2: 0.6 },
        b: { c1: 1, c2: 0 },
        steep: { c1: 0.9, c2: 0.3 },
        gentle: { c1: 0.8, c2: 0.4 },
      }),
    );
    const c1 = tippingPoints(p, weightedSum).criteria.find((c) => c.id === 'c1');
    expect(c1).toEqual({ id: 'c1', weight: 0.3, newWeight: 0.5, newLeader: 'steep', leader: 'a' });
    const numeric = tippingPoints(p, numericSum).criteria.find((c) => c.id === 'c1');
    expect(numeric?.newLeader).toBe('steep');
  });

  it('an ineligible vendor never leads: the eligible challenger behind it does', () => {
    // out fails c3's knock-out (at least 0.5); it would lead from c1 = 0.4, b only from 0.5
    const s = set([unit('c1', 3), unit('c2', 7), unit('c3', 0, { min: 0.5 })]);
    const p = prepared(
      s,
      vendors({
        a: { c1: 0.6, c2: 0.6, c3: 1 },
        b: { c1: 0.9, c2: 0.3, c3: 1 },
        out: { c1: 1, c2: 0.2, c3: 0 },
      }),
    );
    const c1 = tippingPoints(p, weightedSum).criteria.find((c) => c.id === 'c1');
    expect(c1).toEqual({ id: 'c1', weight: 0.3, newWeight: 0.5, newLeader: 'b', leader: 'a' });
  });

  it('no eligible challenger: nothing can change the leader', () => {
    const s = set([unit('c1'), unit('c2', 1, { min: 0.5 })]);
    const p = prepared(s, vendors({ a: { c1: 0.1, c2: 0.9 }, b: { c1: 1, c2: 0.2 } }));
    expect(tippingPoints(p, weightedSum)).toEqual({ criteria: [], categories: [] });
  });

  it('a tied lead is the group: the tipping point is where another vendor passes both', () => {
    // w = (0.2, 0.4, 0.4): a and b tie at 50. Along c1's weight t: a = 50, b = 45 + 25t,
    // c = 35 + 65t: c passes a at t ≈ 0.231 but b only at 0.25, where it leads both
    const s = set([unit('c1', 2), unit('c2', 4), unit('c3', 4)]);
    const p = prepared(
      s,
      vendors({
        a: { c1: 0.5, c2: 0.5, c3: 0.5 },
        b: { c1: 0.7, c2: 0.45, c3: 0.45 },
        c: { c1: 1, c2: 0.35, c3: 0.35 },
      }),
    );
    const exact = tippingPoints(p, weightedSum).criteria.find((c) => c.id === 'c1');
    expect(exact).toMatchObject({ weight: 0.2, newLeader: 'c', leader: 'a, b (tied)' });
    expect(exact?.newWeight).toBeCloseTo(0.25, 12);
    const numeric = tippingPoints(p, numericSum).criteria.find((c) => c.id === 'c1');
    expect(numeric).toMatchObject({ weight: 0.2, newLeader: 'c', leader: 'a, b (tied)' });
    expect(Math.abs((numeric?.newWeight ?? 0) - 0.25)).toBeLessThan(1e-6);
  });

  it('scores only level at a weight of 100 % are no change of leader', () => {
    // b equals a on c2 (both 1) and is behind on c1: at c2 = 100 % they tie, and nowhere does b lead
    const s = set([unit('c1'), unit('c2')]);
    const p = prepared(s, vendors({ a: { c1: 0.8, c2: 1 }, b: { c1: 0.2, c2: 1 } }));
    for (const method of builtinMethods)
      expect([method.id, tippingPoints(p, method).criteria]).toEqual([method.id, []]);
  });
});

describe('tippingPoints: groups and edge weights', () => {
  const rows = {
    a: { c1: 0.9, c2: 0.2, c3: 0.5 },
    b: { c1: 0.3, c2: 0.8, c3: 0.5 },
  };

  it('a category with one criterion tips where the criterion does', () => {
    const s = set([group('g1', [unit('c1', 1)], { weight: 0.6 }), unit('c2', 0.4)]);
    const p = prepared(s, vendors(rows));
    for (const method of [weightedSum, ...builtinMethods]) {
      const { criteria, categories } = tippingPoints(p, method);
      const c1 = criteria.find((c) => c.id === 'c1');
      expect(c1).toBeDefined();
      expect(categories).toEqual([{ ...c1, id: 'g1' }]);
    }
  });

  it('a group moves its criteria together, in their proportions within it', () => {
    // g = {c1: 3, c3: 1} at 0.5, c2 at 0.5. Along g's weight t: a = t·(0.75·90 + 0.25·50) +
    // (1 − t)·20 = 20 + 60t, b = t·(0.75·30 + 0.25·50) + (1 − t)·80 = 80 − 45t: equal at 4/7
    const s = set([group('g', [unit('c1', 3), unit('c3', 1)]), unit('c2')]);
    const p = prepared(s, vendors(rows));
    const [g] = tippingPoints(p, weightedSum).categories;
    expect(g).toMatchObject({ id: 'g', weight: 0.5, newLeader: 'a', leader: 'b' });
    expect(g?.newWeight).toBeCloseTo(60 / 105, 12);
  });

  it('a node weighing 0 takes weight spread over its criteria as they weigh within it', () => {
    // the group weighs 0 (b leads on c2 alone); along its weight t, with c1 : c3 = 3 : 1 inside:
    // a = 20 + 60t, b = 80 − 45t as above, equal at 4/7
    const s = set([group('g', [unit('c1', 3), unit('c3', 1)], { weight: 0 }), unit('c2')]);
    const p = prepared(s, vendors(rows));
    const { categories, criteria } = tippingPoints(p, weightedSum);
    expect(categories).toHaveLength(1);
    expect(categories[0]).toMatchObject({ id: 'g', weight: 0, newLeader: 'a', leader: 'b' });
    expect(categories[0]?.newWeight).toBeCloseTo(60 / 105, 12);
    // c1 alone from 0: a = 20 + 70t, b = 80 − 50t, equal at 0.5
    expect(criteria.find((c) => c.id === 'c1')?.newWeight).toBeCloseTo(0.5, 12);
  });

  it('a node holding all the weight has nothing to trade against and is left out', () => {
    const s = set([group('all', [unit('c1', 0.6), unit('c2', 0.4)])]);
    const p = prepared(s, vendors(rows));
    const { categories, criteria } = tippingPoints(p, weightedSum);
    expect(categories).toEqual([]);
    expect(criteria.map((c) => [c.id, c.newWeight])).toEqual([
      ['c1', 0.5],
      ['c2', 0.5],
    ]);
  });

  it('sorts by relative change, smallest first; a node weighing 0 last', () => {
    // w = (c1 .25, c2 .25, z 0, c3 .5): a 62.5, b 52.5. b leads from c2 = 5/14 (+43 %), from
    // c1 = 0.1 (−60 %) and from z = 1/11 (from 0); c3 moves both alike
    const s = set([unit('c1', 1), unit('c2', 1), unit('z', 0), unit('c3', 2)]);
    const p = prepared(
      s,
      vendors({
        a: { c1: 0.9, c2: 0.2, c3: 0.7, z: 0 },
        b: { c1: 0.3, c2: 0.8, c3: 0.5, z: 1 },
      }),
    );
    const { criteria } = tippingPoints(p, weightedSum);
    expect(criteria.map((c) => c.id)).toEqual(['c2', 'c1', 'z']);
    const expected = [5 / 14, 0.1, 1 / 11];
    criteria.forEach((c, i) => expect(c.newWeight).toBeCloseTo(expected[i] ?? NaN, 12));
  });
});
