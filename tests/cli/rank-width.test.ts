import { describe, expect, it } from 'vitest';
import { examplesDir, runCli } from './run-cli.js';

const widest = (text: string): number => Math.max(...text.split('\n').map((l) => [...l].length));

describe('rank table on a narrow terminal', () => {
  it('keeps the category columns when they fit', async () => {
    const run = await runCli(['rank', examplesDir], { stdoutIsTTY: true, columns: 200 });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('security');
    expect(run.stdout).not.toContain('hidden for width');
  });

  it('hides category columns one at a time, lowest weight first, and says which', async () => {
    const at = async (columns: number): Promise<string> =>
      (await runCli(['rank', examplesDir, '--no-color'], { stdoutIsTTY: true, columns })).stdout;
    // 144 columns is the natural width of the example table (with the Contract column)
    expect(await at(144)).not.toContain('hidden for width');
    const narrow = await at(131);
    expect(narrow).toContain(
      'hidden for width: cultural-fit (widen the terminal or use --format markdown)',
    );
    expect(narrow).toContain('│ capability │   Contract │ Eligible │ Missing │');
    expect(await at(115)).toContain(
      'hidden for width: cultural-fit, capability (widen the terminal or use --format markdown)',
    );
    const at80 = await at(80);
    expect(widest(at80)).toBeLessThanOrEqual(80);
    expect(at80).toContain(
      'hidden for width: cultural-fit, capability, governance, security, sla (widen',
    );
    // the cost outlasts every category column but one
    expect(at80).toContain('│ pricing │   Contract │ Eligible │ Missing │');
    // the longest vendor name wraps to fit the Contract column in
    expect(at80).toContain(
      [
        '│ 2 │ Harbourline Customer │  71.5 │    19.7 │ 11,666,927 │ yes      │       0 │',
        '│   │ Care                 │       │         │            │          │         │',
      ].join('\n'),
    );
    // after the last category, the Contract column goes, before Missing and Eligible
    const at60 = await at(60);
    expect(widest(at60)).toBeLessThanOrEqual(60);
    expect(at60).toContain('│ Score │ Eligible │ Missing │');
    expect(at60.replace(/\n {2}/g, ' ')).toContain(
      'hidden for width: cultural-fit, capability, governance, security, sla, pricing, Contract (widen the terminal or use --format markdown)',
    );
  });

  it('wraps vendor names before hiding anything more, and never exceeds the width', async () => {
    for (const columns of [60, 70, 90, 110]) {
      const run = await runCli(['rank', examplesDir, '--no-color'], {
        stdoutIsTTY: true,
        columns,
      });
      expect(widest(run.stdout), `at ${columns}`).toBeLessThanOrEqual(columns);
    }
  });

  it('honours COLUMNS when stdout is a pipe', async () => {
    const run = await runCli(['rank', examplesDir], { env: { COLUMNS: '80' } });
    expect(widest(run.stdout)).toBeLessThanOrEqual(80);
    expect(run.stdout).toContain('hidden for width: cultural-fit');
  });

  it('never narrows output that goes to a pipe without COLUMNS, or to a file', async () => {
    const run = await runCli(['rank', examplesDir]);
    expect(run.stdout).toContain('cultural-fit');
    const table = run.stdout.split('\n').filter((l) => /^[┌│├└]/.test(l));
    expect(widest(table.join('\n'))).toBe(144);
  });
});
