import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, runCli } from './run-cli.js';

// A small field where one vendor's "no" on a boolean zeroes its weighted product: the output
// must say which criterion did it, and compare's rows must add up to the lead it states.
let dir = '';
beforeAll(() => {
  dir = makeTempDir();
  mkdirSync(join(dir, 'vendors'));
  writeFileSync(
    join(dir, 'set.yaml'),
    [
      'id: demo',
      'name: Demo',
      'version: 1',
      'criteria:',
      '  - { id: price, name: Hourly rate, type: number, unit: EUR/h, direction: lower, scoring: { worst: 30, best: 18 }, weight: 3 }',
      "  - { id: sl, name: Service level, type: number, unit: '%', direction: higher, scoring: { worst: 60, best: 95 }, weight: 2 }",
      '  - { id: iso, name: ISO 27001, type: boolean, weight: 1 }',
      '',
    ].join('\n'),
  );
  const vendor = (id: string, name: string, answers: string): void =>
    writeFileSync(
      join(dir, 'vendors', `${id}.yaml`),
      `vendor: ${id}\nname: ${name}\nanswers: ${answers}\n`,
    );
  vendor('alpha', 'Alpha', '{ price: 20, sl: 85, iso: true }');
  vendor('bravo', 'Bravo', '{ price: 24, sl: 90, iso: false }');
  vendor('charlie', 'Charlie', '{ price: 28, sl: 70, iso: true }');
});

const cli = (...args: string[]) =>
  runCli([...args.slice(0, 1), ...args.slice(1), '-c', 'set.yaml', 'vendors'], { cwd: dir });

describe('a product zeroed by one criterion says which', () => {
  it('in the table, with what the category columns are under the method', async () => {
    const run = await cli('rank', '-m', 'weighted-product');
    expect(run.stdout).toBe(
      [
        'Demo (demo v1) · method weighted-product · unanswered score 0',
        'category scores (weighted-product): weighted geometric mean utility of the category’s criteria × 100',
        '┌───┬───────────┬───────┬───────┬──────┬───────┬──────────┬─────────┐',
        '│ # │ Vendor    │ Score │ price │   sl │   iso │ Eligible │ Missing │',
        '│   │           │       │   50% │  33% │   17% │          │         │',
        '├───┼───────────┼───────┼───────┼──────┼───────┼──────────┼─────────┤',
        '│ 1 │ Alpha     │  81.6 │  83.3 │ 71.4 │ 100.0 │ yes      │       0 │',
        '│ 2 │ Charlie † │  26.9 │  16.7 │ 28.6 │ 100.0 │ yes      │       0 │',
        '│ 3 │ Bravo     │   0.0 │  50.0 │ 85.7 │   0.0 │ yes      │       0 │',
        '└───┴───────────┴───────┴───────┴──────┴───────┴──────────┴─────────┘',
        '! Bravo: score is 0 because of a utility of 0 on ISO 27001 (iso)',
        '† Charlie is dominated by Alpha (as good on every criterion, better on one)',
        '',
      ].join('\n'),
    );
  });

  it('in explain, beside each criterion’s factor and its share of the gap', async () => {
    const run = await cli('explain', 'bravo', '-m', 'weighted-product');
    const out = run.stdout.split('\n');
    expect(out.slice(0, 4)).toEqual([
      'Bravo (bravo): 0.0 / 100, rank 3 of 3 · Demo (demo v1), method weighted-product',
      'category scores (weighted-product): weighted geometric mean utility of the category’s criteria × 100',
      '! Bravo: score is 0 because of a utility of 0 on ISO 27001 (iso)',
      "Factor = utility^weight, and the score is 100 × their product; share of gap = ln factor ÷ ln(score/100), the criterion's part of the distance to 100.",
    ]);
    expect(out.find((l) => l.startsWith('│ ISO 27001'))).toBe(
      '│ ISO 27001                        │ no                   │    0.00 │  16.67% │  0.0000 │  1.000 │                                            │',
    );
    expect(out.find((l) => l.startsWith('│ Hourly rate'))).toContain('│  0.7071 │  0.000 │');
  });

  it('in the JSON, as details.zeroedBy beside each criterion’s factor', async () => {
    const doc = JSON.parse((await cli('rank', '-m', 'weighted-product', '-f', 'json')).stdout) as {
      vendors: { id: string; score: number; details: Record<string, unknown> }[];
    };
    const bravo = doc.vendors.find((v) => v.id === 'bravo');
    expect(bravo?.details).toEqual({
      zeroedBy: ['iso'],
      criteria: [
        { id: 'price', factor: expect.closeTo(Math.sqrt(0.5), 12) as number, logShare: 0 },
        { id: 'sl', factor: expect.closeTo((30 / 35) ** (1 / 3), 12) as number, logShare: 0 },
        { id: 'iso', factor: 0, logShare: 1 },
      ],
    });
    const alpha = doc.vendors.find((v) => v.id === 'alpha');
    const factors = (alpha?.details.criteria as { factor: number }[]).map((c) => c.factor);
    expect(factors.reduce((p, f) => p * f, 100)).toBeCloseTo(alpha?.score ?? NaN, 10);
  });
});

