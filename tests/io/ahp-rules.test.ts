import { describe, expect, it } from 'vitest';
import { loadCriteria } from '../../src/io/criteria-loader.js';
import { lines, tempDir, writeTree } from './helpers.js';

/** A set whose `quality` category has children a, b, c, d and the given weighting lines. */
const setWith = (weighting: string, ids = ['alpha', 'beta', 'gamma', 'delta']): string =>
  [
    'id: ahp-test',
    'categories:',
    '  - id: quality',
    '    weighting:',
    ...weighting
      .trim()
      .split('\n')
      .map((l) => `      ${l}`),
    '    criteria:',
    ...ids.map((id) => `      - { id: ${id}, type: boolean }`),
    '',
  ].join('\n');

const check = (weighting: string, ids?: string[]): string[] => {
  const dir = tempDir();
  writeTree(dir, { 'set.yaml': setWith(weighting, ids) });
  return lines(loadCriteria('set.yaml', dir).issues);
};

/** One positioned line per defect, as a user reads it. */
describe('ahp weighting rules', () => {
  it.each([
    {
      name: 'a ratio above 9',
      weighting: `
method: ahp
comparisons:
  - [alpha, beta, 12]
  - [beta, gamma, 2]
  - [gamma, delta, 2]`,
      expected: [
        `set.yaml:7:25 error an AHP ratio must lie between 1/9 and 9, found 12 (invalid-ahp) — use Saaty's scale: 1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme; "1/3" for the reverse`,
      ],
    },
    {
      name: 'a fraction below 1/9',
      weighting: `
method: ahp
comparisons:
  - [alpha, beta, "1/10"]
  - [beta, gamma, 2]
  - [gamma, delta, 2]`,
      expected: [
        `set.yaml:7:25 error an AHP ratio must lie between 1/9 and 9, found "1/10" (invalid-ahp) — use Saaty's scale: 1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme; "1/3" for the reverse`,
      ],
    },
    {
      name: 'a self-comparison',
      weighting: `
method: ahp
comparisons:
  - [alpha, alpha, 1]
  - [alpha, beta, 2]
  - [beta, gamma, 2]
  - [gamma, delta, 2]`,
      expected: [
        'set.yaml:7:11 error "alpha" is compared with itself (invalid-ahp) — compare two different children',
      ],
    },
    {
      name: 'an unknown element, with "did you mean"',
      weighting: `
method: ahp
comparisons:
  - [alpha, btea, 2]
  - [beta, gamma, 2]
  - [gamma, delta, 2]`,
      expected: [
        'set.yaml:7:19 error "btea" is not a child of "quality" (invalid-ahp) — did you mean "beta"?',
      ],
    },
    {
      name: 'a pair compared twice',
      weighting: `
method: ahp
comparisons:
  - [alpha, beta, 2]
  - [beta, gamma, 2]
  - [alpha, beta, 2]
  - [gamma, delta, 2]`,
      expected: [
        'set.yaml:9:11 error "alpha" and "beta" are compared twice (also comparisons[0]) (invalid-ahp) — compare each pair once; the reverse judgement is implied (b vs a = 1/r)',
      ],
    },
    {
      name: 'contradictory (a, b) and (b, a)',
      weighting: `
method: ahp
comparisons:
  - [alpha, beta, 3]
  - [beta, gamma, 2]
  - [beta, alpha, 3]
  - [gamma, delta, 2]`,
      expected: [
        'set.yaml:9:11 error [beta, alpha, 3] contradicts comparisons[0] [alpha, beta, 3] (invalid-ahp) — keep one judgement per pair; the reverse is implied (b vs a = 1/r)',
      ],
    },
    {
      name: 'a disconnected comparison graph, naming the children left out',
      weighting: `
method: ahp
comparisons:
  - [alpha, beta, 3]
  - [gamma, delta, 2]`,
      expected: [
        'set.yaml:7:9 error the comparisons leave "gamma", "delta" unconnected to "alpha", "beta" (invalid-ahp) — add a comparison linking each of them to the others; missing pairs are completed only within a connected set',
      ],
    },
    {
      name: 'no comparisons at all',
      weighting: 'method: ahp',
      expected: [
        'set.yaml:5:7 error ahp weighting needs `comparisons`: [a, b, r] meaning a is r times as important as b (invalid-ahp) — compare the children of "quality": alpha, beta, gamma, delta',
      ],
    },
  ])('$name', ({ weighting, expected }) => {
    expect(check(weighting)).toEqual(expected);
  });

  it('refuses more children than the RI table covers', () => {
    const ids = Array.from({ length: 16 }, (_, i) => `c${i + 1}`);
    const chain = ids
      .slice(1)
      .map((id, i) => `  - [${ids[i]}, ${id}, 1]`)
      .join('\n');
    expect(check(`method: ahp\ncomparisons:\n${chain}`, ids)).toEqual([
      'set.yaml:5:7 error the saaty RI table stops at 15 elements; "quality" has 16 (invalid-ahp) — use riTable: donegan-dodd (up to 100) or alonso-lamata',
    ]);
  });

  it('accepts a connected incomplete set with fractions and reports nothing when consistent', () => {
    expect(
      check(`
method: ahp
riTable: donegan-dodd
comparisons:
  - [alpha, beta, 2]
  - [beta, gamma, "1/2"]
  - [gamma, delta, 4]`),
    ).toEqual([]);
  });

  it('warns when CR > 0.1, at the most inconsistent judgement, with the value the others imply', () => {
    // a = 2b, b = 2c, c = 2d imply a = 8d; writing d = 4a (a = 1/4 d) is the odd one out.
    const found = check(`
method: ahp
comparisons:
  - [alpha, beta, 2]
  - [beta, gamma, 2]
  - [gamma, delta, 2]
  - [alpha, gamma, 4]
  - [beta, delta, 4]
  - [delta, alpha, 4]`);
    expect(found).toEqual([
      'set.yaml:12:26 warning the comparisons of "quality" are inconsistent: CR 0.663 > 0.1 (saaty RI); the most inconsistent judgement is [delta, alpha, 4] (ahp-inconsistent) — the other judgements imply delta ≈ 0.125 × alpha: writing 1/8 gives CR 0.000',
    ]);
  });
});
