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

  it('a tiny spread may be written with an exponent: 1e-3 is 0.001', async () => {
    const exponent = await run('--iterations', '200', '--spread', '1e-3', '-f', 'json');
    expect(exponent.code).toBe(0);
    expect(exponent.stdout).toBe(
      (await run('--iterations', '200', '--spread', '0.001', '-f', 'json')).stdout,
    );
    expect((await run('--spread', '0x1')).code).toBe(2);
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

describe('sensitivity states what it did', () => {
  it('says unanswered criteria were left out under --missing exclude, as rank does', async () => {
    const r = await run('--iterations', '10', '--missing', 'exclude');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.includes('draws, spread'))).toEqual([
      "· each draw moves every group's weights around the stated ones (Dirichlet, spread 0.2: a weight w varies by about 0.2·√(w(1−w))); 10 draws, spread 0.2, seed 1, method weighted-sum, unanswered left out",
    ]);
  });

  it('--help lists every method -m accepts, waspas too', async () => {
    const r = await runCli(['sensitivity', '--help'], { cwd: dir });
    expect(r.stdout.replace(/\s+/g, ' ')).toContain(
      "-m, --method <name> weighted-sum, weighted-product, topsis, vikor, promethee2 or waspas (default: the set's method, else weighted-sum)",
    );
  });

  it('names every vendor tied for first in the headline, not just the first listed', async () => {
    const tied = makeTempDir('vendor-eval-sensitivity-tied-');
    writeFileSync(
      join(tied, 'set.yaml'),
      'id: one\nname: One\ncriteria:\n  - { id: q, type: scale }\n',
    );
    for (const id of ['ann', 'bob', 'cat'])
      writeFileSync(join(tied, `${id}.yaml`), `vendor: ${id}\nanswers: { q: 3 }\n`);
    const r = await runCli(
      ['sensitivity', '-c', 'set.yaml', '.', '-q', '--iterations', '10', '-f', 'markdown'],
      { cwd: tied },
    );
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[2]).toBe(
      'ann, bob and cat tie for first under the stated weights; they rank first in 100.0%, 100.0% and 100.0% of 10 draws (spread 0.2, seed 1).',
    );
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
· each draw moves every group's weights around the stated ones (Dirichlet, spread 0.2: a weight w varies by about 0.2·√(w(1−w))); 2,000 draws, spread 0.2, seed 1, method weighted-sum, unanswered score 0
· a cell is the share of draws in which the vendor takes that rank; tied vendors share a rank; P5–P95: the 5th to 95th percentile rank
· ineligible vendors (knocked out) are never ranked

Central weights: the weights under which each vendor typically wins
┌──────────────────────────┬─────────┬───────┐
│ Weights                  │ service │ other │
├──────────────────────────┼─────────┼───────┤
│ stated                   │   50.0% │ 50.0% │
│ bravo wins (1,636 draws) │   49.3% │ 50.7% │
│ alpha wins (343 draws)   │   54.6% │ 45.4% │
│ charlie wins (21 draws)  │   28.0% │ 72.0% │
└──────────────────────────┴─────────┴───────┘
· central weights (SMAA-2): each group's mean weight over the draws in which that vendor ranks first, the weights under which it typically wins

Tipping points: the smallest change of one weight (the others rescaled in proportion; pp: percentage points of the total weight) that makes another vendor the leader instead of bravo
Categories:
  other    weight 50.0% → 73.7%  (+23.7 pp)  charlie takes the lead
  service  weight 50.0% → 26.3%  (−23.7 pp)  charlie takes the lead
Criteria (smallest relative change first):
  quality  weight 30.0% → 37.8%  (+7.8 pp)   alpha takes the lead
  speed    weight 20.0% → 12.7%  (−7.3 pp)   alpha takes the lead
  culture  weight 25.0% → 48.3%  (+23.3 pp)  charlie takes the lead
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

- each draw moves every group's weights around the stated ones (Dirichlet, spread 0.2: a weight w varies by about 0.2·√(w(1−w))); 2,000 draws, spread 0.2, seed 1, method weighted-sum, unanswered score 0
- a cell is the share of draws in which the vendor takes that rank; tied vendors share a rank; P5–P95: the 5th to 95th percentile rank
- ineligible vendors (knocked out) are never ranked

### Central weights: the weights under which each vendor typically wins

| Weights | service | other |
| --- | ---: | ---: |
| stated | 50.0% | 50.0% |
| bravo wins (1,693 draws) | 50.7% | 49.3% |
| charlie wins (153 draws) | 32.1% | 67.9% |
| alpha wins (154 draws) | 59.0% | 41.0% |

- central weights (SMAA-2): each group's mean weight over the draws in which that vendor ranks first, the weights under which it typically wins

## Tipping points

The smallest change of one weight (the others rescaled in proportion; pp: percentage points of the total weight) that makes another vendor the leader instead of bravo.

| Category | Weight | Tipping weight | Change | New leader |
| --- | ---: | ---: | ---: | --- |
| service | 50.0% | 34.9% | −15.1 pp | charlie |
| other | 50.0% | 65.1% | +15.1 pp | charlie |

| Criterion | Weight | Tipping weight | Change | New leader |
| --- | ---: | ---: | ---: | --- |
| quality | 30.0% | 41.1% | +11.1 pp | alpha |
| culture | 37.5% | 52.8% | +15.3 pp | charlie |
| speed | 20.0% | 8.6% | −11.4 pp | alpha |
`;

describe('sensitivity with weight and answer ranges (SMAA-2)', () => {
  const ranged = makeTempDir('vendor-eval-ranges-');
  writeFileSync(
    join(ranged, 'set.yaml'),
    `id: mini
name: Mini
categories:
  - id: quality
    weight: { min: 30, max: 60 }
    criteria:
      - { id: sl, type: number, unit: "%", scoring: { worst: 60, best: 95 } }
      - { id: fit, type: scale }
  - id: price
    weight: 40
    criteria:
      - { id: rate, type: number, direction: lower, scoring: { worst: 30, best: 15 } }
`,
  );
  const vendors: Record<string, string> = {
    a: 'answers:\n  sl: { value: { min: 80, max: 90 } }\n  fit: 4\n  rate: 22\n',
    b: 'answers:\n  sl: { value: { low: 70, mode: 85, high: 88 } }\n  fit: 3\n  rate: 19\n',
    c: 'answers:\n  sl: 75\n  fit: 5\n  rate: 20\n',
  };
  for (const [id, text] of Object.entries(vendors)) writeFileSync(join(ranged, `${id}.yaml`), text);
  const inRanged = (...args: string[]) =>
    runCli([...args, '-c', 'set.yaml', 'a.yaml', 'b.yaml', 'c.yaml', '-q'], { cwd: ranged });

  it('--weights on a ranged node states the range it replaced, not its middle', async () => {
    const r = await inRanged('sensitivity', '--iterations', '10', '--weights', 'quality=45');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]).toBe(
      "weights overridden: quality 45 (was 30–60) — effective weights: quality 52.9% — not the set's own weighting",
    );
  });

  it('draws the ranged weights and answers, says so, and rank --robustness shows the same P(rank 1)', async () => {
    const json = await inRanged('sensitivity', '-f', 'json');
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.stdout) as {
      rangedWeights: string[];
      uncertainAnswers: number;
      vendors: { id: string; pRank1: number; confidence: number | null }[];
    };
    expect([doc.rangedWeights, doc.uncertainAnswers]).toEqual([['quality'], 2]);
    // with uncertain answers the confidence factor is a share of answer draws, not just 0 or 1
    expect(
      doc.vendors.some((v) => v.confidence !== null && v.confidence > 0 && v.confidence < 1),
    ).toBe(true);
    const table = await inRanged('sensitivity');
    expect(table.stdout).toContain('· weights drawn uniformly within their ranges: quality\n');
    expect(table.stdout).toContain('· 2 answers are ranges, drawn in every draw too\n');
    expect(table.stdout).toContain('│ Confidence │');
    const rank = await inRanged('rank', '--robustness', '-f', 'json');
    const ranked = JSON.parse(rank.stdout) as {
      vendors: { id: string; robustness: { pRank1: number } }[];
    };
    expect(ranked.vendors.map((v) => [v.id, v.robustness.pRank1])).toEqual(
      [...doc.vendors]
        .sort(
          (x, y) =>
            ranked.vendors.findIndex((v) => v.id === x.id) -
            ranked.vendors.findIndex((v) => v.id === y.id),
        )
        .map((v) => [v.id, v.pRank1]),
    );
  });
});
