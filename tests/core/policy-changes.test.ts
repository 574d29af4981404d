import { describe, expect, it } from 'vitest';
import { policySchema } from '../../src/core/model/config-schema.js';
import { policyChanges, policyKeys } from '../../src/core/policy/policy-changes.js';

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

describe('the policy rules policyChanges compares', () => {
  // written out so that a run does not load the schema (and zod): they must be the schema's
  it('are exactly the keys of the policy schema, in its order', () => {
    expect([...policyKeys]).toEqual(Object.keys(policySchema.shape));
  });
});
