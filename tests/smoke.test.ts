import { describe, expect, it } from 'vitest';
import { competitionRank } from '../src/core/scoring/competition-rank.js';

describe('competitionRank', () => {
  it('gives tied scores one rank and skips the next (1, 2, 2, 4), ties listed by id', () => {
    const ranked = competitionRank([
      { id: 'd', score: 10 },
      { id: 'c', score: 50 },
      { id: 'b', score: 50 },
      { id: 'a', score: 90 },
    ]);
    expect(ranked.map((r) => [r.item.id, r.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });
});
