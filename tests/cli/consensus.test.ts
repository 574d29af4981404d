import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, makeRepo, writeFiles } from '../helpers/git.js';
import { makeTempDir } from '../helpers/temp.js';
import { repoRoot, runCli } from './run-cli.js';

const panel = join(repoRoot, 'tests', 'fixtures', 'consensus');

describe('consensus (in process)', () => {
  it('fits an 80-column terminal: long cells wrap', async () => {
    const r = await runCli(['consensus', '--top', '1'], { cwd: panel, columns: 80 });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'Panel review (panel-review v1) · where evaluators disagree',
        '3 evaluators scored 3 vendors on 6 criteria; agreement is lowest on FCR',
        '  measurement method (ordinal α -0.111)',
        '',
        "Agreement per criterion (Krippendorff's α, lowest first)",
        '┌────────────────────────┬─────────┬────────┬────────────┬──────────┐',
        '│ Criterion              │ Level   │      α │ Reading    │ Pairable │',
        '├────────────────────────┼─────────┼────────┼────────────┼──────────┤',
        '│ FCR measurement method │ ordinal │ -0.111 │ unreliable │        9 │',
        '└────────────────────────┴─────────┴────────┴────────────┴──────────┘',
        '',
        'Widest disagreements (range of utilities)',
        '┌──────────────┬──────────────┬─────────────────────────────┬───────┬──────────┐',
        '│ Vendor       │ Criterion    │ Answers                     │ Range │ Combined │',
        '│              │              │                             │       │     mean │',
        '├──────────────┼──────────────┼─────────────────────────────┼───────┼──────────┤',
        '│ Tala Global  │ Termination  │ a.lee yes, b.kim no, c.diaz │  1.00 │     0.67 │',
        '│ Services     │ for chronic  │ yes                         │       │          │',
        '│              │ failure      │                             │       │          │',
        '└──────────────┴──────────────┴─────────────────────────────┴───────┴──────────┘',
        '',
        'Furthest from the rest (mean distance from the others’ utilities)',
        '┌───────────┬───────────────┬─────────┐',
        '│ Evaluator │ Mean distance │ Answers │',
        '├───────────┼───────────────┼─────────┤',
        '│ c.diaz    │          0.22 │      17 │',
        '│ b.kim     │          0.18 │      18 │',
        '│ a.lee     │          0.16 │      18 │',
        '└───────────┴───────────────┴─────────┘',
        "· α is Krippendorff's alpha over vendors × evaluators: 1 is perfect agreement, 0",
        '  no better than chance; rely on α ≥ 0.800, draw tentative conclusions from',
        '  0.667; pairable: the answers α is computed from (those of vendors that two',
        '  evaluators or more answered)',
        "· range and combined are utilities (0–1); combined is the evaluators' mean, or",
        "  the moderated value's",
        '· showing the 1 lowest-agreement of 6 criteria and the 1 widest of 11',
        '  disagreements: --top <n> for more',
        '',
      ].join('\n'),
    );
  });

  it('a long evaluator name wraps in the furthest-evaluators table', async () => {
    const dir = makeTempDir('vendor-eval-consensus-long-');
    const long = 'a procurement lead whose name is written out in full, title and all';
    writeFiles(dir, {
      'vendors/acme-lee.yaml': `vendor: acme\nevaluator: a.lee\nanswers:\n  quality: 2\n`,
      'vendors/acme-long.yaml': `vendor: acme\nevaluator: ${long}\nanswers:\n  quality: 4\n`,
      'set.yaml': `id: s\nname: S\ncriteria:\n  - { id: quality, name: Quality, type: scale, scale: { min: 1, max: 5 } }\n`,
    });
    const r = await runCli(['consensus', 'vendors', '-c', 'set.yaml'], { cwd: dir, columns: 60 });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const from = lines.findIndex((l) => l.startsWith('Furthest'));
    expect(lines.slice(from + 1, from + 10)).toEqual([
      '┌────────────────────────────────┬───────────────┬─────────┐',
      '│ Evaluator                      │ Mean distance │ Answers │',
      '├────────────────────────────────┼───────────────┼─────────┤',
      '│ a procurement lead whose name  │          0.50 │       1 │',
      '│ is written out in full, title  │               │         │',
      '│ and all                        │               │         │',
      '│ a.lee                          │          0.50 │       1 │',
      '└────────────────────────────────┴───────────────┴─────────┘',
      "· α is Krippendorff's alpha over vendors × evaluators: 1 is",
    ]);
  });

  it('one vendor file: one evaluator, named in the sentence', async () => {
    const r = await runCli(['consensus', 'vendors/tala-global.a-lee.yaml'], { cwd: panel });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'Panel review (panel-review v1) · where evaluators disagree\n' +
        'Each vendor was scored by one evaluator (a.lee), so there is no agreement to measure: for a second opinion, each evaluator writes their own file per vendor, with the same `vendor:` and their own `evaluator:`.\n',
    );
  });

  it('-o writes the JSON to a file and says where', async () => {
    const dir = makeTempDir();
    const out = join(dir, 'consensus.json');
    const r = await runCli(['consensus', '-f', 'json', '-o', out], { cwd: panel });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`wrote ${out}\n`);
    const doc = JSON.parse(readFileSync(out, 'utf8')) as { evaluators: string[] };
    expect(doc.evaluators).toEqual(['a.lee', 'b.kim', 'c.diaz']);
  });

  it('no vendor files: says how to name them, exit 2', async () => {
    const r = await runCli(['consensus', '-c', 'customer-service'], { cwd: makeTempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'error no vendor files given (no-vendors-given) — name files or folders, e.g. "vendor-eval consensus vendors/", or set `vendors:` in vendor-eval.config.yaml\n',
    );
  });
});

