import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { repoRoot, runCli } from './run-cli.js';

const demo = join(repoRoot, 'docs', 'worked-example');

interface MethodsDoc {
  methods: string[];
  orderedBy: string;
  sameWinner: boolean;
  vendors: {
    id: string;
    eligible: boolean;
    ranks: Record<string, number | null>;
    scores: Record<string, number>;
  }[];
}

describe('rank --all-methods', () => {
  it('puts every method side by side and says the winner depends on the method', async () => {
    const run = await runCli(['rank', 'examples/vendors', '--all-methods']);
    expect(run.code).toBe(0);
    const header = run.stdout.split('\n').find((l) => l.startsWith('│ Vendor'));
    for (const m of ['weighted-sum', 'weighted-product', 'topsis', 'vikor', 'promethee2', 'waspas'])
      expect(header).toContain(m);
    const puente = run.stdout.split('\n').find((l) => l.includes('Puente'));
    expect(puente).toMatch(/│\s+1 \(76\.8\) │/);
    expect(run.stdout).toMatch(
      /The winner depends on the method: Puente Contact Partners under weighted-sum, weighted-product, topsis, vikor, waspas; Harbourline Customer Care under promethee2\./,
    );
    // the ineligible vendors come last, without ranks, by score
    const rows = run.stdout
      .split('\n')
      .filter((l) => /^│ [A-Z]/.test(l) && !l.startsWith('│ Vendor'));
    expect(rows.at(-3)).toMatch(/Kestrel.*— \(77\.2\)/);
    expect(rows.at(-2)).toMatch(/Tala.*— \(70\.8\)/);
    expect(rows.at(-1)).toMatch(/Loop & Tell.*— \(64\.1\)/);
  });

  it('--format json lists ranks and scores per method, ordered by the set’s method', async () => {
    const run = await runCli(['rank', 'examples/vendors', '--all-methods', '-f', 'json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as MethodsDoc;
    expect(doc.orderedBy).toBe('weighted-sum');
    expect(doc.methods[0]).toBe('weighted-sum');
    expect([...doc.methods].sort()).toEqual([
      'promethee2',
      'topsis',
      'vikor',
      'waspas',
      'weighted-product',
      'weighted-sum',
    ]);
    expect(doc.sameWinner).toBe(false);
    expect(doc.vendors.map((v) => v.id)).toEqual([
      'puente-contact',
      'harbourline-care',
      'meridian-shore',
      'kestrel-contact',
      'tala-global',
      'loop-and-tell',
    ]);
    const harbour = doc.vendors[1];
    expect(harbour?.ranks).toMatchObject({ 'weighted-sum': 2, topsis: 3, promethee2: 1 });
    expect(harbour?.scores['weighted-sum']).toBeCloseTo(71.4912506, 6);
    const kestrel = doc.vendors[3];
    expect(kestrel?.eligible).toBe(false);
    expect(Object.values(kestrel?.ranks ?? {})).toEqual([null, null, null, null, null, null]);
  });

  it('agrees with rank -m for every method', async () => {
    const all = JSON.parse(
      (await runCli(['rank', 'examples/vendors', '--all-methods', '-f', 'json'])).stdout,
    ) as MethodsDoc;
    for (const m of all.methods) {
      const one = JSON.parse(
        (await runCli(['rank', 'examples/vendors', '-m', m, '-f', 'json'])).stdout,
      ) as { vendors: { id: string; rank: number | null; score: number }[] };
      for (const v of one.vendors) {
        const mine = all.vendors.find((x) => x.id === v.id);
        expect(mine?.ranks[m], `${m} ${v.id}`).toBe(v.rank);
        expect(mine?.scores[m]).toBe(v.score);
      }
    }
  });

  it('csv has a rank and score column per method; markdown carries the verdict', async () => {
    const csv = await runCli(['rank', 'examples/vendors', '--all-methods', '-f', 'csv']);
    const [header, first] = csv.stdout.split('\r\n');
    expect(header).toMatch(/^id,name,eligible,weighted-sum_rank,weighted-sum_score,/);
    expect(header).toContain('topsis_rank,topsis_score');
    expect(first).toMatch(/^puente-contact,Puente Contact Partners,true,1,76\.7817/);
    const md = await runCli(['rank', 'examples/vendors', '--all-methods', '-f', 'markdown']);
    expect(md.stdout).toContain('| Puente Contact Partners | 1 (76.8) |');
    expect(md.stdout).toMatch(/\*\*The winner depends on the method/);
  });

  it('says so when one vendor wins under every method', async () => {
    const run = await runCli(['rank', '--all-methods'], { cwd: demo });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/✓ Bravo BPO wins under every method \(6 methods\)/);
    const doc = JSON.parse(
      (await runCli(['rank', '--all-methods', '-f', 'json'], { cwd: demo })).stdout,
    ) as MethodsDoc;
    expect(doc.sameWinner).toBe(true);
  });

  it('is a usage error together with -m', async () => {
    const run = await runCli(['rank', 'examples/vendors', '--all-methods', '-m', 'topsis']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/--all-methods and -m\/--method cannot be used together/);
  });

  it('drops the scores on a narrow terminal and honours --top', async () => {
    const narrow = await runCli(['rank', 'examples/vendors', '--all-methods'], {
      stdoutIsTTY: true,
      columns: 80,
      env: { NO_COLOR: '1' },
    });
    expect(narrow.stdout).toContain('scores hidden');
    expect(narrow.stdout).toContain('Puente');
    expect(narrow.stdout).not.toContain('(76.8)');
    const top = await runCli(['rank', 'examples/vendors', '--all-methods', '--top', '2']);
    expect(top.stdout).toContain('Puente');
    expect(top.stdout).not.toContain('Loop & Tell');
  });
});
