// `sensitivity` (SPEC "sensitivity --format json"): the rank-acceptability table, JSON and
// Markdown of a small project, and the options' checks.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, runCli } from './run-cli.js';

const setText = `id: demo
name: Demo set
categories:
  - id: service
    weight: 2
    criteria:
      - { id: quality, type: scale, weight: 3 }
      - { id: speed, type: scale, weight: 2 }
  - id: other
    weight: 2
    criteria:
      - { id: culture, type: scale, weight: 1 }
      - { id: pci, type: boolean, weight: 1, must: true }
`;

function project(): string {
  const dir = makeTempDir('vendor-eval-sensitivity-');
  writeFileSync(join(dir, 'set.yaml'), setText);
  const vendors: Record<string, string> = {
    alpha: 'name: Alpha\nanswers: { quality: 5, speed: 2, culture: 3, pci: true }\n',
    bravo: 'name: Bravo\nanswers: { quality: 3, speed: 5, culture: 4, pci: true }\n',
    charlie: 'name: Charlie\nanswers: { quality: 2, speed: 3, culture: 5, pci: true }\n',
    delta: 'name: Delta\nanswers: { quality: 5, speed: 5, culture: 5, pci: false }\n',
  };
  for (const [id, text] of Object.entries(vendors))
    writeFileSync(join(dir, `${id}.yaml`), `vendor: ${id}\n${text}`);
  return dir;
}

const dir = project();
const run = (...args: string[]) =>
  runCli(['sensitivity', '-c', 'set.yaml', '.', '-q', ...args], { cwd: dir });

describe('sensitivity', () => {
  it('prints the rank-acceptability table with its headline and settings', async () => {
    const r = await run('--iterations', '2000');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(TABLE);
  });

  it('gives the SPEC JSON keys, additive fields after; the same seed gives the same bytes', async () => {
    const r = await run('--iterations', '2000', '-f', 'json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Record<string, unknown> & {
      vendors: Record<string, unknown>[];
    };
    expect(Object.keys(doc)).toEqual([
      'tool',
      'criteriaSet',
      'method',
      'weightOverrides',
      'missingPolicy',
      'partial',
      'skipped',
      'iterations',
      'seed',
      'spread',
      'vendors',
      'tippingPoints',
      'categoryTippingPoints',
      'rangedWeights',
      'uncertainAnswers',
    ]);
    expect([doc.iterations, doc.seed, doc.spread, doc.method]).toEqual([
      2000,
      1,
      0.2,
      'weighted-sum',
    ]);
    const spec = [
      'id',
      'baseRank',
      'pRank1',
      'meanRank',
      'rankMin',
      'rankMax',
      'rankP5',
      'rankP95',
    ];
    expect(doc.vendors.map((v) => spec.map((k) => v[k]))).toEqual([
      ['bravo', 1, 0.818, 1.182, 1, 2, 1, 2],
      ['alpha', 2, 0.1715, 2.1065, 1, 3, 1, 3],
      ['charlie', 3, 0.0105, 2.7115, 1, 3, 2, 3],
      ['delta', null, 0, null, null, null, null, null],
    ]);
    expect(Object.keys(doc.vendors[0] ?? {}).slice(spec.length)).toEqual([
      'name',
      'eligible',
      'shares',
      'centralWeights',
      'confidence',
    ]);
    expect((await run('--iterations', '2000', '-f', 'json')).stdout).toBe(r.stdout);
    expect((await run('--iterations', '2000', '-f', 'json', '--seed', '2')).stdout).not.toBe(
      r.stdout,
    );
  });

  it('spread 0 gives the stated ranking in every draw', async () => {
    const r = await run('--iterations', '50', '--spread', '0', '-f', 'json');
    const doc = JSON.parse(r.stdout) as { vendors: { id: string; shares: number[] }[] };
    expect(doc.vendors.map((v) => [v.id, v.shares])).toEqual([
      ['bravo', [1, 0, 0]],
      ['alpha', [0, 1, 0]],
      ['charlie', [0, 0, 1]],
      ['delta', [0, 0, 0]],
    ]);
  });

  it('writes Markdown and states a --weights override', async () => {
    const r = await run('--iterations', '2000', '-f', 'markdown', '--weights', 'culture=3');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(MARKDOWN);
  });

  it.each([
    [
      ['--spread', '1'],
      "error: option '--spread <s>' argument '1' is invalid. Expected a number from 0 up to (not including) 1, e.g. 0.2; 0 keeps the stated weights.",
    ],
    [
      ['--spread', '-0.1'],
      "error: option '--spread <s>' argument '-0.1' is invalid. Expected a number from 0 up to (not including) 1, e.g. 0.2; 0 keeps the stated weights.",
    ],
    [
      ['--iterations', '0'],
      "error: option '--iterations <n>' argument '0' is invalid. Expected a whole number of draws from 1 to 1,000,000.",
    ],
    [
      ['--iterations', '1000001'],
      "error: option '--iterations <n>' argument '1000001' is invalid. Expected a whole number of draws from 1 to 1,000,000.",
    ],
    [
      ['--seed', '1.5'],
      "error: option '--seed <n>' argument '1.5' is invalid. Expected a whole number of 0 or more.",
    ],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(message);
  });
});

