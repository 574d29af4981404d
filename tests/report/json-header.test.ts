import { describe, expect, it } from 'vitest';
import { jsonHeader, rankingJsonHeader } from '../../src/report/json-header.js';

const criteriaSet = { id: 'tiny', name: 'Tiny', version: 1 };

describe('the JSON header', () => {
  it('is tool, criteria set, method and its summary, the overrides, the missing policy, then partial and skipped, in that order', () => {
    const head = rankingJsonHeader(
      {
        criteriaSet,
        method: 'vikor',
        methodSummary: { compromise: { vendors: ['a'] } },
        weightOverrides: [],
        missing: 'zero',
        skipped: [],
      },
      '9.9.9',
    );
    expect(JSON.stringify(head)).toBe(
      '{"tool":{"name":"vendor-eval","version":"9.9.9"},"criteriaSet":{"id":"tiny","name":"Tiny","version":1},"method":"vikor","compromise":{"vendors":["a"]},"weightOverrides":{},"missingPolicy":"zero","partial":false,"skipped":[]}',
    );
  });

  it('takes several methods for --all-methods', () => {
    const head = jsonHeader(
      '1.0.0',
      criteriaSet,
      { methods: ['a', 'b'], orderedBy: 'a' },
      [{ id: 'pricing', name: 'Pricing', weight: 40, setWeight: 20, global: 0.3 }],
      'exclude',
      [{ file: 'v/draft.yaml', vendor: 'draft', error: null, with: 'v/draft-bob.yaml' }],
    );
    expect(Object.keys(head)).toEqual([
      'tool',
      'criteriaSet',
      'methods',
      'orderedBy',
      'weightOverrides',
      'missingPolicy',
      'partial',
      'skipped',
    ]);
    expect(head.weightOverrides).toEqual({ pricing: 40 });
    expect(head.partial).toBe(true);
    expect(head.skipped).toEqual([
      { file: 'v/draft.yaml', vendor: 'draft', error: null, with: 'v/draft-bob.yaml' },
    ]);
  });
});
