import { describe, expect, it } from 'vitest';
import { loadCriteria } from '../../src/io/criteria-loader.js';
import { fixtures, lines, tempDir, writeTree } from './helpers.js';

/** One fixture per defect in a criteria set, with the exact line a user reads. */
const errors = [
  {
    name: 'a weight written as text',
    file: 'weight-not-number.yaml',
    expected: [
      'criteria/weight-not-number.yaml:5:13 error criteria[0].weight must be a number, found the text "abc" (invalid-type)',
    ],
  },
  {
    name: 'a weight written as a percentage, with the number to write',
    file: 'weight-percent.yaml',
    expected: [
      'criteria/weight-percent.yaml:5:13 error criteria[0].weight must be a number, found the text "40%" (invalid-type) — write 40, without the % sign',
    ],
  },
  {
    name: 'a non-finite number',
    file: 'weight-infinite.yaml',
    expected: [
      'criteria/weight-infinite.yaml:5:13 error criteria[0].weight must be a finite number, found .inf (invalid-type)',
    ],
  },
  {
    name: 'an unknown key, at the key, with "did you mean"',
    file: 'unknown-key.yaml',
    expected: [
      'criteria/unknown-key.yaml:5:5 error unknown key "wieght" in criteria[0] (unknown-key) — did you mean "weight"?',
    ],
  },
  {
    name: 'a criterion without a type',
    file: 'missing-type.yaml',
    expected: [
      'criteria/missing-type.yaml:3:5 error criteria[0].type is required (one of scale, number, boolean, choice, multi, cost, pairwise) (required) — every criterion needs a type',
    ],
  },
  {
    name: 'an unknown criterion type, with "did you mean"',
    file: 'unknown-type.yaml',
    expected: [
      'criteria/unknown-type.yaml:4:11 error criteria[0].type must be one of scale, number, boolean, choice, multi, cost, pairwise, found the text "nubmer" (invalid-value) — did you mean "number"?',
    ],
  },
  {
    name: 'an id that is not kebab-case',
    file: 'non-kebab-id.yaml',
    expected: [
      'criteria/non-kebab-id.yaml:3:9 error criteria[0].id must be kebab-case (lower-case letters, digits and hyphens), found the text "Service_Level" (invalid-format) — write "service-level"',
    ],
  },
  {
    name: 'an id used again in an included set, reported in the set being loaded',
    file: 'duplicate-id-main.yaml',
    expected: [
      'criteria/duplicate-id-main.yaml:5:9 error id "quality" is used twice (duplicate-id) — it is also defined in criteria/duplicate-id-part.yaml; ids of categories, criteria and included sets must be unique across the set',
    ],
  },
  {
    name: 'an include cycle a → b → a, at the include that closes it',
    file: 'cycle-a.yaml',
    expected: [
      'criteria/cycle-b.yaml:3:12 error include cycle: criteria/cycle-a.yaml → criteria/cycle-b.yaml → criteria/cycle-a.yaml (include-cycle) — a set may not include itself, directly or through other sets',
    ],
  },
  {
    name: 'an include that names nothing',
    file: 'include-not-found.yaml',
    expected: [
      'criteria/include-not-found.yaml:3:12 error included set "missing-set.yaml" is neither a file nor a built-in set (include-not-found) — paths are relative to criteria/include-not-found.yaml; built-in sets: capability, cultural-fit, customer-service, governance, pricing, security, sla',
    ],
  },
  {
    name: 'a negative weight',
    file: 'negative-weight.yaml',
    expected: [
      'criteria/negative-weight.yaml:5:13 error criteria[0].weight must be at least 0, found number -2 (out-of-range)',
    ],
  },
  {
    name: 'siblings whose weights are all zero, at their parent',
    file: 'zero-weights.yaml',
    expected: [
      'criteria/zero-weights.yaml:3:5 error every child of "security" has weight 0, so their weights cannot be normalised (zero-weights) — give at least one of them a positive weight',
    ],
  },
  {
    name: 'a set with no criteria, at 1:1',
    file: 'no-criteria.yaml',
    expected: [
      'criteria/no-criteria.yaml:1:1 error criteria set "no-criteria" has no criteria (empty-set) — add criteria, categories with criteria, or include other sets',
    ],
  },
  {
    name: 'a scale whose min is not below its max',
    file: 'scale-range.yaml',
    expected: [
      'criteria/scale-range.yaml:5:12 error scale.min (5) must be below scale.max (1) (invalid-range)',
    ],
  },
  {
    name: 'a rubric level outside the scale, at the level',
    file: 'rubric-level.yaml',
    expected: [
      'criteria/rubric-level.yaml:9:7 error rubric level "7" is not a level of the scale 1–5 (invalid-rubric)',
    ],
  },
  {
    name: 'piecewise points that do not increase, at the offending point',
    file: 'points-order.yaml',
    expected: [
      'criteria/points-order.yaml:9:11 error scoring.points must have strictly increasing values; 70 follows 80 (invalid-scoring)',
    ],
  },
  {
    name: 'a choice knock-out naming a value that is not an option',
    file: 'must-option.yaml',
    expected: [
      'criteria/must-option.yaml:8:30 error must.oneOf names "nearshre", which is not an option (invalid-must) — did you mean "nearshore"?',
    ],
  },
  {
    name: 'an unknown decision method, with "did you mean"',
    file: 'unknown-method.yaml',
    expected: [
      'criteria/unknown-method.yaml:2:9 error unknown decision method "topsys" (unknown-method) — did you mean "topsis"?',
    ],
  },
];

