import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp.js';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './run-cli.js';

// Every vendor answers one boolean "no", so weighted-product scores all three 0: a tie of every
// eligible vendor, which is no verdict, not three co-winners.
function project(two: string): string {
  const dir = makeTempDir('vendor-eval-no-verdict-');
  writeFileSync(
    join(dir, 'set.yaml'),
    [
      'id: tiny',
      'name: Tiny',
      'scale: { min: 1, max: 5 }',
      'criteria:',
      '  - { id: a, type: boolean }',
      '  - { id: b, type: boolean }',
      '  - { id: c, type: scale }',
      '',
    ].join('\n'),
  );
  mkdirSync(join(dir, 'v'));
  const vendors: Record<string, string> = {
    one: '{ a: true, b: false, c: 5 }',
    two,
    three: '{ a: true, b: false, c: 2 }',
  };
  for (const [id, answers] of Object.entries(vendors))
    writeFileSync(join(dir, 'v', `${id}.yaml`), `vendor: ${id}\nanswers: ${answers}\n`);
  return dir;
}

const run = (dir: string, ...args: string[]) =>
  runCli(['rank', '--all-methods', '-c', 'set.yaml', 'v', '-q', ...args], {
    cwd: dir,
    env: { COLUMNS: '300' },
  });

describe('rank --all-methods: a method under which every eligible vendor ties gives no verdict', () => {
  it('the others agree: the winner is stated for the methods that decide', async () => {
    const dir = project('{ a: false, b: true, c: 1 }');
    const table = await run(dir);
    expect(table.stdout.split('\n').filter((l) => l.startsWith('!') || l.startsWith('✓'))).toEqual([
      '! one wins under every method that gives a verdict (5 of 6). No verdict under weighted-product (all 3 eligible vendors tie at 0.0).',
    ]);
    const doc = JSON.parse((await run(dir, '-f', 'json')).stdout) as Record<string, unknown>;
    expect(doc.noVerdict).toEqual({ 'weighted-product': 0 });
    expect(doc.sameWinner).toBe(true);
    expect((doc.winners as Record<string, string[]>)['weighted-product']).toEqual([
      'one',
      'three',
      'two',
    ]);
  });

  it('the others disagree: the groups, then the method without a verdict (Markdown too)', async () => {
    const dir = project('{ a: false, b: true, c: 3 }');
    const verdict =
      'The winner depends on the method: one under weighted-sum, vikor, promethee2, waspas; two under topsis. No verdict under weighted-product (all 3 eligible vendors tie at 0.0).';
    expect((await run(dir)).stdout).toContain(`\n! ${verdict}\n`);
    expect((await run(dir, '-f', 'markdown')).stdout).toContain(`\n**${verdict}**\n`);
    const doc = JSON.parse((await run(dir, '-f', 'json')).stdout) as Record<string, unknown>;
    expect(doc.sameWinner).toBe(false);
  });

  it('a method with a winner gives a verdict: no noVerdict entry', async () => {
    const doc = JSON.parse(
      (await runCli(['rank', 'examples/vendors', '--all-methods', '-f', 'json', '-q'])).stdout,
    ) as Record<string, unknown>;
    expect(doc.noVerdict).toEqual({});
  });
});
