import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { match } from '../helpers/match.js';
import { examplesDir, makeTempDir, runCli } from './run-cli.js';

interface CompareDoc {
  method: string;
  a: { id: string; rank: number | null; score: number; eligible: boolean; knockouts: unknown[] };
  b: { id: string; rank: number | null; score: number; eligible: boolean; knockouts: unknown[] };
  scoreDifference: number;
  criteria: {
    id: string;
    a: { contribution: number; utility: number };
    b: { contribution: number; utility: number };
    difference: number;
  }[];
}

const json = async (...args: string[]): Promise<CompareDoc> =>
  JSON.parse((await runCli(['compare', ...args, '-f', 'json'])).stdout) as CompareDoc;

describe('compare <a> <b>', () => {
  it('puts two vendors side by side, the deciding criteria first', async () => {
    const run = await runCli(['compare', 'puente-contact', 'harbourline-care', 'examples/vendors']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Puente Contact Partners leads Harbourline Customer Care by 5\.3 points \(76\.8 vs 71\.5\)/,
    );
    // each vendor's line carries its bid's cost under the set's demand
    expect(run.stdout).toMatch(
      /A: Puente Contact Partners \(puente-contact\) 76\.8 \/ 100, rank 1 of 3 · cost: USD 156,940 a month, USD 5,913,845 over the contract\n/,
    );
    expect(run.stdout).toMatch(
      /B: Harbourline Customer Care \(harbourline-care\) 71\.5 \/ 100, rank 2 of 3 · cost: USD 312,933 a month, USD 11,666,927 over the contract\n/,
    );
    // the cost criterion decides most: Puente's cheaper bid is worth 15.2 points of its 5.3 lead
    const firstRow = run.stdout.split('\n').find((l) => l.startsWith('│ Total cost'));
    expect(firstRow).toMatch(/5,913,845 contract.*17\.7.*11,666,927 contract.*2\.5.*\+15\.2/);
    expect(run.stdout).toContain('all 83 add up to +5.3, A − B');
    // an abnormally low bid is said on its vendor's line, eligible or not
    const tala = await runCli(['compare', 'puente-contact', 'tala-global', 'examples/vendors']);
    expect(tala.stdout).toMatch(
      /B: Tala Global Services \(tala-global\) 70\.8 \/ 100, ineligible · cost: USD 102,001 a month, USD 3,817,055 over the contract — an abnormally low bid, far below the median: ask for an explanation of the price before rejecting it\n/,
    );
  });

  it('--format json: rows sorted by |difference|, differences summing to the score gap', async () => {
    const doc = await json('puente-contact', 'harbourline-care', 'examples/vendors');
    expect(doc.a).toMatchObject({ id: 'puente-contact', rank: 1 });
    expect(doc.b).toMatchObject({ id: 'harbourline-care', rank: 2 });
    expect(doc.criteria.length).toBeGreaterThan(50);
    const gaps = doc.criteria.map((c) => Math.abs(c.difference));
    expect(gaps).toEqual([...gaps].sort((x, y) => y - x));
    for (const c of doc.criteria)
      expect(c.difference).toBeCloseTo(c.a.contribution - c.b.contribution, 12);
    const sum = doc.criteria.reduce((s, c) => s + c.difference, 0);
    expect(sum).toBeCloseTo(doc.scoreDifference, 9);
    expect(doc.criteria[0]?.id).toBe('pricing-total-cost');
    expect(doc.a).toMatchObject({
      cost: { monthly: match.closeTo(156939.9529, 3), contract: match.closeTo(5913845.0852, 3) },
    });
    expect(doc.b).toMatchObject({
      cost: { monthly: match.closeTo(312932.7843, 3), currency: 'USD', abnormallyLow: false },
    });
  });

  it('--top limits the rows and says how many were left out', async () => {
    const run = await runCli([
      'compare',
      'puente-contact',
      'harbourline-care',
      'examples/vendors',
      '--top',
      '3',
    ]);
    expect(run.code).toBe(0);
    // 83 criteria, 3 shown; the largest difference left out is 0.8 points (quality assurance)
    expect(run.stdout).toMatch(/80 more criteria differ by at most 0\.8 points/);
    expect(
      (await json('puente-contact', 'harbourline-care', 'examples/vendors', '--top', '3')).criteria,
    ).toHaveLength(3);
  });

  it('shows knock-outs and uses the chosen method', async () => {
    const run = await runCli([
      'compare',
      'puente-contact',
      'kestrel-contact',
      'examples/vendors',
      '-m',
      'topsis',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /Puente Contact Partners is eligible, Kestrel Contact Solutions is not/,
    );
    expect(run.stdout).toMatch(/✗ knock-out GDPR Art\. 28 processor agreement: no \(must be yes\)/);
    expect(run.stdout).toMatch(/✗ knock-out Languages offered: en \(must include en, es\)/);
    expect(run.stdout).toContain('✗ must be yes');
    expect(run.stdout).toMatch(/topsis: d⁺ \(to ideal\) 0\.\d{4}/);
    const doc = await json('puente-contact', 'kestrel-contact', 'examples/vendors', '-m', 'topsis');
    expect(doc.method).toBe('topsis');
    expect(doc.b).toMatchObject({ eligible: false, rank: null });
    expect(doc.b.knockouts).toHaveLength(2);
  });

  it('--format markdown is a table with both vendors', async () => {
    const run = await runCli([
      'compare',
      'puente-contact',
      'harbourline-care',
      'examples/vendors',
      '-f',
      'markdown',
      '--top',
      '2',
    ]);
    expect(run.stdout).toMatch(/^## Puente Contact Partners leads/);
    expect(run.stdout).toContain(
      '| Criterion | Weight | Puente Contact Partners | Points | Harbourline Customer Care | Points | Δ |',
    );
    expect(run.stdout).toContain(
      '- **Puente Contact Partners** (puente-contact): 76.8 / 100, rank 1 of 3\n  - Cost: USD 156,940 a month, USD 5,913,845 over the contract\n',
    );
    expect(run.stdout).toContain(
      '| Total cost of our demand over the term | 25.00% | 5,913,845 contract (u 0.71) | 17.7 | 11,666,927 contract (u 0.10) | 2.5 | +15.2 |',
    );
  });

  it('an unknown vendor is exit 2 with a suggestion; the same vendor twice is a usage error', async () => {
    const typo = await runCli(['compare', 'puente-contct', 'tala-global', 'examples/vendors']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(
      /no vendor "puente-contct" among 6 vendors \(unknown-vendor\) — did you mean "puente-contact"\?/,
    );
    const same = await runCli(['compare', 'tala-global', 'tala-global', 'examples/vendors']);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/two different vendors/);
    expect(same.stdout).toBe('');
  });

  it('an unknown vendor suggests the vendors whose id or name starts with or contains it', async () => {
    // the README's workflow: copy a vendor file, then change vendor: and name:
    const dir = makeTempDir();
    for (const file of readdirSync(examplesDir))
      copyFileSync(join(examplesDir, file), join(dir, file));
    const copy = readFileSync(join(dir, 'puente-contact.yaml'), 'utf8')
      .replace(/^vendor: .*$/m, 'vendor: costa-care')
      .replace(/^name: .*$/m, 'name: Costa Care');
    writeFileSync(join(dir, 'costa-care.yaml'), copy);
    const explain = await runCli(['explain', 'costa', dir]);
    expect(explain.code).toBe(2);
    expect(explain.stderr).toBe(
      'error no vendor "costa" among 7 vendors (unknown-vendor) — did you mean "costa-care"?\n',
    );
    const compare = await runCli(['compare', 'costa', 'tala-global', dir]);
    expect(compare.stderr).toBe(
      'error no vendor "costa" among 7 vendors (unknown-vendor) — did you mean "costa-care"?\n',
    );
    // by name; several matches are all named
    const byName = await runCli(['explain', 'partners', examplesDir]);
    expect(byName.stderr).toBe(
      'error no vendor "partners" among 6 vendors (unknown-vendor) — did you mean "puente-contact"?\n',
    );
    const several = await runCli(['explain', 'contact', examplesDir]);
    expect(several.stderr).toBe(
      'error no vendor "contact" among 6 vendors (unknown-vendor) — did you mean one of "puente-contact", "kestrel-contact"?\n',
    );
  });

  it('is listed in the help with examples', async () => {
    const help = await runCli(['--help']);
    expect(help.stdout).toMatch(/compare \[options\] <a> <b> \[paths\.\.\.\]/);
    const own = await runCli(['compare', '--help']);
    expect(own.stdout).toContain(
      '$ vendor-eval compare puente-contact tala-global examples/vendors',
    );
    expect(own.stdout).toContain('--top <n>');
  });
});
