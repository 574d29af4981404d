import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, runCli } from './run-cli.js';

/** Three vendors on an hourly rate without anchors (min–max) and a 1–5 scale. */
function project(): string {
  const dir = makeTempDir();
  writeFileSync(
    join(dir, 'set.yaml'),
    'id: rates\nname: Rates\ncriteria:\n  - id: hourly-rate\n    type: number\n    unit: EUR/h\n    direction: lower\n  - id: quality\n    type: scale\n',
  );
  writeFileSync(join(dir, 'vendor-eval.config.yaml'), 'criteria: set.yaml\nvendors: vendors/\n');
  mkdirSync(join(dir, 'vendors'));
  for (const [id, rate, quality] of [
    ['a', '19.90', 4],
    ['b', '24', 3],
    ['c', '31.50', 5],
  ])
    writeFileSync(
      join(dir, 'vendors', `${id}.yaml`),
      `vendor: ${id}\nanswers:\n  hourly-rate: ${rate}\n  quality: ${quality}\n`,
    );
  return dir;
}

describe('explain shows how each utility was derived', () => {
  it('table: a line under the answer', async () => {
    const run = await runCli(['explain', 'b'], { cwd: project() });
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    const at = lines.findIndex((l) => l.startsWith('│ hourly-rate'));
    expect(lines.slice(at, at + 4)).toEqual([
      '│ hourly-rate                      │ 24 EUR/h             │    0.65 │  50.00% │   32.3 │                                            │',
      "│                                  │ on the field's range │         │         │        │                                            │",
      '│                                  │ 19.9–31.5 EUR/h,     │         │         │        │                                            │',
      '│                                  │ minmax               │         │         │        │                                            │',
    ]);
    expect(run.stdout).toContain(
      '│                                  │ (3 − 1)/(5 − 1)      │         │         │        │                                            │',
    );
  });

  it('markdown: in the answer cell', async () => {
    const run = await runCli(['explain', 'b', '--format', 'markdown'], { cwd: project() });
    expect(run.stdout).toContain(
      "| hourly-rate | 24 EUR/h<br>on the field's range 19.9–31.5 EUR/h, minmax | 0.65 | 50.00% | 32.3 |  |",
    );
    expect(run.stdout).toContain('| quality | 3<br>(3 − 1)/(5 − 1) | 0.50 | 50.00% | 25.0 |  |');
  });

  it('json: a structured derivation per criterion, with the utility it gives', async () => {
    const run = await runCli(['explain', 'b', '--format', 'json'], { cwd: project() });
    const doc = JSON.parse(run.stdout) as {
      vendor: { criteria: { utility: number; derivation: unknown }[] };
    };
    expect(doc.vendor.criteria.map((c) => c.derivation)).toEqual([
      {
        formula: 'minmax',
        value: 24,
        direction: 'lower',
        min: 19.9,
        max: 31.5,
        utility: doc.vendor.criteria[0]?.utility,
      },
      { formula: 'scale', value: 3, min: 1, max: 5, utility: 0.5 },
    ]);
    expect(doc.vendor.criteria[0]?.utility).toBeCloseTo(1 - 4.1 / 11.6, 12);
  });

  it('json: an unanswered criterion has derivation null, and is not part of the field', async () => {
    const dir = project();
    writeFileSync(join(dir, 'vendors', 'd.yaml'), 'vendor: d\nanswers:\n  quality: 2\n');
    const d = await runCli(['explain', 'd', '--format', 'json'], { cwd: dir });
    const doc = JSON.parse(d.stdout) as { vendor: { criteria: { derivation: unknown }[] } };
    expect(doc.vendor.criteria.map((c) => c.derivation)).toEqual([
      null,
      { formula: 'scale', value: 2, min: 1, max: 5, utility: 0.25 },
    ]);
    const b = await runCli(['explain', 'b', '--format', 'json'], { cwd: dir });
    const bDoc = JSON.parse(b.stdout) as typeof doc;
    expect(bDoc.vendor.criteria[0]?.derivation).toMatchObject({
      min: 19.9,
      max: 31.5,
    });
  });
});
