// docs/ci.md shows the CI files `init` writes; they must be what `init` writes today, so the page
// cannot drift from the templates (templates/init/ci/*.yml).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '../../src/io/init-templates.js';
import { version } from '../../src/version.js';
import { repoRoot } from '../cli/run-cli.js';

/** The template as `init` fills it, without its leading comment block (the page explains it). */
function workflow(name: string): string {
  const text = readFileSync(join(repoRoot, 'templates/init/ci', name), 'utf8');
  const filled = fillPlaceholders(text, { version }, `ci/${name}`);
  const lines = filled.split('\n');
  const start = lines.findIndex((l) => l.trim() !== '' && !l.startsWith('#'));
  return lines.slice(start).join('\n').trimEnd();
}

/** Every ```yaml block of docs/ci.md. */
function yamlBlocks(): string[] {
  const page = readFileSync(join(repoRoot, 'docs/ci.md'), 'utf8');
  return [...page.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => (m[1] ?? '').trimEnd());
}

describe('docs/ci.md shows the CI files init writes', () => {
  it.each(['github.yml', 'gitlab.yml'])('%s', (name) => {
    expect(yamlBlocks()).toContain(workflow(name));
  });
});
