import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/context.js';
import { makeTempDir, repoRoot, runCli } from './run-cli.js';

/** `rank` with a stdout that keeps each write apart. */
async function rankWrites(args: readonly string[]): Promise<{ code: number; writes: string[] }> {
  const writes: string[] = [];
  const ctx: CliContext = {
    cwd: repoRoot,
    env: {},
    stdout: { write: (text: string) => writes.push(text) },
    stderr: { write: () => true },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    columns: undefined,
  };
  const code = await main(['rank', 'examples/vendors', '--format', 'json', ...args], ctx);
  return { code, writes };
}

// `rank --format json` is written in pieces (src/report/json-chunks.ts): the bytes must be those
// of one JSON.stringify of the whole document, to stdout and to a file alike.
describe('rank --format json, written in pieces', () => {
  it.each([{ extra: [] }, { extra: ['--robustness'] }])(
    'stdout gets the document of JSON.stringify in several writes, with $extra',
    async ({ extra }) => {
      const { code, writes } = await rankWrites(extra);
      expect(code).toBe(0);
      expect(writes.length).toBeGreaterThan(1);
      const text = writes.join('');
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
      const doc = JSON.parse(text) as { vendors: { robustness?: unknown }[] };
      expect(doc.vendors).toHaveLength(6);
      expect(doc.vendors.every((v) => v.robustness !== undefined)).toBe(extra.length > 0);
    },
  );

  it('-o writes the same bytes as stdout', async () => {
    const dir = makeTempDir();
    const out = join(dir, 'ranking.json');
    const toStdout = await runCli(['rank', 'examples/vendors', '--format', 'json']);
    const toFile = await runCli(['rank', 'examples/vendors', '--format', 'json', '-o', out]);
    expect(toFile.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(toStdout.stdout);
  });
});
