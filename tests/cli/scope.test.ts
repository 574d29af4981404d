import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, makeTempDir, runCli } from './run-cli.js';

const securityNote =
  'info 409 answers to criteria outside "security" were ignored (out-of-scope) — they belong to customer-service; rank with -c customer-service to score them\n';

/** A copy of the example vendors, so one file can be edited. */
function exampleCopy(): string {
  const dir = makeTempDir();
  for (const f of readdirSync(examplesDir)) copyFileSync(join(examplesDir, f), join(dir, f));
  return dir;
}

describe('the scope of a ranking (rank -c on one part of a set)', () => {
  it('ranks the six example vendors on security alone, with exactly one info line', async () => {
    const run = await runCli(['rank', '-c', 'security', 'examples/vendors', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(securityNote);
    const doc = JSON.parse(run.stdout) as {
      criteriaSet: { id: string };
      vendors: { id: string; rank: number | null; cost: unknown }[];
    };
    expect(doc.criteriaSet.id).toBe('security');
    // the security set has no demand: the bids are not costed, and no cost criterion asks them to be
    expect(doc.vendors.map((v) => v.cost)).toEqual([null, null, null, null, null, null]);
    expect(doc.vendors.map((v) => [v.id, v.rank])).toEqual([
      ['harbourline-care', 1],
      ['tala-global', 2],
      ['puente-contact', 3],
      ['meridian-shore', 4],
      // ineligible, by id: GDPR Art. 28, and the ISO 27001 or SOC 2 rule
      ['kestrel-contact', null],
      ['loop-and-tell', null],
    ]);
  });

  it('-q hides the info line', async () => {
    const run = await runCli([
      'rank',
      '-q',
      '-c',
      'security',
      'examples/vendors',
      '--format',
      'csv',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('explain says it once too', async () => {
    const run = await runCli(['explain', 'harbourline-care', '-c', 'security', 'examples/vendors']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(securityNote.replace('rank with', 'explain with'));
  });

  it('compare says it once too', async () => {
    const run = await runCli([
      'compare',
      'harbourline-care',
      'tala-global',
      '-c',
      'security',
      'examples/vendors',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(securityNote.replace('rank with', 'compare with'));
  });

  it('an answer to a criterion that exists nowhere stays an error at its line, with a did-you-mean', async () => {
    const dir = exampleCopy();
    const file = join(dir, 'harbourline-care.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('  sla-abandon-rate:', '  sla-abandon-rte:'));
    const line = text.split('\n').findIndex((l) => l.startsWith('  sla-abandon-rate:')) + 1;
    const run = await runCli(['rank', '-c', 'security', '.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `harbourline-care.yaml:${line}:3 error "sla-abandon-rte" is not a criterion of set "security" (unknown-criterion) — did you mean "sla-abandon-rate"?\n`,
    );
  });
});
