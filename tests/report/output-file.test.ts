import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ansi, examplesDir, makeTempDir, runCli } from '../cli/run-cli.js';

describe.each([
  ['explain', ['explain', 'tala-global', examplesDir]],
  ['compare', ['compare', 'puente-contact', 'tala-global', examplesDir]],
])('%s -o', (_name, args) => {
  it('writes the report to the file, without colour or narrowing, and says so', async () => {
    const dir = makeTempDir();
    const file = join(dir, 'report.txt');
    const run = await runCli([...args, '-o', file, '--color'], {
      stdoutIsTTY: true,
      columns: 60,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`wrote ${file}`);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(ansi);
    expect(text).toBe((await runCli(args)).stdout);
  });

  it('writes JSON and Markdown too', async () => {
    const dir = makeTempDir();
    const file = join(dir, 'report.json');
    const run = await runCli([...args, '--format', 'json', '-o', file]);
    expect(run.code).toBe(0);
    expect((JSON.parse(readFileSync(file, 'utf8')) as { tool: { name: string } }).tool.name).toBe(
      'vendor-eval',
    );
  });

  it('refuses to overwrite an input file', async () => {
    const input = join(examplesDir, 'tala-global.yaml');
    const before = readFileSync(input, 'utf8');
    const run = await runCli([...args, '-o', input]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('would overwrite an input file');
    expect(readFileSync(input, 'utf8')).toBe(before);
    expect(existsSync(input)).toBe(true);
  });
});
