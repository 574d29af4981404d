import { describe, expect, it } from 'vitest';
import { examplesDir, runCli } from '../cli/run-cli.js';

const widest = (text: string): number => Math.max(...text.split('\n').map((l) => [...l].length));

/** Every table view on the shipped examples. */
const views: Record<string, string[]> = {
  rank: ['rank', examplesDir],
  'rank --all-methods': ['rank', examplesDir, '--all-methods'],
  explain: ['explain', 'meridian-shore', examplesDir],
  compare: ['compare', 'puente-contact', 'tala-global', examplesDir, '--top', '6'],
  'criteria list': ['criteria', 'list'],
  weights: ['weights', 'customer-service'],
};

describe.each(Object.entries(views))('%s fitted to the terminal', (_name, args) => {
  it.each([80, 100, 120])('at %i columns', async (columns) => {
    const run = await runCli([...args, '--no-color'], { stdoutIsTTY: true, columns });
    expect(run.code).toBe(0);
    expect(widest(run.stdout)).toBeLessThanOrEqual(columns);
    expect(run.stdout).toMatchSnapshot();
  });

  it('COLUMNS narrows it on a pipe as the terminal width does', async () => {
    const viaEnv = await runCli(args, { env: { COLUMNS: '80' } });
    const viaTty = await runCli([...args, '--no-color'], { stdoutIsTTY: true, columns: 80 });
    expect(viaEnv.stdout).toBe(viaTty.stdout);
  });
});
