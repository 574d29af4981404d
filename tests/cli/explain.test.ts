import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/** The table row (first physical line) of one criterion in `explain`'s table output. */
function rowOf(stdout: string, criterion: string): string[] {
  const line = stdout.split('\n').find((l) => l.startsWith(`│ ${criterion} `));
  expect(line, `no row for ${criterion}`).toBeDefined();
  return (line as string)
    .split('│')
    .slice(1, -1)
    .map((cell) => cell.trim());
}

describe('explain <vendor>', () => {
  it('shows every criterion with answer, utility, global weight, points and evidence', async () => {
    const run = await runCli(['explain', 'harbourline-care', 'examples/vendors']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Harbourline Customer Care \(harbourline-care\): 71\.5 \/ 100/);
    expect(run.stdout).toContain('rank 2 of 3');
    // under the headline, the bid's cost under the set's demand
    expect(run.stdout.split('\n')[1]).toBe(
      'cost: USD 312,933 a month, USD 11,666,927 over the contract',
    );
    expect(run.stdout).toMatch(/Criterion.*Answer.*Utility.*Weight.*Points.*Evidence/);
    // the buyer's own target: a knock-out met, hence full utility and a small weight
    const [commitment, row] = [
      ['Voice service level (commitment', '85 %', '1.00', '0.50%', '0.5'],
      ['Voice service level delivered', 'Six months of', '1.00', '3.00%', '3.0'],
    ].map((cells) => {
      const found = rowOf(run.stdout, cells[0] ?? '');
      expect(found.slice(0, 5)).toEqual(cells);
      return found;
    });
    expect(commitment?.[5]).toBe('note: SLA schedule s.2.1: 85 % within 20 s');
    expect(row?.[5]).toContain('ACD interval reports');
    // the cost criterion's answer is the computed contract cost; its evidence says where from
    const cost = rowOf(run.stdout, 'Total cost of our demand over');
    expect(cost).toEqual([
      'Total cost of our demand over',
      '11,666,927 contract',
      '0.10',
      '25.00%',
      '2.5',
      'computed from the per-hour bid in',
    ]);
    expect(run.stdout).toContain('`pricing`: vendor-eval cost --explain      │');
    // one table per top-level category, each with its weight and score
    for (const heading of [
      /Service levels and remedies weight 20\.0% · 96\.8 \/ 100/,
      /Governance and control weight 14\.0% · 93\.9 \/ 100/,
    ])
      expect(run.stdout).toMatch(heading);
  });

  it('shows a row for every criterion of the set', async () => {
    const json = await runCli(['explain', 'tala-global', 'examples/vendors', '--format', 'json']);
    const doc = JSON.parse(json.stdout) as { vendor: { criteria: { name: string }[] } };
    const table = await runCli(['explain', 'tala-global', 'examples/vendors']);
    expect(doc.vendor.criteria.length).toBeGreaterThan(50);
    for (const c of doc.vendor.criteria) {
      // long names wrap in the table; their first word is always on the row's first line
      const firstWords = c.name.split(' ').slice(0, 2).join(' ');
      expect(table.stdout).toContain(`│ ${firstWords}`);
    }
  });

  it('gives the knocked-out vendor’s reason, in the headline and at the failing criterion', async () => {
    const run = await runCli(['explain', 'kestrel-contact', 'examples/vendors']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('ineligible');
    expect(run.stdout).toMatch(/✗ knock-out GDPR Art\. 28 processor agreement: no \(must be yes\)/);
    const row = rowOf(run.stdout, 'GDPR Art. 28 processor agreement');
    expect(row.slice(1, 5)).toEqual(['no', '0.00', '0.56%', '0.0']);
    expect(row[5]).toMatch(/✗.*must be yes/);
    // its second knock-out: no Spanish
    expect(run.stdout).toMatch(/✗ knock-out Languages offered: en \(must include en, es\)/);
    expect(rowOf(run.stdout, 'Languages offered')[5]).toBe('✗ must include en, es');
  });

  it('marks unanswered criteria of the incomplete vendor', async () => {
    const run = await runCli(['explain', 'meridian-shore', 'examples/vendors']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/12 criteria unanswered \(scored 0\)/);
    const row = rowOf(run.stdout, 'First-contact resolution');
    expect(row.slice(1, 5)).toEqual(['unanswered', '—', '2.00%', '0.0']);
  });

  it('--format json carries the vendor entry of rank --format json', async () => {
    const run = await runCli([
      'explain',
      'kestrel-contact',
      'examples/vendors',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      method: string;
      vendor: { id: string; rank: number | null; eligible: boolean; knockouts: unknown[] };
    };
    expect(doc.method).toBe('weighted-sum');
    expect(doc.vendor).toMatchObject({ id: 'kestrel-contact', rank: null, eligible: false });
    expect(doc.vendor.knockouts).toHaveLength(2);
  });

  it('--format markdown names the knock-out', async () => {
    const run = await runCli([
      'explain',
      'kestrel-contact',
      'examples/vendors',
      '--format',
      'markdown',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Knock-out.*GDPR Art\. 28 processor agreement/);
    expect(run.stdout).toMatch(/^\| GDPR Art\. 28 processor agreement .*\| no \|/m);
  });

  it('an unknown vendor with a near miss is exit 2 with a did-you-mean', async () => {
    const run = await runCli(['explain', 'kestrl-contact', 'examples/vendors']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('"kestrl-contact"');
    expect(run.stderr).toContain('did you mean "kestrel-contact"?');
  });

  it('an unknown vendor with no near miss lists the vendors', async () => {
    const run = await runCli(['explain', 'zzz', 'examples/vendors']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"zzz"');
    expect(run.stderr).toContain('harbourline-care');
    expect(run.stderr).toContain('kestrel-contact');
  });

  it('explain without a vendor is a usage error', async () => {
    const run = await runCli(['explain']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/missing required argument 'vendor'/);
  });
});
