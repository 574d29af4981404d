import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/report/sensitivity-model.js';

describe('formatCount', () => {
  // by hand, to spare a run ICU's first-call cost: the same text as toLocaleString('en-US')
  it('writes every whole number as toLocaleString("en-US") does', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1e9, max: 1e9 }),
          fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
          fc.constantFrom(0, -0, 999, 1000, -1000),
        ),
        (n) => {
          expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
        },
      ),
      { seed: 20261207, numRuns: 2000 },
    );
  });
});