describe('compare: the rows add up to the lead it states, under the method’s own figures', () => {
  it('waspas: λ × weighted-sum points + (1 − λ) × the log-mean split of the product', async () => {
    const run = await cli('compare', 'alpha', 'bravo', '-m', 'waspas');
    expect(run.stdout).toBe(
      [
        'Alpha leads Bravo by 55.1 points (81.9 vs 26.8) · Demo (demo v1), method waspas',
        'A: Alpha (alpha) 81.9 / 100, rank 1 of 3 · waspas: wsm 82.1429, wpm 81.6019, lambda 0.5000',
        'B: Bravo (bravo) 26.8 / 100, rank 3 of 3 · waspas: wsm 53.5714, wpm 0.0000, lambda 0.5000',
        '┌────────────────────────────────┬────────┬──────────────────────────┬──────────────────────────┬────────┐',
        '│ Criterion                      │ Weight │ A: Alpha                 │ B: Bravo                 │  Δ A−B │',
        '├────────────────────────────────┼────────┼──────────────────────────┼──────────────────────────┼────────┤',
        '│ ISO 27001                      │ 16.67% │ yes                      │ no                       │  +49.1 │',
        '│                                │        │ u 1.00                   │ u 0.00                   │        │',
        '│ Hourly rate                    │ 50.00% │ 20 EUR/h                 │ 24 EUR/h                 │   +8.3 │',
        '│                                │        │ u 0.83                   │ u 0.50                   │        │',
        '│ Service level                  │ 33.33% │ 85 %                     │ 90 %                     │   −2.4 │',
        '│                                │        │ u 0.71                   │ u 0.86                   │        │',
        '└────────────────────────────────┴────────┴──────────────────────────┴──────────────────────────┴────────┘',
        "Δ is each criterion's part of the waspas lead: λ × the weighted-sum points plus (1 − λ) × each factor’s log-mean share of the product; all 3 add up to +55.1, A − B",
        '',
      ].join('\n'),
    );
  });

  it.each(['weighted-sum', 'weighted-product', 'topsis', 'vikor', 'promethee2', 'waspas'])(
    '%s: the JSON differences add up to scoreDifference',
    async (method) => {
      for (const [a, b] of [
        ['alpha', 'bravo'],
        ['charlie', 'bravo'],
        ['alpha', 'charlie'],
      ] as const) {
        const doc = JSON.parse((await cli('compare', a, b, '-m', method, '-f', 'json')).stdout) as {
          scoreDifference: number;
          differenceUnit: string;
          criteria: { difference: number }[];
        };
        const sum = doc.criteria.reduce((s, c) => s + c.difference, 0);
        expect(sum).toBeCloseTo(doc.scoreDifference, 9);
        expect(doc.differenceUnit).toBe('score points');
      }
    },
  );

  it('states the lead and both scores at one precision', async () => {
    const run = await cli('compare', 'alpha', 'charlie');
    expect(run.stdout.split('\n')[0]).toBe(
      'Alpha leads Charlie by 47.6 points (82.1 vs 34.5) · Demo (demo v1), method weighted-sum',
    );
  });
});

