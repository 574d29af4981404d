import { describe, expect, it } from 'vitest';
import { examplesDir, runCli } from './run-cli.js';

// `--weights` must be stated by every output, so an ad-hoc weighting never passes for the set's.
const line =
  "weights overridden: pricing 40 (was 30) — effective weights: pricing 36.4% — not the set's own weighting";
const bold = `**Weights overridden: pricing 40 (was 30) — effective weights: pricing 36.4% — not the set's own weighting.**`;
const csvComment =
  "# weights overridden: pricing=40 (was 30); effective weights: pricing 36.4%; not the set's own weighting";

const run = async (...args: string[]): Promise<string> => {
  const r = await runCli([...args, examplesDir, '--weights', 'pricing=40', '-q']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
};
const lines = (text: string): string[] => text.split(/\r?\n/);

describe('--weights overrides are stated in every output', () => {
  it('rank: under the table title, a Markdown paragraph, a CSV comment line first', async () => {
    expect(lines(await run('rank'))[1]).toBe(`! ${line}`);
    expect(lines(await run('rank', '-f', 'markdown')).slice(2, 6)).toEqual([
      'Method: weighted-sum; unanswered criteria: scored 0.',
      '',
      bold,
      '',
    ]);
    const csv = lines(await run('rank', '-f', 'csv'));
    expect(csv[0]).toBe(csvComment);
    expect(csv[1]).toMatch(/^rank,id,name,score,/);
  });

  it('rank --format json: weightOverrides holds the raw values given, right after method', async () => {
    const doc = JSON.parse(await run('rank', '-f', 'json')) as Record<string, unknown>;
    expect(doc.weightOverrides).toEqual({ pricing: 40 });
    expect(Object.keys(doc).slice(0, 5)).toEqual([
      'tool',
      'criteriaSet',
      'method',
      'weightOverrides',
      'missingPolicy',
    ]);
    const plain = await runCli(['rank', examplesDir, '-f', 'json', '-q']);
    expect((JSON.parse(plain.stdout) as Record<string, unknown>).weightOverrides).toEqual({});
  });

  it('several overrides are listed in the order given, with their effective global weights', async () => {
    const r = await runCli(['rank', examplesDir, '--weights', 'pricing=40,security=10', '-q']);
    expect(lines(r.stdout)[1]).toBe(
      "! weights overridden: pricing 40 (was 30), security 10 (was 15) — effective weights: pricing 38.1%, security 9.5% — not the set's own weighting",
    );
  });

  it('explain and compare: under the headline, in Markdown, and in JSON', async () => {
    // explain: under the headline and the bid's cost line
    const explainLines = lines(await run('explain', 'harbourline-care'));
    expect(explainLines[1]).toBe('cost: USD 312,933 a month, USD 11,666,927 over the contract');
    expect(explainLines[2]).toBe(`! ${line}`);
    expect(lines(await run('explain', 'harbourline-care', '-f', 'markdown'))[2]).toBe(bold);
    const explain = JSON.parse(await run('explain', 'harbourline-care', '-f', 'json')) as {
      weightOverrides: unknown;
    };
    expect(explain.weightOverrides).toEqual({ pricing: 40 });
    expect(lines(await run('compare', 'harbourline-care', 'puente-contact'))[1]).toBe(`! ${line}`);
    expect(
      lines(await run('compare', 'harbourline-care', 'puente-contact', '-f', 'markdown'))[2],
    ).toBe(bold);
    const compare = JSON.parse(
      await run('compare', 'harbourline-care', 'puente-contact', '-f', 'json'),
    ) as { weightOverrides: unknown };
    expect(compare.weightOverrides).toEqual({ pricing: 40 });
  });

  it('rank --all-methods: table, Markdown, CSV and JSON', async () => {
    expect(lines(await run('rank', '--all-methods'))[1]).toBe(`! ${line}`);
    expect(lines(await run('rank', '--all-methods', '-f', 'markdown'))[4]).toBe(bold);
    expect(lines(await run('rank', '--all-methods', '-f', 'csv'))[0]).toBe(csvComment);
    const doc = JSON.parse(await run('rank', '--all-methods', '-f', 'json')) as Record<
      string,
      unknown
    >;
    expect(doc.weightOverrides).toEqual({ pricing: 40 });
  });

  it('weights: under the title, and weightOverrides in the JSON', async () => {
    const table = await runCli(['weights', '--weights', 'pricing=40', '-q']);
    expect(lines(table.stdout)[1]).toBe(`! ${line}`);
    const json = await runCli(['weights', '--weights', 'pricing=40', '-q', '-f', 'json']);
    const doc = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(Object.keys(doc).slice(0, 2)).toEqual(['criteriaSet', 'weightOverrides']);
    expect(doc.weightOverrides).toEqual({ pricing: 40 });
    const plain = await runCli(['weights', '-q', '-f', 'json']);
    expect((JSON.parse(plain.stdout) as Record<string, unknown>).weightOverrides).toEqual({});
  });

  it('without --weights no output mentions overrides', async () => {
    for (const args of [
      ['rank'],
      ['rank', '-f', 'csv'],
      ['rank', '-f', 'markdown'],
      ['rank', '--all-methods'],
      ['explain', 'harbourline-care'],
      ['compare', 'harbourline-care', 'puente-contact'],
    ]) {
      const r = await runCli([...args, examplesDir, '-q']);
      expect(r.stdout).not.toMatch(/overridden/i);
    }
  });
});
