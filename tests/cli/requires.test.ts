import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp.js';
import { runCli } from './run-cli.js';

/** The SPEC's example rules on four booleans and a scale. */
function project(): string {
  const dir = makeTempDir('vendor-eval-requires-');
  writeFileSync(
    join(dir, 'set.yaml'),
    `id: rq
name: Requires
requires:
  - name: ISO 27001 or SOC 2 Type II
    anyOf: [iso27001, soc2-type2]
  - name: HIPAA terms when health data is handled
    when: { handles-health-data: true }
    then: [hipaa-baa]
criteria:
  - { id: iso27001, name: ISO 27001, type: boolean }
  - { id: soc2-type2, name: SOC 2 Type II, type: boolean }
  - { id: handles-health-data, name: Handles health data, type: boolean, weight: 0.5 }
  - { id: hipaa-baa, name: HIPAA BAA, type: boolean }
  - { id: quality, name: Quality, type: scale }
`,
  );
  mkdirSync(join(dir, 'v'));
  const vendors: Record<string, string> = {
    alpha:
      'iso27001: true, soc2-type2: false, handles-health-data: false, hipaa-baa: false, quality: 4',
    beta: 'iso27001: false, soc2-type2: false, handles-health-data: false, hipaa-baa: true, quality: 5',
    gamma: 'iso27001: true, soc2-type2: true, hipaa-baa: false, quality: 3',
  };
  for (const [id, answers] of Object.entries(vendors))
    writeFileSync(
      join(dir, 'v', `${id}.yaml`),
      `vendor: ${id}\nname: ${id}\nanswers: { ${answers} }\n`,
    );
  return dir;
}

describe('requires rules in the outputs', () => {
  it('rank: the table says each rule and the answers that decided it', async () => {
    const dir = project();
    const run = await runCli(['rank', '-c', 'set.yaml', 'v'], { cwd: dir });
    expect(run.code).toBe(0);
    const notes = run.stdout.split('\n').filter((l) => l.startsWith('✗'));
    expect(notes).toEqual([
      '✗ gamma is ineligible: HIPAA terms when health data is handled: Handles health data not answered (counts as met), HIPAA BAA no',
      '✗ beta is ineligible: ISO 27001 or SOC 2 Type II: ISO 27001 no, SOC 2 Type II no',
    ]);
  });

  it('explain marks the criteria a rule judged, with the rule name', async () => {
    const dir = project();
    const run = await runCli(['explain', 'beta', '-c', 'set.yaml', 'v'], { cwd: dir });
    expect(run.stdout).toContain(
      '✗ knock-out ISO 27001 or SOC 2 Type II: ISO 27001 no, SOC 2 Type II no',
    );
    const row = run.stdout.split('\n').find((l) => l.startsWith('│ ISO 27001'));
    expect(row).toMatch(/│ ✗ ISO 27001 or SOC 2 Type II\s+│$/);
  });

  it('criteria show lists a group’s rules, and marks a criterion a rule judges', async () => {
    const dir = project();
    const run = await runCli(['criteria', 'show', 'set.yaml'], { cwd: dir });
    const lines = run.stdout.split('\n');
    expect(lines.filter((l) => l.includes('knock-out'))).toEqual([
      'knock-out rule "ISO 27001 or SOC 2 Type II": one of iso27001, soc2-type2',
      'knock-out rule "HIPAA terms when health data is handled": when handles-health-data is true: hipaa-baa',
      '• ISO 27001 [iso27001] 22.2% local, 22.22% global · in knock-out rule "ISO 27001 or SOC 2 Type II": must be yes',
      '• SOC 2 Type II [soc2-type2] 22.2% local, 22.22% global · in knock-out rule "ISO 27001 or SOC 2 Type II": must be yes',
      '• HIPAA BAA [hipaa-baa] 22.2% local, 22.22% global · in knock-out rule "HIPAA terms when health data is handled": must be yes',
    ]);
  });

  it('criteria show --format json holds the rules, and names them on each criterion they judge', async () => {
    const run = await runCli(['criteria', 'show', 'set.yaml', '-f', 'json'], { cwd: project() });
    const doc = JSON.parse(run.stdout) as {
      requires: unknown[];
      nodes: { id: string; must: string | null; requiredBy: string[] }[];
    };
    expect(doc.requires).toEqual([
      {
        name: 'ISO 27001 or SOC 2 Type II',
        kind: 'anyOf',
        criteria: ['iso27001', 'soc2-type2'],
        when: [],
        text: 'one of iso27001, soc2-type2',
      },
      {
        name: 'HIPAA terms when health data is handled',
        kind: 'when',
        criteria: ['hipaa-baa'],
        when: [{ criterion: 'handles-health-data', test: 'is true' }],
        text: 'when handles-health-data is true: hipaa-baa',
      },
    ]);
    expect(doc.nodes.map((n) => [n.id, n.must, n.requiredBy])).toEqual([
      ['iso27001', 'must be yes', ['ISO 27001 or SOC 2 Type II']],
      ['soc2-type2', 'must be yes', ['ISO 27001 or SOC 2 Type II']],
      ['handles-health-data', null, []],
      ['hipaa-baa', 'must be yes', ['HIPAA terms when health data is handled']],
      ['quality', null, []],
    ]);
  });

  it('validate places an unknown criterion at its id, with a did-you-mean', async () => {
    const dir = makeTempDir('vendor-eval-requires-');
    writeFileSync(
      join(dir, 'set.yaml'),
      'id: rq\nrequires:\n  - { name: Either, anyOf: [iso27001, soc2-typ2] }\ncriteria:\n  - { id: iso27001, type: boolean }\n  - { id: soc2-type2, type: boolean }\n',
    );
    const run = await runCli(['validate', 'set.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').slice(0, 2)).toEqual([
      'set.yaml',
      '  3:39  error    rule "Either" names "soc2-typ2", which is not a criterion of this set — did you mean "soc2-type2"?  requires-unknown-criterion',
    ]);
  });
});