describe('consensus --independence (in process, a real repository)', () => {
  const criteria = `id: panel
name: Panel
criteria:
  - { id: quality, type: scale }
  - { id: openness, type: scale }
`;
  const scored = (evaluator: string, q: number, o: number): string =>
    `vendor: acme\nevaluator: ${evaluator}\nanswers:\n  quality: ${q}\n  openness: ${o}\n`;

  it('says, per evaluator file, whether it was committed before the other’s scores', async () => {
    const dir = makeRepo();
    writeFiles(dir, { 'criteria.yaml': criteria, 'vendors/acme.lee.yaml': scored('a.lee', 4, 2) });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'lee', '--date=2026-03-01T10:00:00Z');
    writeFiles(dir, { 'vendors/acme.kim.yaml': scored('b.kim', 5, 4) });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'kim', '--date=2026-03-02T09:30:00Z');
    const json = await runCli(
      ['consensus', 'vendors', '-c', 'criteria.yaml', '--independence', '-f', 'json'],
      { cwd: dir },
    );
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.stdout) as {
      independence: { evaluator: string; file: string; status: string }[];
    };
    expect(doc.independence.map((f) => [f.evaluator, f.file, f.status])).toEqual([
      ['b.kim', 'vendors/acme.kim.yaml', 'not-independent'],
      ['a.lee', 'vendors/acme.lee.yaml', 'independent'],
    ]);
    const table = await runCli(['consensus', 'vendors', '-c', 'criteria.yaml', '--independence'], {
      cwd: dir,
    });
    expect(table.stdout).toContain('Independence (from the git history)');
    expect(table.stdout).toMatch(
      /acme: a\.lee \(vendors\/acme\.lee\.yaml\) independent: committed \([0-9a-f]{7}, 2026-03-01 10:00 UTC\)/,
    );
    // without the flag, git is not asked and nothing is said about it
    const plain = await runCli(['consensus', 'vendors', '-c', 'criteria.yaml', '-f', 'json'], {
      cwd: dir,
    });
    expect(plain.stdout).not.toContain('independence');
  });

  it('outside a git repository: one sentence, not an error', async () => {
    const dir = makeTempDir();
    writeFiles(dir, {
      'criteria.yaml': criteria,
      'vendors/acme.lee.yaml': scored('a.lee', 4, 2),
      'vendors/acme.kim.yaml': scored('b.kim', 5, 4),
    });
    const r = await runCli(['consensus', 'vendors', '-c', 'criteria.yaml', '--independence'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'independence: unknown, the vendor files are not in a git repository (it is judged from the commit history)',
    );
  });
});
