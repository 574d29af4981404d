import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, repoRoot, runCli } from './run-cli.js';

interface WeightNode {
  id: string;
  kind: string;
  local: number;
  global: number;
  weighting?: string;
}

/**
 * A project whose `service` category is weighted by `method` over the criteria `ids` (all
 * `number`), beside a directly weighted `culture` category; one vendor file per row.
 */
function project(
  method: 'entropy' | 'critic',
  ids: string[],
  rows: number[][],
  extra: { children?: string } = {},
): string {
  const dir = makeTempDir();
  const criteria = ids.map((id) => `      - { id: ${id}, type: number }`).join('\n');
  writeFileSync(
    join(dir, 'set.yaml'),
    [
      'id: objective',
      'name: Objective weights',
      'categories:',
      '  - id: service',
      '    weight: 3',
      `    weighting: { method: ${method} }`,
      ...(extra.children ? [extra.children] : []),
      '    criteria:',
      criteria,
      '  - id: culture',
      '    weight: 1',
      '    criteria:',
      '      - { id: fit, type: scale }',
      '',
    ].join('\n'),
  );
  mkdirSync(join(dir, 'vendors'));
  rows.forEach((row, i) => {
    const answers = ids.map((id, j) => `${id}: ${row[j]}`).join(', ');
    writeFileSync(
      join(dir, 'vendors', `v${i + 1}.yaml`),
      `name: Vendor ${i + 1}\nanswers: { ${answers}, fit: ${(i % 5) + 1} }\n`,
    );
  });
  return dir;
}

// Zavadskas & Podvezko 2016 (IJITDM 15(2)), as in pyrepo-mcda test_Entropy2: direction-ignoring
// entropy weights [0.1146, 0.1981, 0.4185, 0.2689] (docs/notes/mcda-landscape.md §2.5).
const zavadskas = [
  [3.0, 100, 10, 7],
  [2.5, 80, 8, 5],
  [1.8, 50, 20, 11],
  [2.2, 70, 12, 9],
];
// Tuş & Aytaç Adalı 2019 (Opsearch 56(2)), as in pymcdm TestCRITICWeights: CRITIC weights
// [0.157, 0.249, 0.168, 0.121, 0.154, 0.151], 3 decimals as published.
const tus = [
  [5000, 3, 3, 4, 3, 2],
  [680, 5, 3, 2, 2, 1],
  [2000, 3, 2, 3, 4, 3],
  [600, 4, 3, 1, 2, 2],
  [800, 2, 4, 3, 3, 4],
];
const four = ['aht', 'fcr', 'errors', 'csat'];
const six = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'];

async function weightsJson(dir: string, ...args: string[]): Promise<WeightNode[]> {
  const run = await runCli(['weights', ...args, '--format', 'json'], { cwd: dir });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { weights: WeightNode[] }).weights;
}

const local = (nodes: WeightNode[], ids: string[]): number[] =>
  ids.map((id) => nodes.find((n) => n.id === id)?.local ?? NaN);

