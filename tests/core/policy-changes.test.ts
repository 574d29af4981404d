import { describe, expect, it } from 'vitest';
import { policyChanges } from '../../src/core/policy/policy-changes.js';

describe('policyChanges', () => {
  it('lists rules set, removed and changed, in the schema order, and nothing for equal ones', () => {
    expect(
      policyChanges(
        { minScore: 80, requireEvidence: ['a', 'b'], selected: 'x', requireTop: true },
        { selected: 'y', minScore: 80, requireEvidence: ['a'], maxMissing: 0 },
      ),
    ).toEqual([
      'policy selected: x → y',
      'policy requireTop: true → not set',
      'policy maxMissing: not set → 0',
      'policy requireEvidence: [a, b] → [a]',
    ]);
  });

  it('no policy on either side, or the same one: no line', () => {
    expect(policyChanges(undefined, undefined)).toEqual([]);
    expect(policyChanges({ minScore: 60 }, { minScore: 60 })).toEqual([]);
  });
});
