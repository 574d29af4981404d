import { describe, expect, it } from 'vitest';
import { loadCriteria } from '../../src/io/criteria-loader.js';
import { lines, tempDir, writeTree } from './helpers.js';

const criteria = `criteria:
  - { id: iso27001, name: ISO 27001, type: boolean }
  - { id: soc2-type2, name: SOC 2 Type II, type: boolean }
  - { id: health, name: Handles health data, type: boolean }
  - { id: hipaa-baa, name: HIPAA BAA, type: boolean }
  - { id: tier, type: choice, options: [{ value: gold, score: 1 }, { value: silver, score: 0 }] }
  - { id: seats, type: number, must: { min: 100 }, scoring: { worst: 0, best: 1000 } }
`;

function load(requires: string, extra = ''): string[] {
  const dir = tempDir();
  writeTree(dir, { 'set.yaml': `id: s\nrequires:\n${requires}${criteria}${extra}` });
  return lines(loadCriteria('set.yaml', dir).issues);
}

describe('requires rules in validate', () => {
  it('a valid anyOf and when … then load without problems, into the set in tree order', () => {
    const dir = tempDir();
    writeTree(dir, {
      'set.yaml': `id: s
requires:
  - { name: ISO or SOC, anyOf: [iso27001, soc2-type2] }
categories:
  - id: health-cat
    requires:
      - { name: BAA when health data, when: { health: true }, then: [hipaa-baa] }
    criteria:
      - { id: health, type: boolean }
      - { id: hipaa-baa, type: boolean }
criteria:
  - { id: iso27001, type: boolean }
  - { id: soc2-type2, type: boolean }
`,
    });
    const loaded = loadCriteria('set.yaml', dir);
    expect(lines(loaded.issues)).toEqual([]);
    expect(loaded.set?.requires).toEqual([
      {
        name: 'ISO or SOC',
        kind: 'anyOf',
        criteria: ['iso27001', 'soc2-type2'],
        conditions: [],
        origin: { file: 'set.yaml', path: ['requires', 0] },
      },
      {
        name: 'BAA when health data',
        kind: 'when',
        criteria: ['hipaa-baa'],
        conditions: [{ criterion: 'health', test: { kind: 'equals', value: true } }],
        origin: { file: 'set.yaml', path: ['categories', 0, 'requires', 0] },
      },
    ]);
  });

  it('an unknown criterion, at its id, with did-you-mean; in when at the key', () => {
    expect(
      load(`  - name: ISO or SOC
    anyOf: [iso27001, soc2-typ2]
  - name: BAA
    when: { helth: true }
    then: [hipaa-baa]
`),
    ).toEqual([
      'set.yaml:4:23 error rule "ISO or SOC" names "soc2-typ2", which is not a criterion of this set (requires-unknown-criterion) — did you mean "soc2-type2"?',
      'set.yaml:6:13 error rule "BAA" names "helth", which is not a criterion of this set (requires-unknown-criterion) — did you mean "health"?',
    ]);
  });

  it('an anyOf that lists nothing can never pass', () => {
    expect(load(`  - { name: Nothing, anyOf: [] }\n`)).toEqual([
      'set.yaml:3:29 error rule "Nothing" can never pass: anyOf lists no criteria (requires-never-passes) — list the criteria of which at least one must pass',
    ]);
  });

  it('a condition that needs the answer the rule then refuses can never pass', () => {
    expect(load(`  - { name: Odd, when: { health: false }, then: [hipaa-baa, health] }\n`)).toEqual(
      [
        'set.yaml:3:26 error rule "Odd" can never pass when it applies: its condition needs "health" to be no, and then needs it to pass (must be yes) (requires-never-passes) — a rule that fails whenever it applies is a must on "health"; fix the condition or the criteria in then',
      ],
    );
  });

  it('a number range condition outside the must can never pass; one overlapping it can', () => {
    expect(load(`  - { name: Small, when: { seats: { max: 50 } }, then: [seats] }\n`)).toEqual([
      'set.yaml:3:28 error rule "Small" can never pass when it applies: its condition needs "seats" to be at most 50, and then needs it to pass (must be at least 100) (requires-never-passes) — a rule that fails whenever it applies is a must on "seats"; fix the condition or the criteria in then',
    ]);
    expect(load(`  - { name: Big, when: { seats: { min: 50 } }, then: [seats] }\n`)).toEqual([]);
  });

  it('a non-boolean criterion without a must in a rule has no meaning of passing', () => {
    expect(load(`  - { name: Tier, allOf: [tier] }\n`)).toEqual([
      'set.yaml:3:27 error rule "Tier" names choice criterion "tier", which has no must, so nothing says when it passes (requires-without-must) — give "tier" a must (must: { oneOf: [...] }); it is then judged by this rule, not on its own',
    ]);
  });

  it('a condition no answer could meet', () => {
    expect(
      load(`  - { name: A, when: { tier: platnum }, then: [iso27001] }
  - { name: B, when: { health: yes }, then: [iso27001] }
`),
    ).toEqual([
      'set.yaml:3:30 error the condition on "tier" in rule "A" names "platnum", which is not an option; options: gold, silver (invalid-condition)',
      'set.yaml:4:32 error the condition on "health" in rule "B" must be true or false (a yes/no criterion), found yes (invalid-condition)',
    ]);
  });

  it('a rule that is not one form, or checks nothing', () => {
    expect(
      load(`  - { name: Both, anyOf: [iso27001], allOf: [health] }
  - { name: Half, when: { health: true } }
  - { name: Empty }
  - { name: None, allOf: [] }
`),
    ).toEqual([
      'set.yaml:3:5 error rule "Both" mixes anyOf and allOf (invalid-requires) — write anyOf: [ids], allOf: [ids], or when: { id: answer } with then: [ids]',
      'set.yaml:4:5 error rule "Half" has when without then (invalid-requires) — write anyOf: [ids], allOf: [ids], or when: { id: answer } with then: [ids]',
      'set.yaml:5:5 error rule "Empty" checks nothing (invalid-requires) — write anyOf: [ids], allOf: [ids], or when: { id: answer } with then: [ids]',
      'set.yaml:6:26 error rule "None" checks nothing: allOf lists no criteria (invalid-requires)',
    ]);
  });
});