const rank = (...args: string[]) =>
  runCli(['rank', '-c', 'set.yaml', '.', '-q', '--robustness', ...args], { cwd: dir });

describe('rank --robustness', () => {
  it('adds P(rank 1) to the table and states the settings', async () => {
    const r = await rank();
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(RANK_TABLE);
  });

  it('adds P(rank 1) to Markdown and CSV', async () => {
    expect((await rank('-f', 'markdown')).stdout).toBe(RANK_MARKDOWN);
    expect((await rank('-f', 'csv')).stdout).toBe(RANK_CSV);
  });

  it("adds robustness to each vendor in JSON, the same figure as sensitivity's", async () => {
    const doc = JSON.parse((await rank('-f', 'json')).stdout) as {
      vendors: { id: string; robustness: unknown }[];
    };
    const sens = JSON.parse((await run('-f', 'json')).stdout) as {
      vendors: { id: string; pRank1: number }[];
    };
    expect(doc.vendors.map((v) => [v.id, v.robustness])).toEqual([
      ['bravo', { pRank1: 0.8238, iterations: 10000, spread: 0.2, seed: 1 }],
      ['alpha', { pRank1: 0.165, iterations: 10000, spread: 0.2, seed: 1 }],
      ['charlie', { pRank1: 0.0112, iterations: 10000, spread: 0.2, seed: 1 }],
      ['delta', { pRank1: null, iterations: 10000, spread: 0.2, seed: 1 }],
    ]);
    expect(sens.vendors.slice(0, 3).map((v) => v.pRank1)).toEqual([0.8238, 0.165, 0.0112]);
  });

  it('cannot be used with --all-methods', async () => {
    const r = await rank('--all-methods');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'error --robustness cannot be used with --all-methods (conflicting-options) — run `vendor-eval sensitivity -m <method>` for one method at a time\n',
    );
  });
});

const RANK_TABLE = `Demo set (demo) · method weighted-sum · unanswered score 0
P(rank 1): the share of 10,000 weight draws (spread 0.2, seed 1) in which the vendor ranks first; see \`vendor-eval sensitivity\`
┌───┬─────────┬───────┬───────────┬─────────┬───────┬──────────┬─────────┐
│ # │ Vendor  │ Score │ P(rank 1) │ service │ other │ Eligible │ Missing │
│   │         │       │           │     50% │   50% │          │         │
├───┼─────────┼───────┼───────────┼─────────┼───────┼──────────┼─────────┤
│ 1 │ Bravo   │  78.8 │     82.4% │    70.0 │  87.5 │ yes      │       0 │
│ 2 │ Alpha   │  72.5 │     16.5% │    70.0 │  75.0 │ yes      │       0 │
│ 3 │ Charlie │  67.5 │      1.1% │    35.0 │ 100.0 │ yes      │       0 │
│ — │ Delta   │  75.0 │         — │   100.0 │  50.0 │ no       │       0 │
└───┴─────────┴───────┴───────────┴─────────┴───────┴──────────┴─────────┘
✗ Delta is ineligible: pci: no (must be yes)
`;

