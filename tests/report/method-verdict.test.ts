import { describe, expect, it } from 'vitest';
import type { MethodComparison } from '../../src/core/analysis/method-comparison.js';
import { winnerVerdict } from '../../src/report/method-comparison.js';

const base: MethodComparison = {
  criteriaSet: { id: 'tiny', name: 'Tiny' },
  missing: 'zero',
  weightOverrides: [],
  skipped: [],
  methods: ['weighted-sum', 'weighted-product'],
  orderedBy: 'weighted-sum',
  vendors: [
    { id: 'a', name: 'Alpha', eligible: true, ranks: {}, scores: {} },
    { id: 'b', name: 'Bravo', eligible: true, ranks: {}, scores: {} },
    { id: 'c', name: 'Charlie', eligible: false, ranks: {}, scores: {} },
  ],
  winners: { 'weighted-sum': ['a', 'b'], 'weighted-product': ['a', 'b'] },
  noVerdict: { 'weighted-sum': 50, 'weighted-product': 0 },
  sameWinner: false,
};

describe('winnerVerdict', () => {
  it('says when no method gives a verdict, and at what score each ties', () => {
    expect(winnerVerdict(base)).toBe(
      'No method gives a verdict: weighted-sum (both eligible vendors tie at 50.0), weighted-product (both eligible vendors tie at 0.0).',
    );
  });

  it('without ties it is unchanged', () => {
    expect(
      winnerVerdict({
        ...base,
        winners: { 'weighted-sum': ['a'], 'weighted-product': ['a'] },
        noVerdict: {},
        sameWinner: true,
      }),
    ).toBe('Alpha wins under every method (2 methods): the winner does not depend on the method.');
  });
});
