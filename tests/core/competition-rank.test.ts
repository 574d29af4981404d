import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { competitionRank, tiesWith } from '../../src/core/scoring/competition-rank.js';

const ranks = (scores: Record<string, number>): [string, number][] =>
  competitionRank(Object.entries(scores).map(([id, score]) => ({ id, score }))).map(
    ({ item, rank }) => [item.id, rank],
  );

describe('ties are measured from the group’s highest score (SPEC), so they do not chain', () => {
  it('50, 50.00000004 and 50.00000008: the top two tie, 50 does not (8e-8 is 1.6e-9 of 50)', () => {
    expect(ranks({ p: 50, q: 50.00000004, r: 50.00000008 })).toEqual([
      ['q', 1],
      ['r', 1],
      ['p', 3],
    ]);
  });

  it('scores within 1e-9 (relative) of the highest share its rank, listed by id', () => {
    expect(ranks({ b: 80, a: 80 * (1 - 0.9e-9), c: 80 * (1 - 1.1e-9), d: 10 })).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 3],
      ['d', 4],
    ]);
  });

  it('the tolerance is relative: 1e-8 apart ties at 50 but not at 5', () => {
    expect(tiesWith(50, 50 - 1e-8)).toBe(true);
    expect(tiesWith(5, 5 - 1e-8)).toBe(false);
    expect(tiesWith(0, 0)).toBe(true);
    expect(tiesWith(0, -1e-300)).toBe(false);
  });

  // scores in tight clusters, so that chains of near-ties are common
  const scores = fc.array(
    fc
      .tuple(fc.constantFrom(0, 0.5, 50, 99.99, 100), fc.integer({ min: -12, max: 12 }))
      .map(([base, k]) => base * (1 + k * 2.5e-10)),
    { minLength: 1, maxLength: 12 },
  );

  it('property: each group spans at most 1e-9 (relative) from its top, ranks are competition ranks', () => {
    fc.assert(
      fc.property(scores, (values) => {
        const items = values.map((score, i) => ({ id: `v${String(i).padStart(2, '0')}`, score }));
        const out = competitionRank(items);
        expect(out.map((o) => o.item.id).sort()).toEqual(items.map((i) => i.id).sort());
        const groups: (typeof out)[] = [];
        out.forEach((o, k) => {
          const prev = out[k - 1];
          // competition ranks: a new rank is the 1-based position, a repeated one continues
          if (prev && prev.rank === o.rank) groups[groups.length - 1]?.push(o);
          else {
            expect(o.rank).toBe(k + 1);
            groups.push([o]);
          }
        });
        groups.forEach((g, n) => {
          const top = Math.max(...g.map((o) => o.item.score));
          for (const o of g) expect(Math.abs(top - o.item.score)).toBeLessThanOrEqual(1e-9 * top);
          const ids = g.map((o) => o.item.id);
          expect(ids).toEqual([...ids].sort());
          const next = groups[n + 1];
          if (next) {
            // the next group starts below this one and does not tie with its top
            const nextTop = Math.max(...next.map((o) => o.item.score));
            expect(nextTop).toBeLessThanOrEqual(Math.min(...g.map((o) => o.item.score)));
            expect(tiesWith(top, nextTop)).toBe(false);
          }
        });
      }),
      { numRuns: 500 },
    );
  });
});
