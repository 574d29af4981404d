// `type: pairwise` criteria (SPEC criterion table; AHP relative measurement): vendors compared
// in pairs, the principal eigenvector as their utilities. The worked example is Saaty's drinks
// example (Saaty, "Decision making with the analytic hierarchy process", Int. J. Services
// Sciences 1(1), 2008), with AHPy's published priorities (tests/test_ahp.py, precision 4).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, runCli } from './run-cli.js';

const drinks = ['coffee', 'wine', 'tea', 'beer', 'soda', 'milk', 'water'];
const judgements = `
      - [coffee, wine, 9]
      - [coffee, tea, 5]
      - [coffee, beer, 2]
      - [coffee, soda, 1]
      - [coffee, milk, 1]
      - [water, coffee, 2]
      - [water, wine, 9]
      - [water, tea, 9]
      - [water, beer, 3]
      - [water, soda, 2]
      - [water, milk, 3]
      - [tea, wine, 3]
      - [beer, wine, 9]
      - [beer, tea, 3]
      - [beer, milk, 1]
      - [soda, wine, 9]
      - [soda, tea, 4]
      - [soda, beer, 2]
      - [soda, milk, 2]
      - [milk, wine, 9]
      - [milk, tea, 3]`;

/** AHPy's priorities for the drinks matrix (precision 4). */
const published: Record<string, number> = {
  beer: 0.1164,
  coffee: 0.1775,
  milk: 0.1288,
  soda: 0.1896,
  tea: 0.0418,
  water: 0.3268,
  wine: 0.0191,
};

function project(
  setText: string,
  vendors: readonly string[],
  extra: Record<string, string> = {},
): string {
  const dir = makeTempDir();
  writeFileSync(join(dir, 'set.yaml'), setText);
  mkdirSync(join(dir, 'v'));
  for (const id of vendors)
    writeFileSync(join(dir, 'v', `${id}.yaml`), `vendor: ${id}\nanswers: {}\n`);
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
}

const drinksSet = (synthesis = ''): string => `id: drinks
criteria:
  - id: consumption
    name: Consumption
    type: pairwise${synthesis}
    comparisons:${judgements}
`;

async function scores(dir: string, args: string[] = []): Promise<Record<string, number>> {
  const run = await runCli(['rank', '-c', 'set.yaml', 'v', '--format', 'json', ...args], {
    cwd: dir,
  });
  expect(run.stderr).toBe('');
  const doc = JSON.parse(run.stdout) as { vendors: { id: string; score: number }[] };
  return Object.fromEntries(doc.vendors.map((v) => [v.id, v.score]));
}

describe('pairwise criterion: Saaty 2008 drinks example as relative measurement', () => {
  it('distributive: each score is 100 × the published eigenvector entry', async () => {
    const got = await scores(project(drinksSet('\n    synthesis: distributive'), drinks));
    for (const id of drinks) expect(got[id], id).toBeCloseTo(100 * (published[id] ?? 0), 2);
  });

  it('ideal (default): each score is 100 × entry / largest entry (water 0.3268)', async () => {
    const got = await scores(project(drinksSet(), drinks));
    expect(got.water).toBe(100);
    for (const id of drinks) {
      expect(got[id], id).toBeCloseTo((100 * (published[id] ?? 0)) / 0.3268, 1);
    }
  });

  it('the same list in a comparisonsFile scores the same', async () => {
    const list = judgements.replace(/\n {6}/g, '\n').trimStart() + '\n';
    const set = `id: drinks\ncriteria:\n  - id: consumption\n    type: pairwise\n    comparisonsFile: drinks.yaml\n`;
    const fromFile = await scores(project(set, drinks, { 'drinks.yaml': list }));
    const inline = await scores(project(drinksSet(), drinks));
    expect(fromFile).toEqual(inline);
  });

  it('a vendor the comparisons do not name is unanswered; must {min} knocks out', async () => {
    const set = `id: demo
criteria:
  - id: fit
    name: Cultural fit
    type: pairwise
    must: { min: 0.5 }
    comparisons:
      - [alpha, beta, 3]
`;
    const dir = project(set, ['alpha', 'beta', 'gamma']);
    const run = await runCli(['rank', '-c', 'set.yaml', 'v', '--format', 'json'], { cwd: dir });
    const doc = JSON.parse(run.stdout) as {
      vendors: { id: string; eligible: boolean; missing: string[] | number }[];
    };
    const byId = Object.fromEntries(doc.vendors.map((v) => [v.id, v]));
    expect(byId.alpha?.eligible).toBe(true);
    expect(byId.beta?.eligible).toBe(false);
    expect(byId.gamma?.eligible).toBe(false);
  });

  it('explain shows the eigenvector entry and the CR', async () => {
    const dir = project(drinksSet(), drinks);
    const run = await runCli(['explain', 'soda', '-c', 'set.yaml', 'v'], {
      cwd: dir,
      columns: 200,
    });
    // the basis wraps in the Answer column: the entry, the largest entry, the CR (saaty RI 1.32)
    expect(run.stdout).toMatch(/│ 0\.58 +│ +0\.58 │ 100\.00% │ +58\.0 │/);
    expect(run.stdout).toMatch(/│ eigenvector 0\.1896 \/ │/);
    expect(run.stdout).toMatch(/│ largest 0\.3268; CR +│/);
    expect(run.stdout).toMatch(/│ 0\.022 +│/);
  });
});

