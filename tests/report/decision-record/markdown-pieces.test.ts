// Small pieces of the markdown record that the example project does not reach.
import { describe, expect, it } from 'vitest';
import { weightSourceText } from '../../../src/report/decision-record/markdown-provenance.js';
import { valueMapMarkdown } from '../../../src/report/decision-record/markdown-sections.js';
import { evidenceLine } from '../../../src/report/decision-record/markdown-vendors.js';

describe('weightSourceText', () => {
  it.each([
    [{ method: 'direct', ranges: [] }, 'as written in the set (direct)'],
    [
      { method: 'ahp', cr: 0.0432, consistent: true, ranges: [] },
      'AHP (pairwise comparisons); CR 0.043, consistent (≤ 0.1)',
    ],
    [
      { method: 'ahp', cr: 0.25, consistent: false, ranges: [] },
      'AHP (pairwise comparisons); CR 0.250, inconsistent (> 0.1)',
    ],
    [
      { method: 'direct', ranges: ['pricing', 'sla'] },
      'as written in the set (direct); weight ranges on pricing, sla (the middle used)',
    ],
    [{ method: 'roc', ranges: [] }, 'ROC (rank-order centroid of the stated order)'],
  ])('%o → %s', (source, expected) => {
    expect(weightSourceText(source)).toBe(expected);
  });
});

describe('evidenceLine', () => {
  it('counts answers and criteria in plain words', () => {
    expect(evidenceLine({ cited: 1, notCited: 1, requiredMissing: 2 }, 1)).toBe(
      'Evidence: 1 answer cites it, 1 does not (not required), 2 required but missing; 1 criterion unanswered.',
    );
    expect(evidenceLine({ cited: 3, notCited: 0, requiredMissing: 0 }, 0)).toBe(
      'Evidence: 3 answers cite it, 0 do not (not required), 0 required but missing; 0 criteria unanswered.',
    );
  });
});

describe('valueMapMarkdown', () => {
  const point = { score: 50, monthly: 1000, contract: 12000, eligible: false, onFront: false };
  it('says when no eligible vendor is costed, and names the vendors without a cost', () => {
    const lines = valueMapMarkdown(
      {
        currency: null,
        points: [{ ...point, id: 'ko', name: 'Knocked <b>Out</b>' }],
        front: [],
        uncosted: ['a', 'b'],
      },
      new Map([
        ['a', 'A | Co'],
        ['b', 'B'],
      ]),
    );
    expect(lines.slice(4)).toEqual([
      '| Vendor | Score | Monthly | Contract | Eligible | On the Pareto front |\n| --- | ---: | ---: | ---: | --- | --- |\n| Knocked &lt;b>Out&lt;/b> | 50.0 | 1,000 | 12,000 | no | no |\n',
      'No eligible vendor is costed, so there is no front.',
      '',
      'Not costed (no `pricing` in their files), so not on the map: A \\| Co, B.',
      '',
    ]);
  });
});
