import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../cli/run-cli.js';

/** Every file the built entry loads before any command runs: its static imports, transitively. */
function staticClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^import[^;]*?from\s*"(\.[^"]+)"|^import\s*"(\.[^"]+)"/gm))
      visit(join(dirname(file), m[1] ?? m[2] ?? ''));
  };
  visit(entry);
  return [...seen];
}

const entry = join(repoRoot, 'dist', 'cli.js');

// npm test builds before it runs the tests; a bare `vitest run` without a build skips this
describe.runIf(existsSync(entry))('startup (the built CLI)', () => {
  it('loads neither chalk nor cli-table3 for --help: formats and themes load when used', () => {
    const files = staticClosure(entry);
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toContain('node_modules/chalk/');
      expect(text, file).not.toContain('node_modules/cli-table3/');
      // the prompts load only when `score` runs
      expect(text, file).not.toContain('node_modules/@inquirer/');
    }
  });

  it('has them in the chunks the commands load (so the check above looks at real names)', () => {
    const chunks = join(repoRoot, 'dist', 'chunks');
    const all = readdirSync(chunks)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(chunks, f), 'utf8'))
      .join('\n');
    expect(all).toContain('node_modules/cli-table3/');
    expect(all).toContain('node_modules/chalk/');
    expect(all).toContain('node_modules/@inquirer/core/');
  });
});
