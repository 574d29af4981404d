import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineWidth } from '../../src/ui/width.js';
import { examplesDir, runCli } from '../cli/run-cli.js';
import { makeTempDir } from '../helpers/temp.js';

// A vendor with a Chinese name (two terminal columns a character) in the shipped examples: every
// table view and the lines around it still fit the terminal, measured in columns.
function examplesWithWideName(): string {
  const dir = makeTempDir('vendor-eval-wide-');
  cpSync(examplesDir, join(dir, 'vendors'), { recursive: true });
  const file = join(dir, 'vendors', 'puente-contact.yaml');
  const text = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    text.replace('name: Puente Contact Partners', 'name: 普恩特联络中心合作伙伴有限公司'),
  );
  return dir;
}

describe('wide characters fit the terminal', () => {
  const dir = examplesWithWideName();
  it.each([
    ['rank', ['rank', 'vendors']],
    ['rank --all-methods', ['rank', 'vendors', '--all-methods']],
    ['explain', ['explain', 'puente-contact', 'vendors']],
    ['compare', ['compare', 'puente-contact', 'harbourline-care', 'vendors']],
  ])('%s at 80 columns', async (_, args) => {
    const run = await runCli(args, { cwd: dir, columns: 80, env: { COLUMNS: '80' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('普恩特');
    const wide = run.stdout.split('\n').filter((l) => lineWidth(l) > 80);
    expect(wide).toEqual([]);
  });
});
