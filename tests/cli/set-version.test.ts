import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, runCli } from './run-cli.js';

/** A set with or without `version:`, and two vendors. */
function project(version = ''): string {
  const dir = makeTempDir();
  writeFileSync(
    join(dir, 'set.yaml'),
    `id: tiny\nname: Tiny\n${version}criteria:\n  - { id: a, type: scale }\n  - { id: b, type: scale }\n`,
  );
  mkdirSync(join(dir, 'vendors'));
  writeFileSync(join(dir, 'vendors', 'x.yaml'), 'name: X\nanswers: { a: 4, b: 3 }\n');
  writeFileSync(join(dir, 'vendors', 'y.yaml'), 'name: Y\nanswers: { a: 2, b: 5 }\n');
  return dir;
}

/** The criteria set that heads a JSON document. */
const criteriaSetOf = (json: string) =>
  (JSON.parse(json) as { criteriaSet: { id: string; name: string; version: number | null } })
    .criteriaSet;

const rank = (dir: string, ...args: string[]) =>
  runCli(['rank', '-c', 'set.yaml', 'vendors', ...args], { cwd: dir, columns: 120 });

describe('a criteria set without a version', () => {
  it('table: the header names the set without a version (no "vnull")', async () => {
    const run = await rank(project(), '-f', 'table');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      'Tiny (tiny) · method weighted-sum · unanswered score 0',
    );
    expect(run.stdout).not.toContain('null');
  });

  it('json: criteriaSet.version is null', async () => {
    const run = await rank(project(), '-f', 'json');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"version": null');
    expect(criteriaSetOf(run.stdout)).toEqual({ id: 'tiny', name: 'Tiny', version: null });
  });

  it('markdown: no "null" anywhere', async () => {
    const run = await rank(project(), '-f', 'markdown');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('## Tiny: ranking');
    expect(run.stdout).not.toContain('null');
  });

  it('json of --all-methods, weights and explain: version null too', async () => {
    const dir = project();
    for (const args of [
      ['rank', '-c', 'set.yaml', 'vendors', '--all-methods', '-f', 'json'],
      ['weights', 'set.yaml', '--format', 'json'],
      ['explain', 'x', '-c', 'set.yaml', 'vendors', '--format', 'json'],
    ]) {
      const run = await runCli(args, { cwd: dir });
      expect(run.code, args.join(' ')).toBe(0);
      expect(criteriaSetOf(run.stdout)).toEqual({
        id: 'tiny',
        name: 'Tiny',
        version: null,
      });
    }
  });

  it('with a version the table header and JSON give it', async () => {
    const dir = project('version: 3\n');
    const table = await rank(dir, '-f', 'table');
    expect(table.stdout.split('\n')[0]).toBe(
      'Tiny (tiny v3) · method weighted-sum · unanswered score 0',
    );
    const json = await rank(dir, '-f', 'json');
    expect(criteriaSetOf(json.stdout).version).toBe(3);
  });
});
