import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCriteria } from '../../src/io/criteria-loader.js';
import { builtinSetIds, builtinSetFile } from '../../src/io/builtin.js';
import { makeTempDir, repoRoot, runCli } from './run-cli.js';

const rateSet = [
  'id: rates',
  'name: Rates',
  'criteria:',
  '  - id: hourly-rate',
  '    type: number',
  '    unit: EUR/h',
  '    direction: lower',
  '    weight: 2',
  '  - id: service-level',
  '    type: number',
  '    unit: "%"',
  '    min: 0',
  '    max: 100',
  '',
].join('\n');

/** A project: the set above, three vendors 5 cents apart on the hourly rate. */
function rateProject(set = rateSet): string {
  const dir = makeTempDir();
  writeFileSync(join(dir, 'set.yaml'), set);
  writeFileSync(join(dir, 'vendor-eval.config.yaml'), 'criteria: set.yaml\nvendors: vendors/\n');
  mkdirSync(join(dir, 'vendors'));
  const answers: [string, number, number][] = [
    ['alpha', 19.9, 78],
    ['bravo', 19.95, 84],
    ['charlie', 20.0, 87],
  ];
  for (const [id, rate, sl] of answers) {
    writeFileSync(
      join(dir, 'vendors', `${id}.yaml`),
      `vendor: ${id}\nanswers:\n  hourly-rate: ${rate.toFixed(2)}\n  service-level: ${sl}\n`,
    );
  }
  return dir;
}