describe('validate warns when a waspas set can zero its product part', () => {
  it('names each criterion and why it can reach 0', async () => {
    const text = readFileSync(join(dir, 'set.yaml'), 'utf8').replace(
      'version: 1\n',
      'version: 1\nmethod: waspas\n',
    );
    writeFileSync(join(dir, 'waspas.yaml'), text);
    const run = await runCli(['validate', 'waspas.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '  8:5   warning  "iso" can give a utility of 0 (a "no" scores 0), and waspas\'s product part is then 0 for that vendor — make it a must-have (must: true), so a "no" is a knock-out rather than a 0, or rank with weighted-sum  zero-utility-in-product',
    );
    expect(run.stdout).toContain('✖ 3 problems (0 errors, 3 warnings)');
  });
});

describe('figures on one screen never contradict each other', () => {
  let close = '';
  beforeAll(() => {
    close = makeTempDir();
    mkdirSync(join(close, 'v'));
    writeFileSync(
      join(close, 'crit.yaml'),
      [
        'id: t',
        'name: T',
        'version: 1',
        'criteria:',
        '  - { id: rate, name: Hourly rate, type: number, direction: lower, scoring: { worst: 30, best: 15 }, weight: 2 }',
        '  - { id: qa, name: Quality, type: scale, weight: 1 }',
        '  - { id: iso, name: ISO, type: boolean, must: true, weight: 1 }',
        '',
      ].join('\n'),
    );
    const v = (id: string, answers: string): void =>
      writeFileSync(
        join(close, 'v', `${id}.yaml`),
        `vendor: ${id}\nname: ${id}\nanswers: ${answers}\n`,
      );
    // x and y differ by 0.025 points: one decimal would print 62.5 twice beside ranks 1 and 2
    v('x', '{ rate: 22.5, qa: 3, iso: true }');
    v('y', '{ rate: 22.49, qa: 3, iso: true }');
    // knocked out, and beyond the field's worst on every criterion
    v('z', '{ rate: 40, qa: 1, iso: false }');
  });
  const run = (...args: string[]) =>
    runCli([...args, '-c', 'crit.yaml', 'v', '-q'], { cwd: close });

  it('compare states a lead of 0.03 rather than "score the same" between ranks 1 and 2', async () => {
    const out = (await run('compare', 'x', 'y')).stdout.split('\n');
    expect(out.slice(0, 3)).toEqual([
      'y leads x by 0.03 points (62.53 vs 62.50) · T (t v1), method weighted-sum',
      'A: x (x) 62.50 / 100, rank 2 of 2',
      'B: y (y) 62.53 / 100, rank 1 of 2',
    ]);
  });

  it('the table prints as many decimals as it takes for different ranks to read differently', async () => {
    const out = (await run('rank')).stdout.split('\n');
    expect(out.filter((l) => /^│ [12] /.test(l))).toEqual([
      '│ 1 │ y      │ 62.53 │ 50.1 │ 50.0 │ 100.0 │ yes      │       0 │',
      '│ 2 │ x †    │ 62.50 │ 50.0 │ 50.0 │ 100.0 │ yes      │       0 │',
    ]);
  });

  it('compare says so when a clamped score makes the rows add up to more than the scores differ', async () => {
    const out = (await run('compare', 'z', 'y', '-m', 'vikor')).stdout.split('\n');
    expect(out.at(-2)).toMatch(
      /^the rows add up to −\d+\.\d, not the −100\.0 between the scores: z lies outside the field of eligible vendors, beyond its worst, and the vikor score is clamped to 0–100$/,
    );
  });
});

describe('WASPAS with λ = 1 is the weighted sum', () => {
  it('so validate does not warn that its product part can be zeroed', async () => {
    const text = readFileSync(join(dir, 'set.yaml'), 'utf8').replace(
      'version: 1\n',
      'version: 1\nmethod: waspas\nmethodOptions: { lambda: 1 }\n',
    );
    writeFileSync(join(dir, 'waspas-1.yaml'), text);
    const run = await runCli(['validate', 'waspas-1.yaml'], { cwd: dir });
    expect(run.stdout).not.toContain('zero-utility-in-product');
    expect(run.code).toBe(0);
  });
});

describe('a category a vendor left wholly unanswered under --missing exclude', () => {
  it('is not scored: — in the table, null in the JSON, said in explain', async () => {
    const d = makeTempDir();
    mkdirSync(join(d, 'v'));
    writeFileSync(
      join(d, 'crit.yaml'),
      'id: t\nname: T\nversion: 1\ncategories:\n  - { id: a, name: A, criteria: [ { id: qa, name: QA, type: scale } ] }\n  - { id: wfm, name: WFM, criteria: [ { id: wf, name: WF, type: scale } ] }\n',
    );
    writeFileSync(join(d, 'v', 'x.yaml'), 'vendor: x\nname: X\nanswers: { qa: 4, wf: ~ }\n');
    writeFileSync(join(d, 'v', 'y.yaml'), 'vendor: y\nname: Y\nanswers: { qa: 3, wf: 2 }\n');
    const args = ['-c', 'crit.yaml', 'v', '--missing', 'exclude', '-q'];
    const table = (await runCli(['rank', ...args], { cwd: d })).stdout.split('\n');
    expect(table.find((l) => l.startsWith('│ 1 '))).toBe(
      '│ 1 │ X      │  75.0 │ 75.0 │    — │ yes      │       1 │',
    );
    const doc = JSON.parse((await runCli(['rank', ...args, '-f', 'json'], { cwd: d })).stdout) as {
      vendors: { id: string; categories: { id: string; score: number | null }[] }[];
    };
    expect(doc.vendors[0]?.categories.map((c) => c.score)).toEqual([75, null]);
    const explain = (await runCli(['explain', 'x', ...args], { cwd: d })).stdout;
    expect(explain).toContain(
      'WFM weight 50.0% · not scored: every criterion unanswered, left out',
    );
  });
});
