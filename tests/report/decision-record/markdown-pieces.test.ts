// Small pieces of the markdown record that the example project does not reach.
import { describe, expect, it } from 'vitest';
import {
  sha256sumCommand,
  weightSourceText,
} from '../../../src/report/decision-record/provenance-text.js';
import { shellLine } from '../../../src/report/decision-record/shell-words.js';
import { codeSpan } from '../../../src/report/markdown-table.js';
import {
  profilesMarkdown,
  valueMapMarkdown,
} from '../../../src/report/decision-record/markdown-sections.js';
import { evidenceLine } from '../../../src/report/decision-record/markdown-vendors.js';

describe('weightSourceText', () => {
  it.each([
    [{ method: 'direct', ranges: [] }, 'as written in the set (direct)'],
    [
      { method: 'ahp', cr: 0.0432, consistent: true, ranges: [] },
      'AHP (pairwise comparisons); CR 0.043 (random index: Saaty’s table), consistent (≤ 0.1)',
    ],
    [
      { method: 'ahp', cr: 0.25, consistent: false, ranges: [] },
      'AHP (pairwise comparisons); CR 0.250 (random index: Saaty’s table), inconsistent (> 0.1)',
    ],
    [
      {
        method: 'ahp',
        cr: 0,
        consistent: true,
        riTable: 'donegan-dodd',
        comparisons: { given: 3, completed: 3 },
        ranges: [],
      },
      'AHP (pairwise comparisons); CR 0.000 (random index: Donegan and Dodd’s table), consistent (≤ 0.1); 3 comparisons given, 3 more filled in by completion (least λmax)',
    ],
    [
      {
        method: 'ahp',
        cr: 0.01,
        consistent: true,
        riTable: 'alonso-lamata',
        comparisons: { given: 1, completed: 0 },
        ranges: [],
      },
      'AHP (pairwise comparisons); CR 0.010 (random index: Alonso and Lamata’s table), consistent (≤ 0.1); 1 comparison given',
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

describe('sha256sumCommand and the command line: words a shell reads back as typed', () => {
  it('quotes a file name with a space, a quote or a `$`, and puts `--` before a name starting with -', () => {
    expect(sha256sumCommand(['criteria/set.yaml', 'my vendors/a.yaml'])).toBe(
      "sha256sum criteria/set.yaml 'my vendors/a.yaml' | sha256sum",
    );
    expect(sha256sumCommand(["o'brien.yaml", '$HOME.yaml'])).toBe(
      "sha256sum 'o'\\''brien.yaml' '$HOME.yaml' | sha256sum",
    );
    expect(sha256sumCommand(['-a.yaml'])).toBe('sha256sum -- -a.yaml | sha256sum');
  });

  it('shows a line holding backticks as typed in a code span one backtick longer', () => {
    expect(codeSpan('vendor-eval report x')).toBe('`vendor-eval report x`');
    expect(codeSpan("vendor-eval report 'a`b'")).toBe("``vendor-eval report 'a`b'``");
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(shellLine(['vendor-eval', 'report', 'my vendors', '--weights', 'pricing=40'])).toBe(
      "vendor-eval report 'my vendors' --weights pricing=40",
    );
  });
});

describe('profilesMarkdown: strongest and weakest', () => {
  const categories = [
    { id: 'a', name: 'Alpha', weight: 0.5 },
    { id: 'b', name: 'Beta', weight: 0.3 },
    { id: 'c', name: 'Gamma', weight: 0.2 },
  ];
  const row = (scores: (number | null)[]) =>
    profilesMarkdown(
      [{ id: 'v', name: 'V', rank: 1, eligible: true, scores }],
      categories,
      'weighted mean utility',
    )
      .at(-1)
      ?.trimEnd()
      .split('\n')
      .at(-1);

  it('names every category at the highest and the lowest figure', () => {
    expect(row([90, 90, 40])).toBe('| 1 | V | 90.0 | 90.0 | 40.0 | Alpha, Beta | Gamma |');
    expect(row([10, null, 80])).toBe('| 1 | V | 10.0 | — | 80.0 | Gamma | Alpha |');
  });

  it('names none when the categories are level or only one is scored', () => {
    expect(row([70, 70, 70])).toBe('| 1 | V | 70.0 | 70.0 | 70.0 | — | — |');
    expect(row([null, 55, null])).toBe('| 1 | V | — | 55.0 | — | — | — |');
  });
});
