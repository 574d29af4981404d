import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, runCli } from './run-cli.js';

// Anchors from 0 leave the scoring-range check nothing to find below them, so these tests are
// about the other vendors' answers.
const set = `id: staffing
name: Staffing
criteria:
  - id: attrition
    type: number
    unit: "%"
    direction: lower
    scoring: { worst: 100, best: 0 }
  - id: aht
    type: number
    unit: s
    direction: lower
    scoring: { worst: 900, best: 0 }
`;

/** Five vendors answering 28–40 % and 380–420 s, and `slip` with `slip`'s answers. */
function project(slip: string): string {
  const dir = makeTempDir();
  writeFileSync(join(dir, 'set.yaml'), set);
  mkdirSync(join(dir, 'vendors'));
  const field: [number, number][] = [
    [28, 380],
    [31, 395],
    [35, 400],
    [38, 410],
    [40, 420],
  ];
  field.forEach(([attrition, aht], i) => {
    writeFileSync(
      join(dir, 'vendors', `v${i + 1}.yaml`),
      `answers:\n  attrition: ${attrition}\n  aht: ${aht}\n`,
    );
  });
  writeFileSync(join(dir, 'vendors', 'slip.yaml'), slip);
  return dir;
}

const slipped = `name: Slip
answers:
  attrition: 0.35
  aht: { value: 6.5, evidence: "RFP answer 4.2" }
`;

const attritionLine = `vendors/slip.yaml:3:14 warning "attrition" is 0.35 for slip, far from the other vendors' answers (28–40 %) (implausible-answer) — did you mean 35 (%)?`;
const ahtLine = `vendors/slip.yaml:4:17 warning "aht" is 6.5 for slip, far from the other vendors' answers (380–420 s) (implausible-answer) — did you mean 390 (s)?`;

describe('implausible answers on the command line', () => {
  it('validate lists them as warnings and exits 0', async () => {
    const dir = project(slipped);
    const run = await runCli(['validate', '-c', 'set.yaml', 'vendors'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'vendors/slip.yaml',
        `  3:14  warning  "attrition" is 0.35 for slip, far from the other vendors' answers (28–40 %) — did you mean 35 (%)?  implausible-answer`,
        `  4:17  warning  "aht" is 6.5 for slip, far from the other vendors' answers (380–420 s) — did you mean 390 (s)?  implausible-answer`,
        '',
        '✖ 2 problems (0 errors, 2 warnings)',
        '',
      ].join('\n'),
    );
  });

  it('rank prints them on stderr, ranks as usual and exits 0', async () => {
    const dir = project(slipped);
    const run = await runCli(['rank', '-c', 'set.yaml', 'vendors', '-f', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr.trimEnd().split('\n')).toEqual([attritionLine, ahtLine]);
    // the slip is scored as written, on the linear anchors: near-full marks, rank 1
    const doc = JSON.parse(run.stdout) as {
      vendors: { id: string; rank: number; score: number }[];
    };
    const slip = doc.vendors.find((v) => v.id === 'slip');
    expect(slip?.rank).toBe(1);
    expect(slip?.score).toBeCloseTo(100 * (0.5 * (1 - 0.35 / 100) + 0.5 * (1 - 6.5 / 900)), 9);
  });

  it('explain and compare print them too', async () => {
    const dir = project(slipped);
    const explain = await runCli(['explain', 'slip', '-c', 'set.yaml', 'vendors'], { cwd: dir });
    expect(explain.code).toBe(0);
    expect(explain.stderr.trimEnd().split('\n')).toEqual([attritionLine, ahtLine]);
    const compare = await runCli(['compare', 'slip', 'v1', '-c', 'set.yaml', 'vendors'], {
      cwd: dir,
    });
    expect(compare.code).toBe(0);
    expect(compare.stderr.trimEnd().split('\n')).toEqual([attritionLine, ahtLine]);
  });

  it('says nothing when the answers are in line', async () => {
    const dir = project('answers:\n  attrition: 33\n  aht: 405\n');
    const validate = await runCli(['validate', '-c', 'set.yaml', 'vendors'], { cwd: dir });
    expect(validate.stdout).toBe('');
    const rank = await runCli(['rank', '-c', 'set.yaml', 'vendors'], { cwd: dir });
    expect(rank.stderr).toBe('');
  });

  it('finds no implausible answer among the shipped example vendors', async () => {
    const rank = await runCli(['rank', 'examples/vendors']);
    expect(rank.code).toBe(0);
    // stderr is shown (the note on the built-in set is there), and holds no such warning
    expect(rank.stderr).toContain('(builtin-criteria)');
    expect(rank.stderr).not.toContain('implausible-answer');
    const validate = await runCli(['validate', 'examples/vendors']);
    // its one warning is Tala's abnormally low bid (tests/cli/cost.test.ts), not an answer
    expect(validate.stdout).toContain('✖ 1 problem (0 errors, 1 warning)');
    expect(validate.stdout).toContain('abnormally-low-bid');
    expect(validate.stdout).not.toContain('implausible-answer');
  });
});
