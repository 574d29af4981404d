import { describe, expect, it } from 'vitest';
import { examplesDir, runCli } from './run-cli.js';

const widest = (text: string): number => Math.max(...text.split('\n').map((l) => [...l].length));

describe('rank table on a narrow terminal', () => {
  it('keeps the category columns when they fit', async () => {
    const run = await runCli(['rank', examplesDir], { stdoutIsTTY: true, columns: 200 });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('security');
    expect(run.stdout).not.toContain('category columns hidden');
  });

  it('drops the category columns, and says so, when the table would overflow', async () => {
    const run = await runCli(['rank', examplesDir, '--no-color'], {
      stdoutIsTTY: true,
      columns: 80,
    });
    expect(run.code).toBe(0);
    const table = run.stdout.split('\n').filter((l) => /^[┌│├└]/.test(l));
    expect(widest(table.join('\n'))).toBeLessThanOrEqual(80);
    expect(run.stdout).toContain('category columns hidden');
    expect(run.stdout).toContain('Harbourline Customer Care');
  });

  it('never narrows output that goes to a pipe (no terminal width)', async () => {
    const run = await runCli(['rank', examplesDir]);
    expect(run.stdout).toContain('cultural-fit');
  });
});