const RANK_MARKDOWN = `## Demo set: ranking

Method: weighted-sum; unanswered criteria: scored 0.

P(rank 1): the share of 10,000 weight draws (spread 0.2, seed 1) in which the vendor ranks first; see \`vendor-eval sensitivity\`.

| Rank | Vendor | Score | P(rank 1) | service (50%) | other (50%) | Eligible | Missing |
| ---: | --- | ---: | ---: | ---: | ---: | --- | ---: |
| 1 | Bravo | 78.8 | 82.4% | 70.0 | 87.5 | yes | 0 |
| 2 | Alpha | 72.5 | 16.5% | 70.0 | 75.0 | yes | 0 |
| 3 | Charlie | 67.5 | 1.1% | 35.0 | 100.0 | yes | 0 |
| — | Delta | 75.0 | — | 100.0 | 50.0 | no: pci | 0 |

**Knock-outs**

- Delta: pci: no (must be yes)
`;

const RANK_CSV = [
  '# P(rank 1): the share of 10,000 weight draws (spread 0.2, seed 1) in which the vendor ranks first; see `vendor-eval sensitivity`',
  'rank,id,name,score,eligible,complete,missing,service,other,knockouts,dominated_by,p_rank1',
  '1,bravo,Bravo,78.75,true,true,0,70,87.5,,,0.8238',
  '2,alpha,Alpha,72.5,true,true,0,70,75,,,0.165',
  '3,charlie,Charlie,67.5,true,true,0,35,100,,,0.0112',
  ',delta,Delta,75,false,true,0,100,50,pci,,',
  '',
].join('\r\n');

const TABLE = `Demo set (demo) · rank stability
bravo ranks first in 81.8% of 2,000 draws (spread 0.2, seed 1)
┌───┬─────────┬───────────────────┬────────┬────────┬──────┬────────┐
│ # │ Vendor  │ Rank 1            │ Rank 2 │ Rank 3 │ Mean │ P5–P95 │
│   │         │                   │        │        │ rank │        │
├───┼─────────┼───────────────────┼────────┼────────┼──────┼────────┤
│ 1 │ Bravo   │  81.8% ████████▏  │  18.2% │      · │ 1.18 │    1–2 │
│ 2 │ Alpha   │  17.2% █▊         │  55.0% │  27.8% │ 2.11 │    1–3 │
│ 3 │ Charlie │   1.1% ▏          │  26.8% │  72.2% │ 2.71 │    2–3 │
│ — │ Delta   │ not eligible      │      — │      — │    — │      — │
└───┴─────────┴───────────────────┴────────┴────────┴──────┴────────┘
· each draw moves every group's weights around the stated ones (Dirichlet, spread 0.2: a weight w varies by about 0.2·√(w(1−w))); 2,000 draws, spread 0.2, seed 1, method weighted-sum
· a cell is the share of draws in which the vendor takes that rank; tied vendors share a rank; P5–P95: the 5th to 95th percentile rank
· ineligible vendors (knocked out) are never ranked
`;

const MARKDOWN = `## Demo set: rank stability

**Weights overridden: culture 3 (was 1) — effective weights: culture 37.5% — not the set's own weighting.**

bravo ranks first in 84.7% of 2,000 draws (spread 0.2, seed 1).

| Vendor | Base rank | Rank 1 | Rank 2 | Rank 3 | Mean rank | P5–P95 |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
| Bravo | 1 | 84.7% | 15.3% | 0.0% | 1.15 | 1–2 |
| Charlie | 2 | 7.6% | 49.2% | 43.1% | 2.35 | 1–3 |
| Alpha | 3 | 7.7% | 35.4% | 56.9% | 2.49 | 1–3 |
| Delta | — | — | — | — | — | — |

- each draw moves every group's weights around the stated ones (Dirichlet, spread 0.2: a weight w varies by about 0.2·√(w(1−w))); 2,000 draws, spread 0.2, seed 1, method weighted-sum
- a cell is the share of draws in which the vendor takes that rank; tied vendors share a rank; P5–P95: the 5th to 95th percentile rank
- ineligible vendors (knocked out) are never ranked
`;