describe('number-without-anchors', () => {
  it('validate on a project names the range min–max will use and anchors from the answers', async () => {
    const dir = rateProject();
    const run = await runCli(['validate'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'set.yaml',
        `  4:5  warning  "hourly-rate" has no scoring, so it is scored min–max over the vendors' answers, 19.90–20.00 EUR/h here: a gap of 0.10 EUR/h decides 100% of this criterion's weight — give it fixed anchors, e.g. scoring: { worst: 30, best: 10 } (the answers rounded outward), or write scoring: { relative: minmax } to keep min–max on purpose  number-without-anchors`,
        `  9:5  warning  "service-level" has no scoring, so it is scored min–max over the vendors' answers, 78–87 % here: a gap of 9 % decides 100% of this criterion's weight — give it fixed anchors, e.g. scoring: { worst: 70, best: 90 } (the answers rounded outward), or write scoring: { relative: minmax } to keep min–max on purpose  number-without-anchors`,
        '',
        '✖ 2 problems (0 errors, 2 warnings)',
        '',
      ].join('\n'),
    );
  });

  it('validate on the set alone says it will use the field, and proposes min and max when set', async () => {
    const dir = rateProject();
    const run = await runCli(['validate', 'set.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(1, 3)).toEqual([
      `  4:5  warning  "hourly-rate" has no scoring, so it is scored min–max over the field's range: the lowest and highest answers among the eligible vendors score 0 and 1, however close they are — give it fixed anchors, scoring: { worst: <answer worth 0>, best: <answer worth 1> }, or write scoring: { relative: minmax } to keep min–max on purpose  number-without-anchors`,
      `  9:5  warning  "service-level" has no scoring, so it is scored min–max over the field's range: the lowest and highest answers among the eligible vendors score 0 and 1, however close they are — give it fixed anchors, e.g. scoring: { worst: 0, best: 100 } (its min and max), or write scoring: { relative: minmax } to keep min–max on purpose  number-without-anchors`,
    ]);
  });

  it('an explicit scoring: { relative: minmax } is a choice, not warned on', async () => {
    const dir = rateProject(
      rateSet.replace('    weight: 2\n', '    weight: 2\n    scoring: { relative: minmax }\n'),
    );
    const run = await runCli(['validate'], { cwd: dir });
    expect(run.stdout).not.toContain('"hourly-rate"');
    expect(run.stdout).toContain('"service-level" has no scoring');
  });

  it('rank is unchanged: the warning is validate’s', async () => {
    const dir = rateProject();
    const run = await runCli(['rank'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('number-without-anchors');
  });

  it('every number criterion of the shipped sets has anchors (scoring written out)', () => {
    for (const id of builtinSetIds()) {
      const loaded = loadCriteria(builtinSetFile(id) as string, repoRoot);
      for (const c of loaded.set?.criteria ?? []) {
        if (c.type !== 'number') continue;
        expect(c.scoring.kind, `${id}: ${c.id}`).not.toBe('relative');
      }
      expect(loaded.issues.filter((i) => i.rule === 'number-without-anchors')).toEqual([]);
    }
  });
});

const productSet = [
  'id: product',
  'name: Product',
  'method: weighted-product',
  'criteria:',
  '  - id: hourly-rate',
  '    type: number',
  '    direction: lower',
  '    scoring: { relative: minmax }',
  '  - id: seats',
  '    type: number',
  '    scoring: { relative: ratio }',
  '  - id: service-level',
  '    type: number',
  '    unit: "%"',
  '    scoring: { worst: 60, best: 95 }',
  '  - id: fcr',
  '    type: number',
  '    scoring: { worst: 60, best: 95 }',
  '    must: { min: 70 }',
  '  - id: pci',
  '    type: boolean',
  '  - id: aoc',
  '    type: boolean',
  '    must: true',
  '  - id: hours',
  '    type: choice',
  '    options:',
  '      - { value: full, score: 5 }',
  '      - { value: none, score: 0 }',
  '  - id: quality',
  '    type: scale',
  '  - id: channels',
  '    type: multi',
  '    options:',
  '      - { value: voice, points: 1 }',
  '      - { value: chat, points: 1 }',
  '  - id: languages',
  '    type: multi',
  '    options:',
  '      - { value: en, points: 1 }',
  '    must: { includes: [en] }',
  '',
].join('\n');

describe('zero-utility-in-product', () => {
  it('one warning per criterion that can zero a weighted-product score, with why and the fix', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'set.yaml'), productSet);
    const run = await runCli(['validate', 'set.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    const effect = 'and weighted-product then scores that vendor 0 whatever its other answers';
    expect(run.stdout).toBe(
      [
        'set.yaml',
        `  8:14   warning  "hourly-rate" can give a utility of 0 (min–max gives the field's worst answer 0), ${effect} — use scoring: { relative: ratio } or { relative: sum }, which stay above 0, or rank with weighted-sum  zero-utility-in-product`,
        `  15:14  warning  "service-level" can give a utility of 0 (an answer at or past worst 60 % scores 0), ${effect} — use scoring: { relative: ratio } or { relative: sum }, which stay above 0, or a curve whose lowest utility is above 0, or rank with weighted-sum  zero-utility-in-product`,
        `  20:5   warning  "pci" can give a utility of 0 (a "no" scores 0), ${effect} — make it a must-have (must: true), so a "no" is a knock-out rather than a 0, or rank with weighted-sum  zero-utility-in-product`,
        `  29:31  warning  "hours" can give a utility of 0 (option "none" has score 0), ${effect} — give option "none" a score above 0, or rank with weighted-sum  zero-utility-in-product`,
        `  30:5   warning  "quality" can give a utility of 0 (the lowest level, 1, scores 0), ${effect} — knock out the lowest level (must: { min: 2 }), or rank with weighted-sum  zero-utility-in-product`,
        `  32:5   warning  "channels" can give a utility of 0 (an answer with no option, or only options worth 0 points, scores 0), ${effect} — require an option worth points (must: { includes: [...] }), or rank with weighted-sum  zero-utility-in-product`,
        '',
        '✖ 6 problems (0 errors, 6 warnings)',
        '',
      ].join('\n'),
    );
  });

  it('the same set ranked by weighted-sum has nothing to warn about', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'set.yaml'), productSet.replace('method: weighted-product\n', ''));
    const run = await runCli(['validate', 'set.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
  });

  it("the project file's method counts for the project's own set", async () => {
    const dir = rateProject(
      rateSet.replace('    weight: 2\n', '    weight: 2\n    scoring: { relative: ratio }\n'),
    );
    writeFileSync(
      join(dir, 'vendor-eval.config.yaml'),
      'criteria: set.yaml\nvendors: vendors/\nmethod: weighted-product\n',
    );
    const run = await runCli(['validate'], { cwd: dir });
    expect(run.stdout.split('\n').filter((l) => l.endsWith('zero-utility-in-product'))).toEqual([
      `  10:5  warning  "service-level" can give a utility of 0 (it has no scoring, so min–max gives the field's worst answer 0), and weighted-product then scores that vendor 0 whatever its other answers — use scoring: { relative: ratio } or { relative: sum }, which stay above 0, or rank with weighted-sum  zero-utility-in-product`,
    ]);
  });
});
