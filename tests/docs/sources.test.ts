// The comments of criteria/*.yaml name the source of each threshold by a key in brackets
// ([WFML-SL], [COLA], …); docs/sources.md is the register those keys resolve in. Users clone only
// the project, so every cited key must be defined there, and the register must not drift: no key
// nobody cites, and the "used by" column lists exactly the criteria whose comments cite the key.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../cli/run-cli.js';
import { citations, type Citation } from './source-citations.js';

/** One row of the register table: `| key | source | grade | used by |`. */
interface Row {
  key: string;
  source: string;
  grade: string;
  usedBy: string[];
}

function register(): Row[] {
  const page = readFileSync(join(repoRoot, 'docs/sources.md'), 'utf8');
  return page
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .slice(1, line.trimEnd().endsWith('|') ? line.trimEnd().length - 1 : undefined)
        .split('|')
        .map((cell) => cell.trim()),
    )
    .filter(([key]) => key !== 'key' && !/^:?-+:?$/.test(key ?? ''))
    .map(([key = '', source = '', grade = '', usedBy = '']) => ({
      key,
      source,
      grade,
      usedBy: [...usedBy.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '').sort(),
    }));
}

const cited: (Citation & { file: string })[] = readdirSync(join(repoRoot, 'criteria'))
  .filter((name) => name.endsWith('.yaml'))
  .flatMap((name) =>
    citations(readFileSync(join(repoRoot, 'criteria', name), 'utf8')).map((c) => ({
      ...c,
      file: name,
    })),
  );
const rows = register();
const defined = new Set(rows.map((r) => r.key));
const citedKeys = new Set(cited.map((c) => c.key));

/** Sorted unique values. */
const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();

describe('docs/sources.md defines every source key the criteria cite', () => {
  it('finds the citations (the check is not vacuous)', () => {
    expect(rows.length).toBeGreaterThan(50);
    expect(cited.some((c) => c.key === 'WFML-SL' && c.subject === 'sla-voice-service-level')).toBe(
      true,
    );
    expect(cited.some((c) => c.subject === 'demand.contractMonths')).toBe(true);
  });

  it('every key cited in criteria/*.yaml (the demand comments included) is defined', () => {
    const missing = cited
      .filter((c) => !defined.has(c.key))
      .map((c) => `[${c.key}] criteria/${c.file}:${c.line}`);
    expect(missing, 'add these keys to docs/sources.md, or correct the comment').toEqual([]);
  });

  it('every key defined is cited by some criteria comment', () => {
    const unused = sorted(rows.map((r) => r.key).filter((key) => !citedKeys.has(key)));
    expect(unused, 'no comment cites these keys: remove their rows').toEqual([]);
  });

  it('defines each key once, with a source address and a grade H, M or L', () => {
    expect(sorted(rows.map((r) => r.key))).toHaveLength(rows.length);
    for (const row of rows) {
      expect(row.source, row.key).toMatch(/https?:\/\//);
      expect(row.grade, row.key).toMatch(/^[HML]\b/);
    }
  });

  it('"used by" lists exactly the criteria (or demand fields) whose comments cite the key', () => {
    const citing = (key: string): string =>
      sorted(cited.filter((c) => c.key === key).map((c) => c.subject)).join(', ');
    const expected = Object.fromEntries(sorted(citedKeys).map((key) => [key, citing(key)]));
    // A key missing from the register is reported by the test above, not again here.
    const actual = Object.fromEntries(
      sorted(citedKeys).map((key) => {
        const row = rows.find((r) => r.key === key);
        return [key, row === undefined ? citing(key) : row.usedBy.join(', ')];
      }),
    );
    expect(
      actual,
      'the "used by" column of docs/sources.md (expected: what the comments cite)',
    ).toEqual(expected);
  });
});
