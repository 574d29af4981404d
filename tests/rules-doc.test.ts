import { readFileSync } from 'node:fs';
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
    for (const id of ruleIds) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const text = formatRulesMarkdown(rules);
    for (const id of ruleIds) expect(text).toContain(`| \`${id}\` |`);
  });
});