describe('weights with entropy and critic', () => {
  it('entropy: weights <set> <vendors> --format json shows Zavadskas 2016 to 4 decimals', async () => {
    const dir = project('entropy', four, zavadskas);
    const nodes = await weightsJson(dir, 'set.yaml', 'vendors');
    expect(nodes.find((n) => n.id === 'service')).toMatchObject({
      weighting: 'entropy',
      local: 0.75,
    });
    local(nodes, four).forEach((w, i) =>
      expect(w).toBeCloseTo([0.1146, 0.1981, 0.4185, 0.2689][i] ?? NaN, 4),
    );
    const total = nodes.filter((n) => n.kind === 'criterion').reduce((s, n) => s + n.global, 0);
    expect(total).toBeCloseTo(1, 12);
  });

  it('critic: shows Tuş 2019 (3 decimals as published)', async () => {
    const dir = project('critic', six, tus);
    const nodes = await weightsJson(dir, 'set.yaml', 'vendors');
    expect(nodes.find((n) => n.id === 'service')?.weighting).toBe('critic');
    local(nodes, six).forEach((w, i) =>
      expect(w).toBeCloseTo([0.157, 0.249, 0.168, 0.121, 0.154, 0.151][i] ?? NaN, 3),
    );
  });

  it('reads the project file’s vendors when none are named', async () => {
    const dir = project('entropy', four, zavadskas);
    writeFileSync(join(dir, 'vendor-eval.config.yaml'), 'criteria: set.yaml\nvendors: vendors/\n');
    const nodes = await weightsJson(dir);
    expect(local(nodes, ['aht'])[0]).toBeCloseTo(0.1146, 4);
  });

  it('the table names the method beside the group', async () => {
    const dir = project('entropy', four, zavadskas);
    const run = await runCli(['weights', 'set.yaml', 'vendors'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('service (entropy)');
    expect(run.stdout).toMatch(/errors\s.*41\.8%/);
  });

  it('without vendor files it is a usage error naming the group, exit 2', async () => {
    const dir = project('entropy', four, zavadskas);
    const run = await runCli(['weights', 'set.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'error "service" is weighted by entropy, which derives its weights from the vendors\' answers, so vendor files are needed',
    );
  });

  it('one vendor is a usage error, exit 2', async () => {
    const dir = project('critic', six, tus);
    const run = await runCli(['weights', 'set.yaml', 'vendors/v1.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'critic weighting of "service" needs at least 2 vendors with answers: only 1 vendor answers all of its criteria',
    );
  });

  it('a negative value under entropy is a positioned error at the criterion, exit 2', async () => {
    const rows = zavadskas.map((r) => [...r]);
    (rows[2] as number[])[3] = -11;
    const dir = project('entropy', four, rows);
    const run = await runCli(['weights', 'set.yaml', 'vendors'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'set.yaml:11:9 error entropy weighting needs values of 0 or more, but "csat" has -11 (negative-value)',
    );
    expect(run.stderr).toContain('weight "service" by critic');
  });

  it('one constant column: weight 0 and a positioned warning', async () => {
    const rows = zavadskas.map((r) => [r[0] ?? 0, 80, r[2] ?? 0, r[3] ?? 0]);
    const dir = project('entropy', four, rows);
    const run = await runCli(['weights', 'set.yaml', 'vendors', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'set.yaml:9:9 warning every vendor gives "fcr" the same answer, so entropy weighting gives it weight 0 (constant-column)',
    );
    const nodes = (JSON.parse(run.stdout) as { weights: WeightNode[] }).weights;
    expect(local(nodes, ['fcr'])).toEqual([0]);
  });

  it.each(['entropy', 'critic'] as const)(
    '%s with every column constant is an error at the group’s weighting, exit 2',
    async (method) => {
      const dir = project(method, four, [
        [1, 2, 3, 4],
        [1, 2, 3, 4],
        [1, 2, 3, 4],
      ]);
      const run = await runCli(['weights', 'set.yaml', 'vendors'], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        `set.yaml:6:16 error ${method} weighting of "service" cannot derive weights: every vendor gives the same answer to each of its criteria (constant-group)`,
      );
    },
  );

  it('--weights cannot override a criterion inside an entropy group', async () => {
    const dir = project('entropy', four, zavadskas);
    const run = await runCli(['weights', 'set.yaml', 'vendors', '--weights', 'aht=5'], {
      cwd: dir,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('its parent "service" derives weights by entropy');
  });

  it('validate: entropy on a group holding a sub-category is invalid-weighting at its weighting', async () => {
    const dir = project('entropy', four, zavadskas, {
      children:
        '    categories:\n      - id: inner\n        criteria: [{ id: extra, type: scale }]',
    });
    const run = await runCli(['validate', 'set.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /6:16\s+error\s+entropy weighting needs criteria as children, but "service" holds "inner"/,
    );
  });

  it('rank uses the derived weights: every record’s weight is its derived global weight', async () => {
    const dir = project('entropy', four, zavadskas);
    const run = await runCli(['rank', '-c', 'set.yaml', 'vendors', '--format', 'json'], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      vendors: { criteria: { id: string; weight: number }[] }[];
    };
    const errors = doc.vendors[0]?.criteria.find((c) => c.id === 'errors');
    expect(errors?.weight).toBeCloseTo(0.75 * 0.4185, 4);
  });
});

describe('the built binary with an entropy set', () => {
  const bin = join(repoRoot, 'bin', 'vendor-eval.js');
  const run = (args: string[], cwd: string) =>
    spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 20_000 });

  it('ranks via rank -c <set> <vendors> and shows the derived weights via weights --format json', () => {
    const dir = project('entropy', four, zavadskas);
    const ranked = run(['rank', '-c', 'set.yaml', 'vendors'], dir);
    expect(ranked.status).toBe(0);
    for (let i = 1; i <= 4; i++) expect(ranked.stdout).toContain(`Vendor ${i}`);
    const weights = run(['weights', 'set.yaml', 'vendors', '--format', 'json'], dir);
    expect(weights.status).toBe(0);
    const nodes = (JSON.parse(weights.stdout) as { weights: WeightNode[] }).weights;
    expect(local(nodes, four).map((w) => Number(w.toFixed(4)))).toEqual([
      0.1146, 0.1981, 0.4185, 0.2689,
    ]);
  });
});