describe('pairwise criterion: validation', () => {
  it('warns on CR > 0.1 at the most inconsistent judgement, as for AHP weights', async () => {
    const set = `id: demo
criteria:
  - id: fit
    type: pairwise
    comparisons:
      - [alpha, beta, 3]
      - [alpha, gamma, 5]
      - [beta, gamma, "1/4"]
`;
    const run = await runCli(['validate', 'set.yaml'], {
      cwd: project(set, []),
    });
    expect(run.stdout.trimEnd()).toBe(
      [
        'set.yaml',
        '  6:23  warning  the comparisons of "fit" are inconsistent: CR 0.356 > 0.1 (saaty RI); the most inconsistent judgement is [alpha, beta, 3] — the other judgements imply alpha ≈ 20.0 × beta: writing 9 gives CR 0.061  ahp-inconsistent',
        '',
        '✖ 1 problem (0 errors, 1 warning)',
      ].join('\n'),
    );
  });

  it('a misspelt vendor id is an error at its line, with did-you-mean', async () => {
    const set = `id: demo
criteria:
  - id: fit
    type: pairwise
    comparisons:
      - [alpha, betta, 3]
      - [alpha, delta, 2]
`;
    const run = await runCli(['rank', '-c', 'set.yaml', 'v'], {
      cwd: project(set, ['alpha', 'beta']),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'set.yaml:6:17 error the comparisons of "fit" name "betta", which is not one of the vendors (unknown-compared-vendor) — did you mean "beta"?',
    );
  });

  it('an answer in a vendor file is refused', async () => {
    const set = `id: demo\ncriteria:\n  - { id: fit, type: pairwise, comparisons: [[alpha, beta, 3]] }\n`;
    const dir = project(set, ['beta']);
    writeFileSync(join(dir, 'v', 'alpha.yaml'), 'vendor: alpha\nanswers:\n  fit: 3\n');
    const run = await runCli(['validate', '-c', 'set.yaml', 'v/alpha.yaml'], {
      cwd: dir,
    });
    expect(run.stdout).toContain(
      [
        'v/alpha.yaml',
        '  3:8  error    "fit" is a pairwise criterion: it is scored from the comparisons in the criteria set, not answered — remove the answer and compare this vendor with others under the criterion\'s `comparisons`  computed-criterion',
      ].join('\n'),
    );
    // beta is not among the files checked: its comparisons cannot count
    expect(run.stdout).toContain(
      '  3:54  warning  the comparisons of "fit" name "beta", which is not among the vendors here: its comparisons are left out — vendors: alpha  compared-vendor-absent',
    );
  });

  it('criteria show reports the comparisons’ reach and consistency before any vendor is read', async () => {
    const dir = project(drinksSet(), []);
    const table = await runCli(['criteria', 'show', 'set.yaml'], { cwd: dir });
    // Saaty's drinks matrix: CR 0.022, as AHPy's README gives it for the same judgements
    expect(table.stdout).toContain(
      'answer: computed from pairwise comparisons of the vendors (7 vendors compared, CR 0.022)',
    );
    const json = await runCli(['criteria', 'show', 'set.yaml', '-f', 'json'], { cwd: dir });
    const doc = JSON.parse(json.stdout) as {
      nodes: { consistency?: { compared: number; cr: number; riTable: string } }[];
    };
    expect(doc.nodes[0]?.consistency?.compared).toBe(7);
    expect(doc.nodes[0]?.consistency?.cr).toBeCloseTo(0.022, 3);
    expect(doc.nodes[0]?.consistency?.riTable).toBe('saaty');
  });
});
