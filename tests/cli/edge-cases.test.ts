import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, runCli } from './run-cli.js';

/** A tiny project: one set with two scale criteria, vendors given as [id, a, b]. */
function project(vendors: [string, number, number][], setExtra = ''): string {
  const dir = makeTempDir();
  writeFileSync(
    join(dir, 'set.yaml'),
    `id: tiny\nname: Tiny\n${setExtra}criteria:\n  - { id: a, type: scale }\n  - { id: b, type: scale }\n`,
  );
  mkdirSync(join(dir, 'vendors'));
  for (const [id, a, b] of vendors) {
    writeFileSync(
      join(dir, 'vendors', `${id}.yaml`),
      `name: ${id.toUpperCase()}\nanswers: { a: ${a}, b: ${b} }\n`,
    );
  }
  return dir;
}

describe('edge cases found in review', () => {
  it('refuses -o onto the project file, which stays unchanged', async () => {
    const dir = project([['x', 3, 3]]);
    const config = 'criteria: set.yaml\nvendors: vendors/\n';
    writeFileSync(join(dir, 'vendor-eval.config.yaml'), config);
    const run = await runCli(['rank', '-o', 'vendor-eval.config.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('would overwrite an input file');
    expect(readFileSync(join(dir, 'vendor-eval.config.yaml'), 'utf8')).toBe(config);
  });

  it('reports a vendor file in a folder whose keys are all misspelt instead of skipping it', async () => {
    const dir = project([['x', 3, 3]]);
    writeFileSync(join(dir, 'vendors', 'typo.yaml'), 'name: Typo\nanswrs: { a: 4 }\n');
    const run = await runCli(['rank', '-c', 'set.yaml', 'vendors'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('vendors/typo.yaml:2:1 error unknown key "answrs"');
    const validate = await runCli(['validate', '-c', 'set.yaml', 'vendors'], { cwd: dir });
    expect(validate.code).toBe(1);
  });

  it('does not let a folder named like a built-in set hide it', async () => {
    const dir = makeTempDir();
    mkdirSync(join(dir, 'sla'));
    const run = await runCli(['weights', 'sla', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).criteriaSet.id).toBe('sla');
  });

  it('names a misspelt method with a did-you-mean', async () => {
    const dir = project([['x', 3, 3]], 'method: topsys\n');
    const run = await runCli(['validate', 'set.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('unknown decision method "topsys"');
    expect(run.stdout).toContain('did you mean "topsis"?');
  });

  it('ignores a broken link to a file that is not YAML', async () => {
    const dir = project([['x', 3, 3]]);
    symlinkSync('/nonexistent/notes.md', join(dir, 'vendors', 'notes.md'));
    const run = await runCli(['rank', '-c', 'set.yaml', 'vendors'], { cwd: dir });
    expect(run.code).toBe(0);
  });

  it('--top keeps a tie at the cut whole and leaves out ineligible vendors', async () => {
    const dir = project([
      ['d', 5, 5],
      ['a', 3, 3],
      ['b', 3, 3],
      ['c', 3, 3],
      ['z', 1, 1],
    ]);
    const run = await runCli(['rank', '-c', 'set.yaml', 'vendors', '--top', '2', '-f', 'json'], {
      cwd: dir,
    });
    const ids = (JSON.parse(run.stdout) as { vendors: { id: string }[] }).vendors.map((v) => v.id);
    expect(ids).toEqual(['d', 'a', 'b', 'c']);
  });

  it('gives criteriaSet.version as null when the set has none', async () => {
    const dir = project([['x', 3, 3]]);
    const run = await runCli(['rank', '-c', 'set.yaml', 'vendors', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(run.stdout).criteriaSet).toEqual({ id: 'tiny', name: 'Tiny', version: null });
  });

  it('accepts an empty answers: as no answers yet', async () => {
    const dir = project([['x', 3, 3]]);
    writeFileSync(join(dir, 'vendors', 'empty.yaml'), 'name: Empty\nanswers:\n');
    const run = await runCli(['rank', '-c', 'set.yaml', 'vendors', '-f', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    const empty = (
      JSON.parse(run.stdout) as { vendors: { id: string; missing: string[] }[] }
    ).vendors.find((v) => v.id === 'empty');
    expect(empty?.missing).toEqual(['a', 'b']);
  });
});
