import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, repoRoot, runCli } from './run-cli.js';

/** The worked example plus "echo", which Bravo beats on every criterion. */
let dir: string;
beforeAll(() => {
  dir = makeTempDir();
  cpSync(join(repoRoot, 'docs', 'worked-example'), dir, { recursive: true });
  writeFileSync(
    join(dir, 'vendors', 'echo.yaml'),
    'vendor: echo\nname: Echo Care\nanswers:\n  answer-speed: 25\n  csat: 3\n  hourly-rate: 16\n  pci-aoc: { value: true, evidence: AOC 2026-02 }\n',
  );
});

describe('rank --pareto', () => {
  it('the plain table marks the dominated vendor with †', async () => {
    const run = await runCli(['rank'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Echo Care †/);
    expect(run.stdout).toMatch(/Echo Care is dominated by Bravo BPO/);
  });

  it('lists only the non-dominated eligible vendors and says who was left out', async () => {
    const run = await runCli(['rank', '--pareto'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Bravo BPO');
    expect(run.stdout).toContain('Alpha Contact');
    expect(run.stdout).toContain('Charlie Care');
    expect(run.stdout).not.toMatch(/│.*Echo Care/);
    expect(run.stdout).not.toMatch(/│.*Delta Direct/);
    expect(run.stdout).toContain(
      'Pareto front: 3 of 5 vendors; left out: Echo Care (dominated by Bravo BPO); Delta Direct (ineligible)',
    );
  });

  it('filters every format the same way', async () => {
    const json = JSON.parse(
      (await runCli(['rank', '--pareto', '-f', 'json'], { cwd: dir })).stdout,
    ) as {
      vendors: { id: string; rank: number; dominatedBy: string[] }[];
    };
    expect(json.vendors.map((v) => v.id)).toEqual(['bravo', 'alpha', 'charlie']);
    expect(json.vendors.every((v) => v.dominatedBy.length === 0)).toBe(true);
    const csv = (await runCli(['rank', '--pareto', '-f', 'csv'], { cwd: dir })).stdout;
    expect(csv.trim().split('\r\n')).toHaveLength(4);
    expect(csv).not.toContain('echo');
    const md = (await runCli(['rank', '--pareto', '-f', 'markdown'], { cwd: dir })).stdout;
    expect(md).toContain('Pareto front: 3 of 5 vendors');
    expect(md).not.toContain('| Echo Care');
  });

  it('keeps the ranks of the full field', async () => {
    const json = JSON.parse(
      (await runCli(['rank', '--pareto', '-f', 'json'], { cwd: dir })).stdout,
    ) as {
      vendors: { id: string; rank: number }[];
    };
    const full = JSON.parse((await runCli(['rank', '-f', 'json'], { cwd: dir })).stdout) as {
      vendors: { id: string; rank: number }[];
    };
    for (const v of json.vendors)
      expect(v.rank).toBe(full.vendors.find((x) => x.id === v.id)?.rank);
  });

  it('combines with --all-methods', async () => {
    const run = await runCli(['rank', '--pareto', '--all-methods', '-f', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { vendors: { id: string }[] };
    expect(doc.vendors.map((v) => v.id)).toEqual(['bravo', 'alpha', 'charlie']);
  });
});
