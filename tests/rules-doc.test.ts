import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules, ruleIds } from '../src/core/rules.js';
import { formatRulesMarkdown } from '../src/report/rules-markdown.js';

// docs/rules.md is generated from the rule catalogue. When this fails, run `npm run docs:rules`.
describe('docs/rules.md', () => {
  it('matches the rule catalogue', () => {
    const committed = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8');
    expect(committed).toBe(formatRulesMarkdown(rules));
  });

  it('lists every rule id once, kebab-case', () => {
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const id of ruleIds) expect(id).toMatch(/^(?:policy\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const text = formatRulesMarkdown(rules);
    for (const id of ruleIds) expect(text).toContain(`| \`${id}\` |`);
  });
});

// An issue written as an object literal in src/ states its severity next to its rule; that
// severity must be the catalogue's, so docs/rules.md tells the truth about every problem.
describe('issues in src/ use their rule’s catalogue severity', () => {
  const sources = (dir: URL): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const url = new URL(entry.name + (entry.isDirectory() ? '/' : ''), dir);
      if (entry.isDirectory()) return sources(url);
      return entry.name.endsWith('.ts') ? [readFileSync(url, 'utf8')] : [];
    });
  const text = sources(new URL('../src/', import.meta.url)).join('\n');
  // `severity: 'x', rule: 'y'` in either order, on neighbouring lines of one literal
  const pairs = [
    ...text.matchAll(/severity: '(error|warning|info)',\s*rule: '([a-z0-9/-]+)'/g),
  ].map((m) => [m[2] as string, m[1] as string] as const);
  const reversed = [
    ...text.matchAll(/rule: '([a-z0-9/-]+)',\s*severity: '(error|warning|info)'/g),
  ].map((m) => [m[1] as string, m[2] as string] as const);

  it('finds the literals (the check is not vacuous)', () => {
    expect(pairs.length + reversed.length).toBeGreaterThan(30);
  });

  it('every literal’s severity is the catalogue’s', () => {
    const wrong = [...pairs, ...reversed].filter(
      ([rule, severity]) =>
        (rules as Record<string, { severity: string }>)[rule]?.severity !== severity,
    );
    expect(wrong).toEqual([]);
  });
});
