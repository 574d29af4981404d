import { describe, expect, it } from 'vitest';
import { compareVendors } from '../../src/core/analysis/compare-vendors.js';
import { rankUnderEveryMethod } from '../../src/core/analysis/every-method.js';
import { compareMethods, comparisonOf } from '../../src/core/analysis/method-comparison.js';
import { paretoFront } from '../../src/core/analysis/pareto.js';
import { topRanked } from '../../src/core/analysis/top.js';
import { methodIds } from '../../src/core/methods/index.js';
import { weightedSum } from '../../src/core/methods/weighted-sum.js';
import { prepareRanking, rankPrepared } from '../../src/core/scoring/rank.js';
import { boolean, ranked, scale, set, valueOf, vendor } from './builders.js';

// quality 1–5 and speed 1–5, equal weights; soc2 is a must
const s = set([scale('quality'), scale('speed'), boolean('soc2', { must: { kind: 'true' } })]);
const vendors = [
  vendor('best', { quality: 5, speed: 5, soc2: true }),
  vendor('fast', { quality: 2, speed: 5, soc2: true }),
  vendor('slow', { quality: 2, speed: 1, soc2: true }),
  vendor('out', { quality: 5, speed: 5, soc2: false }),
];
const prepared = valueOf(prepareRanking(s, vendors, { missing: 'zero' }));
const ranking = valueOf(rankPrepared(prepared, weightedSum));

describe('analysis in core', () => {
  it('paretoFront keeps the eligible vendors nobody dominates, ranks unchanged', () => {
    const front = paretoFront(ranking);
    expect(front.vendors.map((v) => [v.id, v.rank])).toEqual([['best', 1]]);
    expect(ranking.vendors).toHaveLength(4);
  });

  it('rankUnderEveryMethod ranks under every built-in method, the primary first', () => {
    const all = valueOf(rankUnderEveryMethod(prepared, ranking));
    expect(all[0]).toBe(ranking);
    expect(all.map((r) => r.method).sort()).toEqual(methodIds().sort());
    const c = compareMethods(all);
    expect(c.orderedBy).toBe('weighted-sum');
    expect(c.sameWinner).toBe(true);
    expect(c.winners['topsis']).toEqual(['best']);
    expect(c.vendors.find((v) => v.id === 'out')?.ranks['weighted-sum']).toBeNull();
  });

  it('prepareRanking returns the issues of a bad --weights instead of throwing', () => {
    const r = prepareRanking(s, vendors, {
      missing: 'zero',
      weightOverrides: new Map([['qualty', 1]]),
    });
    expect(r.ok).toBe(false);
    expect(r.issues[0]?.rule).toBe('invalid-weight-override');
  });

  it('every method shares one preparation: the same records, each method its own scores', () => {
    const all = valueOf(rankUnderEveryMethod(prepared, ranking));
    const records = all.map((r) => r.vendors.find((v) => v.id === 'best')?.criteria);
    for (const other of records.slice(1)) expect(other).toBe(records[0]);
    expect(new Set(all.map((r) => r.method)).size).toBe(all.length);
  });

  it('compareVendors gives per-criterion contribution differences, largest first', () => {
    const byId = (id: string) => ranking.vendors.find((v) => v.id === id)!;
    const c = compareVendors(ranking, byId('best'), byId('out'));
    expect(c.eligibleCount).toBe(3);
    expect(c.scoreDifference).toBeCloseTo(100 / 3, 10);
    expect(c.rows.map((r) => r.id)).toEqual(['soc2', 'quality', 'speed']);
    expect(c.rows[0]?.difference).toBeCloseTo(100 / 3, 10);
    expect(c.rows.slice(1).map((r) => r.difference)).toEqual([0, 0]);
    expect(c.rows[0]?.b).toMatchObject({ value: false, utility: 0, knockout: 'must be yes' });
  });
});

describe('narrowing a ranking for display', () => {
  it('topRanked keeps ranks up to n, a tie at the cut whole, no ineligible vendor', () => {
    const tied = ranked(s, [...vendors, vendor('twin', { quality: 2, speed: 5, soc2: true })], {
      method: weightedSum,
      missing: 'zero',
    });
    expect(topRanked(tied, 2).vendors.map((v) => [v.id, v.rank])).toEqual([
      ['best', 1],
      ['fast', 2],
      ['twin', 2],
    ]);
    expect(topRanked(tied, undefined)).toBe(tied);
  });

  it('comparisonOf keeps the named vendors in the comparison’s order', () => {
    const all = valueOf(rankUnderEveryMethod(prepared, ranking));
    const c = comparisonOf(compareMethods(all), ['slow', 'best']);
    expect(c.vendors.map((v) => v.id)).toEqual(['best', 'slow']);
    expect(c.methods).toEqual(compareMethods(all).methods);
  });
});

describe('compareMethods: no verdict', () => {
  const two = set([boolean('a'), boolean('b')]);
  const rankAll = (vs: ReturnType<typeof vendor>[]) => {
    const p = valueOf(prepareRanking(two, vs, { missing: 'zero' }));
    return compareMethods(valueOf(rankUnderEveryMethod(p, valueOf(rankPrepared(p, weightedSum)))));
  };

  it('is every eligible vendor tied under a method, with the score they tie at', () => {
    const c = rankAll([vendor('x', { a: true, b: false }), vendor('y', { a: false, b: true })]);
    // weighted-sum 50 each; weighted-product 0 each
    expect(c.noVerdict['weighted-sum']).toBeCloseTo(50, 12);
    expect(c.noVerdict['weighted-product']).toBe(0);
    expect(c.winners['weighted-product']).toEqual(['x', 'y']);
  });

  it('a single eligible vendor is a verdict, not a tie', () => {
    const c = rankAll([vendor('x', { a: true, b: false })]);
    expect(c.noVerdict).toEqual({});
    expect(c.sameWinner).toBe(true);
  });
});
