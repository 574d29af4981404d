// `rank --skip-invalid` (SPEC commands table): the valid vendor files are ranked, the others are
// listed with their first error, and every output says the ranking is partial. A vendor with one
// broken evaluator file is left out whole: ranking it on the other evaluators' answers alone
// would change its score silently.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, makeTempDir, runCli } from './run-cli.js';

/** The shipped examples plus three broken drafts: a syntax error, a typo, a second evaluator's slip. */
function project(): string {
  const dir = makeTempDir();
  cpSync(examplesDir, join(dir, 'vendors'), { recursive: true });
  const write = (name: string, text: string): void =>
    writeFileSync(join(dir, 'vendors', name), text);
  write('broken-syntax.yaml', 'vendor: broken-syntax\nanswers:\n  sla-csat: [unclosed\n');
  write('draft-vendor.yaml', 'vendor: draft-vendor\nanswers:\n  sla-uptim: 99.5\n');
  write(
    'tala-global-b.yaml',
    'vendor: tala-global\nevaluator: m.ortiz\nanswers:\n  sla-csat: 120\n',
  );
  return dir;
}

const headline =
  'partial ranking: 4 vendor files skipped (--skip-invalid): broken-syntax, draft-vendor, tala-global not ranked';
const fileLines = [
  'vendors/broken-syntax.yaml:3:13 this [ is never closed (yaml-syntax)',
  'vendors/draft-vendor.yaml:3:3 "sla-uptim" is not a criterion of set "customer-service" (unknown-criterion)',
  'vendors/tala-global-b.yaml:4:13 "sla-csat" is 120, outside 0–100 % (out-of-range)',
  'vendors/tala-global.yaml: skipped with vendors/tala-global-b.yaml (same vendor)',
];