describe('invalid criteria sets', () => {
  it.each(errors)('reports $name', ({ file, expected }) => {
    const loaded = loadCriteria(`criteria/${file}`, fixtures);
    expect(loaded.set).toBeUndefined();
    expect(lines(loaded.issues)).toEqual(expected);
  });

  it('reports the cycle from whichever end it is entered', () => {
    expect(lines(loadCriteria('criteria/cycle-b.yaml', fixtures).issues)).toEqual([
      'criteria/cycle-a.yaml:3:12 error include cycle: criteria/cycle-b.yaml → criteria/cycle-a.yaml → criteria/cycle-b.yaml (include-cycle) — a set may not include itself, directly or through other sets',
    ]);
  });

  it('loads a set with one zero weight, with a warning at that weight', () => {
    const loaded = loadCriteria('criteria/zero-weight.yaml', fixtures);
    expect(lines(loaded.issues)).toEqual([
      'criteria/zero-weight.yaml:8:13 warning "culture" has weight 0 and contributes nothing to the score (zero-weight)',
    ]);
    expect(loaded.set?.criteria.map((c) => [c.id, c.weight])).toEqual([
      ['quality', 3],
      ['culture', 0],
    ]);
  });
});

describe('a criterion type that is not a word', () => {
  const typeIssue = (type: string): string[] => {
    const dir = tempDir();
    writeTree(dir, { 'criteria/t.yaml': `id: t\ncriteria:\n  - { id: a, type: ${type} }\n` });
    return lines(loadCriteria('criteria/t.yaml', dir).issues);
  };
  const found =
    'criteria/t.yaml:3:20 error criteria[0].type must be one of scale, number, boolean, choice, multi, cost, pairwise, found';

  it('a one-item list gets the did-you-mean of its item', () => {
    expect(typeIssue('[scle]')).toEqual([
      `${found} a list (invalid-value) — did you mean "scale"?`,
    ]);
  });

  it('a longer list, a mapping and a number get none', () => {
    expect(typeIssue('[scale, number]')).toEqual([`${found} a list (invalid-value)`]);
    expect(typeIssue('{ x: 1 }')).toEqual([`${found} a mapping (invalid-value)`]);
    expect(typeIssue('5')).toEqual([`${found} number 5 (invalid-value)`]);
  });
});

describe('preference thresholds a function ignores', () => {
  it('warns at the threshold, naming what the function uses', () => {
    const dir = tempDir();
    writeTree(dir, {
      'criteria/p.yaml':
        'id: p\ncriteria:\n  - id: a\n    type: number\n    preference: { function: usual, q: 2 }\n  - { id: b, type: scale }\n',
    });
    const loaded = loadCriteria('criteria/p.yaml', dir);
    expect(loaded.set).toBeDefined();
    expect(lines(loaded.issues)).toEqual([
      'criteria/p.yaml:5:39 warning the usual preference function ignores q (unused-threshold) — usual uses no thresholds; remove q or choose a function that uses it',
    ]);
  });
});