describe('rank --skip-invalid', () => {
  it('without it, a broken file stops the ranking (exit 2)', async () => {
    const cwd = project();
    const r = await runCli(['rank', 'vendors', '-q'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('vendors/draft-vendor.yaml:3:3 error "sla-uptim"');
  });

  it('ranks the rest, as if the broken files and their vendors were not there', async () => {
    const cwd = project();
    const r = await runCli(['rank', 'vendors', '--skip-invalid', '-q'], { cwd });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(1, 6)).toEqual([`! ${headline}`, ...fileLines.map((l) => `  ${l}`)]);
    // the same table as ranking the examples without Tala Global
    const without = makeTempDir();
    cpSync(examplesDir, join(without, 'vendors'), { recursive: true });
    const clean = await runCli(['rank', 'vendors', '-q', '-f', 'json'], {
      cwd: without,
    });
    const partial = await runCli(['rank', 'vendors', '--skip-invalid', '-q', '-f', 'json'], {
      cwd,
    });
    const scores = (text: string): [string, number][] =>
      (JSON.parse(text) as { vendors: { id: string; score: number }[] }).vendors.map((v) => [
        v.id,
        v.score,
      ]);
    expect(scores(partial.stdout)).toEqual(
      scores(clean.stdout).filter(([id]) => id !== 'tala-global'),
    );
    expect(scores(partial.stdout).map(([id]) => id)).not.toContain('tala-global');
  });

  it('says so on stderr, one warning per file at its first error', async () => {
    const r = await runCli(['rank', 'vendors', '--skip-invalid'], { cwd: project() });
    const warnings = r.stderr.split('\n').filter((l) => l.includes('(skipped-file)'));
    expect(warnings).toEqual([
      'vendors/broken-syntax.yaml:3:13 warning skipped (--skip-invalid), first error: this [ is never closed, rule yaml-syntax (skipped-file) — `vendor-eval validate vendors/broken-syntax.yaml` lists every problem',
      'vendors/draft-vendor.yaml:3:3 warning skipped (--skip-invalid), first error: "sla-uptim" is not a criterion of set "customer-service", rule unknown-criterion (skipped-file) — `vendor-eval validate vendors/draft-vendor.yaml` lists every problem',
      'vendors/tala-global-b.yaml:4:13 warning skipped (--skip-invalid), first error: "sla-csat" is 120, outside 0–100 %, rule out-of-range (skipped-file) — `vendor-eval validate vendors/tala-global-b.yaml` lists every problem',
      'vendors/tala-global.yaml:1:1 warning skipped (--skip-invalid) with vendors/tala-global-b.yaml, a file of the same vendor with errors (skipped-file) — `vendor-eval validate vendors/tala-global-b.yaml` lists every problem',
    ]);
  });

  it('JSON: partial and skipped, each file with its vendor, first error and `with`', async () => {
    const r = await runCli(['rank', 'vendors', '--skip-invalid', '-q', '-f', 'json'], {
      cwd: project(),
    });
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(doc).slice(0, 8)).toEqual([
      'tool',
      'criteriaSet',
      'method',
      'weightOverrides',
      'missingPolicy',
      'partial',
      'skipped',
      'vendors',
    ]);
    expect(doc.partial).toBe(true);
    expect(doc.skipped).toEqual([
      {
        file: 'vendors/broken-syntax.yaml',
        vendor: 'broken-syntax',
        error: { rule: 'yaml-syntax', message: 'this [ is never closed', line: 3, column: 13 },
        with: null,
      },
      {
        file: 'vendors/draft-vendor.yaml',
        vendor: 'draft-vendor',
        error: {
          rule: 'unknown-criterion',
          message: '"sla-uptim" is not a criterion of set "customer-service"',
          line: 3,
          column: 3,
        },
        with: null,
      },
      {
        file: 'vendors/tala-global-b.yaml',
        vendor: 'tala-global',
        error: {
          rule: 'out-of-range',
          message: '"sla-csat" is 120, outside 0–100 %',
          line: 4,
          column: 13,
        },
        with: null,
      },
      {
        file: 'vendors/tala-global.yaml',
        vendor: 'tala-global',
        error: null,
        with: 'vendors/tala-global-b.yaml',
      },
    ]);
  });

  it('Markdown, CSV and --all-methods state it too', async () => {
    const cwd = project();
    const run = async (...args: string[]): Promise<string[]> =>
      (await runCli(['rank', 'vendors', '--skip-invalid', '-q', ...args], { cwd })).stdout.split(
        /\r?\n/,
      );
    const bold = `**P${headline.slice(1)}.**`;
    expect((await run('-f', 'markdown')).slice(4, 11)).toEqual([
      bold,
      '',
      ...fileLines.map((l) => `- ${l}`),
      '',
    ]);
    expect((await run('-f', 'csv')).slice(0, 6)).toEqual([
      `# ${headline}`,
      ...fileLines.map((l) => `# skipped: ${l}`),
      expect.stringMatching(/^rank,id,name,score,/) as unknown as string,
    ]);
    expect((await run('--all-methods')).slice(1, 6)).toEqual([
      `! ${headline}`,
      ...fileLines.map((l) => `  ${l}`),
    ]);
    const methods = JSON.parse((await run('--all-methods', '-f', 'json')).join('\n')) as {
      partial: boolean;
      skipped: unknown[];
    };
    expect([methods.partial, methods.skipped.length]).toEqual([true, 4]);
  });

  it('with nothing to skip, the ranking is whole and says nothing', async () => {
    const plain = await runCli(['rank', examplesDir, '-q']);
    const flagged = await runCli(['rank', examplesDir, '-q', '--skip-invalid']);
    expect(flagged).toEqual(plain);
    const doc = JSON.parse(
      (await runCli(['rank', examplesDir, '-q', '--skip-invalid', '-f', 'json'])).stdout,
    ) as Record<string, unknown>;
    expect([doc.partial, doc.skipped]).toEqual([false, []]);
  });

  it('when every vendor file is broken, it fails as without the flag', async () => {
    const cwd = makeTempDir();
    writeFileSync(join(cwd, 'a.yaml'), 'vendor: a\nanswers:\n  sla-uptim: 1\n');
    const flagged = await runCli(['rank', 'a.yaml', '--skip-invalid', '-q'], { cwd });
    expect(flagged.code).toBe(2);
    expect(flagged).toEqual(await runCli(['rank', 'a.yaml', '-q'], { cwd }));
  });

  it('an error in the criteria set is never skipped', async () => {
    const cwd = project();
    writeFileSync(join(cwd, 'set.yaml'), 'id: s\ncriteria:\n  - id: x\n    type: boolen\n');
    const r = await runCli(['rank', 'vendors', '-c', 'set.yaml', '--skip-invalid', '-q'], {
      cwd,
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^set\.yaml:4:11 error/);
  });

  it('a bid that cannot be priced is skipped like any broken draft, not a stop', async () => {
    const cwd = makeTempDir();
    cpSync(examplesDir, join(cwd, 'vendors'), { recursive: true });
    const write = (name: string, text: string): void =>
      writeFileSync(join(cwd, 'vendors', name), text);
    write('no-bid.yaml', 'vendor: no-bid\nanswers: {}\n');
    write(
      'voice-only.yaml',
      'vendor: voice-only\nanswers: {}\npricing: { model: per-hour, rates: { voice: 20 } }\n',
    );
    const stopped = await runCli(['rank', 'vendors', '-q'], { cwd });
    expect(stopped.code).toBe(2);
    expect(stopped.stderr).toContain(
      'vendors/no-bid.yaml:1:1 error vendor "no-bid" has no `pricing`',
    );
    const r = await runCli(['rank', 'vendors', '--skip-invalid', '-q'], { cwd });
    expect(r.code).toBe(0);
    // the file without a bid goes first; the one whose bid misses channels when the rest is priced
    expect(r.stdout.split('\n').slice(1, 4)).toEqual([
      '! partial ranking: 2 vendor files skipped (--skip-invalid): no-bid, voice-only not ranked',
      '  vendors/no-bid.yaml:1:1 vendor "no-bid" has no `pricing`, which the cost criterion "pricing-total-cost" needs (missing-pricing)',
      '  vendors/voice-only.yaml:3:36 "voice-only" has no rate for channel "chat", which the demand includes (missing-channel-rate)',
    ]);
    const json = await runCli(['rank', 'vendors', '--skip-invalid', '-q', '-f', 'json'], { cwd });
    const doc = JSON.parse(json.stdout) as { vendors: { id: string }[] };
    expect(doc.vendors.map((v) => v.id)).toEqual([
      'puente-contact',
      'harbourline-care',
      'meridian-shore',
      'kestrel-contact',
      'tala-global',
      'loop-and-tell',
    ]);
  });

  it('judgements naming a skipped vendor are left out, not taken for a typo of another', async () => {
    const cwd = makeTempDir();
    writeFileSync(
      join(cwd, 'set.yaml'),
      'id: fit\ncriteria:\n  - id: rapport\n    type: pairwise\n    comparisons:\n      - [site-a, site-b, 3]\n      - [site-a, site-c, 2]\n',
    );
    writeFileSync(join(cwd, 'site-a.yaml'), 'answers: {}\n');
    writeFileSync(join(cwd, 'site-b.yaml'), 'answers: {}\n');
    writeFileSync(join(cwd, 'site-c.yaml'), 'answers:\n  raport: 3\n');
    const args = ['rank', '-c', 'set.yaml', 'site-a.yaml', 'site-b.yaml', 'site-c.yaml'];
    const r = await runCli([...args, '--skip-invalid'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'set.yaml:7:18 warning the comparisons of "rapport" name "site-c", which is not among the vendors here: its comparisons are left out (compared-vendor-absent)',
    );
    expect(r.stdout).toContain(
      '! partial ranking: 1 vendor file skipped (--skip-invalid): site-c not ranked',
    );
  });

  it('a file that does not parse still takes its vendor’s other files with it', async () => {
    const cwd = makeTempDir();
    writeFileSync(join(cwd, 'set.yaml'), 'id: s\ncriteria:\n  - { id: q, type: scale }\n');
    writeFileSync(join(cwd, 'acme-ann.yaml'), 'vendor: acme\nevaluator: ann\nanswers: { q: 5 }\n');
    writeFileSync(
      join(cwd, 'acme-bob.yaml'),
      Buffer.from('vendor: acme\nevaluator: bob\nname: Acm\xe9\nanswers: { q: 1 }\n', 'latin1'),
    );
    writeFileSync(join(cwd, 'bravo.yaml'), 'answers: { q: 3 }\n');
    const files = ['acme-ann.yaml', 'acme-bob.yaml', 'bravo.yaml'];
    const r = await runCli(['rank', '-c', 'set.yaml', ...files, '--skip-invalid', '-q'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(1, 4)).toEqual([
      '! partial ranking: 2 vendor files skipped (--skip-invalid): acme not ranked',
      '  acme-bob.yaml:3:10 invalid UTF-8: files must be UTF-8 encoded (encoding)',
      '  acme-ann.yaml: skipped with acme-bob.yaml (same vendor)',
    ]);
    expect(r.stdout).not.toContain('acme │');
  });

  it('-o never overwrites a skipped file, even one that could not be read', async () => {
    const cwd = makeTempDir();
    cpSync(examplesDir, join(cwd, 'vendors'), { recursive: true });
    const bad = Buffer.from('vendor: draft\nname: Dr\xe4ft\n', 'latin1');
    writeFileSync(join(cwd, 'vendors', 'draft.yaml'), bad);
    const r = await runCli(
      ['rank', 'vendors', '--skip-invalid', '-q', '-o', 'vendors/draft.yaml'],
      { cwd },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('-o vendors/draft.yaml would overwrite an input file');
    expect(readFileSync(join(cwd, 'vendors', 'draft.yaml'))).toEqual(bad);
  });

  it('a broken vendor whose id is close to another’s is not taken for a typo in the judgements', async () => {
    const cwd = makeTempDir();
    writeFileSync(
      join(cwd, 'set.yaml'),
      'id: fit\ncriteria:\n  - id: rapport\n    type: pairwise\n    comparisons:\n      - [acme, acme2, 3]\n      - [acme, fabrikam, 5]\n      - [acme2, fabrikam, 2]\n',
    );
    writeFileSync(join(cwd, 'acme.yaml'), 'answers: {}\n');
    writeFileSync(join(cwd, 'acme2.yaml'), 'nmae: x\nanswers: {}\n');
    writeFileSync(join(cwd, 'fabrikam.yaml'), 'answers: {}\n');
    const files = ['acme.yaml', 'acme2.yaml', 'fabrikam.yaml'];
    const r = await runCli(['rank', '-c', 'set.yaml', ...files, '--skip-invalid'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('acme2.yaml:1:1 unknown key "nmae" (unknown-key)');
    expect(r.stderr).toContain('name "acme2", which is not among the vendors here');
    // a real typo in the judgements still stops the run
    writeFileSync(join(cwd, 'acme2.yaml'), 'answers: {}\n');
    writeFileSync(join(cwd, 'fabrikam.yaml'), 'nmae: x\nanswers: {}\n');
    writeFileSync(
      join(cwd, 'set.yaml'),
      'id: fit\ncriteria:\n  - id: rapport\n    type: pairwise\n    comparisons:\n      - [acme, acme3, 3]\n',
    );
    const typo = await runCli(['rank', '-c', 'set.yaml', ...files, '--skip-invalid'], { cwd });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('(unknown-compared-vendor)');
  });

  it('a criteria set or project file among the vendor paths stops the run as without the flag', async () => {
    const cwd = makeTempDir();
    cpSync(examplesDir, join(cwd, 'vendors'), { recursive: true });
    writeFileSync(join(cwd, 'other.yaml'), 'id: other\ncriteria:\n  - { id: q, type: scale }\n');
    const flagged = await runCli(['rank', 'vendors', 'other.yaml', '--skip-invalid', '-q'], {
      cwd,
    });
    expect(flagged.code).toBe(2);
    expect(flagged).toEqual(await runCli(['rank', 'vendors', 'other.yaml', '-q'], { cwd }));
  });
});
