// The built CLI's `consensus` on the panel fixture (tests/fixtures/consensus: 3 evaluators × 3
// vendors × 6 criteria of the customer-service set): exact JSON and table output.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'bin', 'vendor-eval.js');
const panel = join(root, 'tests', 'fixtures', 'consensus');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

/** Runs the built binary in `cwd`: no stdin, no terminal, no colour or width settings. */
function run(
  args: readonly string[],
  cwd = panel,
): { code: number; stdout: string; stderr: string } {
  const env = { ...process.env };
  for (const key of ['NO_COLOR', 'FORCE_COLOR', 'VENDOR_EVAL_DEBUG', 'COLUMNS']) delete env[key];
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 20_000,
  });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

describe('vendor-eval consensus (built)', () => {
  it('--format json: the SPEC shape, every figure unrounded', () => {
    const r = run(['consensus', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      tool: {
        name: 'vendor-eval',
        version: pkg.version,
      },
      evaluators: ['a.lee', 'b.kim', 'c.diaz'],
      combine: 'mean',
      criteria: [
        {
          id: 'capability-references',
          level: 'ordinal',
          alpha: 0.411522633744856,
          pairable: 9,
        },
        {
          id: 'capability-cx-certifications',
          level: 'nominal',
          alpha: 0.4838709677419355,
          pairable: 9,
        },
        {
          id: 'capability-financial-stability',
          level: 'ordinal',
          alpha: 0.7962328767123288,
          pairable: 8,
        },
        {
          id: 'sla-fcr',
          level: 'interval',
          alpha: 0.5291529152915291,
          pairable: 9,
        },
        {
          id: 'sla-fcr-method',
          level: 'ordinal',
          alpha: -0.11111111111111116,
          pairable: 9,
        },
        {
          id: 'sla-chronic-failure-exit',
          level: 'nominal',
          alpha: 0.6,
          pairable: 9,
        },
      ],
      disagreements: [
        {
          vendor: 'tala-global',
          criterion: 'sla-chronic-failure-exit',
          range: 1,
          sd: 0.4714045207910317,
          values: {
            'a.lee': true,
            'b.kim': false,
            'c.diaz': true,
          },
          moderated: false,
          combined: 0.6666666666666666,
        },
        {
          vendor: 'tala-global',
          criterion: 'sla-fcr-method',
          range: 0.8,
          sd: 0.3771236166328254,
          values: {
            'a.lee': 'customer-survey',
            'b.kim': 'customer-survey',
            'c.diaz': 'agent-disposition',
          },
          moderated: false,
          combined: 0.7333333333333334,
        },
        {
          vendor: 'tala-global',
          criterion: 'capability-references',
          range: 0.75,
          sd: 0.31180478223116176,
          values: {
            'a.lee': 5,
            'b.kim': 3,
            'c.diaz': 2,
          },
          moderated: false,
          combined: 0.5833333333333334,
        },
        {
          vendor: 'harbourline-care',
          criterion: 'sla-fcr-method',
          range: 0.6000000000000001,
          sd: 0.28284271247461906,
          values: {
            'a.lee': 'repeat-contact',
            'b.kim': 'agent-disposition',
            'c.diaz': 'repeat-contact',
          },
          moderated: false,
          combined: 0.6,
        },
        {
          vendor: 'tala-global',
          criterion: 'sla-fcr',
          range: 0.5833333333333333,
          sd: 0.26150236644114905,
          values: {
            'a.lee': 81,
            'b.kim': 79,
            'c.diaz': 70,
          },
          moderated: false,
          combined: 0.7847222222222222,
        },
        {
          vendor: 'harbourline-care',
          criterion: 'capability-cx-certifications',
          range: 0.25,
          sd: 0.11785113019775792,
          values: {
            'a.lee': ['escm-sp-l2'],
            'b.kim': ['escm-sp-l2'],
            'c.diaz': [],
          },
          moderated: false,
          combined: 0.16666666666666666,
        },
        {
          vendor: 'harbourline-care',
          criterion: 'capability-financial-stability',
          range: 0.25,
          sd: 0.125,
          values: {
            'a.lee': 2,
            'b.kim': 3,
          },
          moderated: false,
          combined: 0.375,
        },
        {
          vendor: 'puente-contact',
          criterion: 'capability-cx-certifications',
          range: 0.25,
          sd: 0.11785113019775792,
          values: {
            'a.lee': ['copc'],
            'b.kim': ['copc'],
            'c.diaz': ['copc', 'iso-18295-1'],
          },
          moderated: false,
          combined: 0.8333333333333334,
        },
        {
          vendor: 'puente-contact',
          criterion: 'capability-references',
          range: 0.25,
          sd: 0.11785113019775792,
          values: {
            'a.lee': 4,
            'b.kim': 4,
            'c.diaz': 3,
          },
          moderated: false,
          combined: 0.6666666666666666,
        },
        {
          vendor: 'tala-global',
          criterion: 'capability-financial-stability',
          range: 0.25,
          sd: 0.11785113019775792,
          values: {
            'a.lee': 4,
            'b.kim': 4,
            'c.diaz': 5,
          },
          moderated: false,
          combined: 0.8333333333333334,
        },
        {
          vendor: 'puente-contact',
          criterion: 'sla-fcr',
          range: 0.125,
          sd: 0.05892556509887896,
          values: {
            'a.lee': 76,
            'b.kim': 76,
            'c.diaz': 74,
          },
          moderated: false,
          combined: 0.7083333333333334,
        },
      ],
      furthest: [
        {
          evaluator: 'c.diaz',
          meanDistance: 0.22218137254901957,
          answers: 17,
        },
        {
          evaluator: 'b.kim',
          meanDistance: 0.17592592592592593,
          answers: 18,
        },
        {
          evaluator: 'a.lee',
          meanDistance: 0.16446759259259258,
          answers: 18,
        },
      ],
    });
  });

  it('the α of each fixture criterion, cross-checked', () => {
    // Computed a second way (the pairwise definition, D_o and D_e summed over value pairs, in a
    // separate script) and, for the boolean, by hand: values yes ×5, no ×4, n = 9; coincidences
    // o(yes,no) = o(no,yes) = 1 (Tala: two yes, one no, each pair / (3 − 1)); α = 1 − (n − 1) ·
    // Σ o δ / Σ n_c n_k δ = 1 − 8 · 2 / (2 · 5 · 4) = 0.6.
    const doc = JSON.parse(run(['consensus', '--format', 'json']).stdout) as {
      criteria: { id: string; alpha: number | null }[];
    };
    const alpha = Object.fromEntries(doc.criteria.map((c) => [c.id, c.alpha]));
    expect(alpha['sla-chronic-failure-exit']).toBeCloseTo(3 / 5, 12);
    expect(alpha['sla-fcr-method']).toBeCloseTo(-1 / 9, 12);
    expect(alpha['capability-references']).toBeCloseTo(100 / 243, 12);
    expect(alpha['capability-cx-certifications']).toBeCloseTo(15 / 31, 12);
    expect(alpha['capability-financial-stability']).toBeCloseTo(465 / 584, 12);
    expect(alpha['sla-fcr']).toBeCloseTo(481 / 909, 12);
  });

  it('the table: headline, lowest α, widest disagreements, furthest evaluators', () => {
    const r = run(['consensus', '--top', '3', '--combine', 'median']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Panel review (panel-review v1) · where evaluators disagree
3 evaluators scored 3 vendors on 6 criteria; agreement is lowest on FCR measurement method (ordinal α -0.111)

Agreement per criterion (Krippendorff's α, lowest first)
┌───────────────────────────────┬─────────┬────────┬────────────┬──────────┐
│ Criterion                     │ Level   │      α │ Reading    │ Pairable │
├───────────────────────────────┼─────────┼────────┼────────────┼──────────┤
│ FCR measurement method        │ ordinal │ -0.111 │ unreliable │        9 │
│ Reference checks              │ ordinal │  0.412 │ unreliable │        9 │
│ Contact-centre certifications │ nominal │  0.484 │ unreliable │        9 │
└───────────────────────────────┴─────────┴────────┴────────────┴──────────┘

Widest disagreements (range of utilities)
┌──────────────────────┬─────────────────────────────────┬────────────────────────────────────────────────────────────────────────┬───────┬──────────┐
│ Vendor               │ Criterion                       │ Answers                                                                │ Range │ Combined │
│                      │                                 │                                                                        │       │   median │
├──────────────────────┼─────────────────────────────────┼────────────────────────────────────────────────────────────────────────┼───────┼──────────┤
│ Tala Global Services │ Termination for chronic failure │ a.lee yes, b.kim no, c.diaz yes                                        │  1.00 │     1.00 │
│ Tala Global Services │ FCR measurement method          │ a.lee customer-survey, b.kim customer-survey, c.diaz agent-disposition │  0.80 │     1.00 │
│ Tala Global Services │ Reference checks                │ a.lee 5, b.kim 3, c.diaz 2                                             │  0.75 │     0.50 │
└──────────────────────┴─────────────────────────────────┴────────────────────────────────────────────────────────────────────────┴───────┴──────────┘

Furthest from the rest (mean distance from the others’ utilities)
┌───────────┬───────────────┬─────────┐
│ Evaluator │ Mean distance │ Answers │
├───────────┼───────────────┼─────────┤
│ c.diaz    │          0.22 │      17 │
│ b.kim     │          0.18 │      18 │
│ a.lee     │          0.16 │      18 │
└───────────┴───────────────┴─────────┘
· α is Krippendorff's alpha over vendors × evaluators: 1 is perfect agreement, 0 no better than chance; rely on α ≥ 0.800, draw tentative conclusions from 0.667; pairable: the answers α is computed from (those of vendors that two evaluators or more answered)
· range and combined are utilities (0–1); combined is the evaluators' median, or the moderated value's
· showing the 3 lowest-agreement of 6 criteria and the 3 widest of 11 disagreements: --top <n> for more
`);
  });

  it('one evaluator per vendor: one sentence, exit 0', () => {
    const r = run(['consensus', '-c', 'customer-service', 'examples/vendors'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'Customer service outsourcing (customer-service v2) · where evaluators disagree\n' +
        'Each vendor was scored by one evaluator, so there is no agreement to measure: for a second opinion, each evaluator writes their own file per vendor, with the same `vendor:` and their own `evaluator:`.\n',
    );
  });

  it('an unknown --combine rule is a usage error naming the choices, exit 2', () => {
    const r = run(['consensus', '--combine', 'max']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "error: option '--combine <rule>' argument 'max' is invalid. Allowed choices are mean, median, min.",
    );
  });
  it('--format markdown: the same sections for a decision record', () => {
    const r = run(['consensus', '--format', 'markdown', '--top', '2', '--combine', 'min']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`## Panel review: where evaluators disagree

3 evaluators scored 3 vendors on 6 criteria; agreement is lowest on FCR measurement method (ordinal α -0.111).

### Agreement per criterion (lowest first)

| Criterion | Level | α | Reading | Pairable |
| --- | --- | ---: | --- | ---: |
| FCR measurement method | ordinal | -0.111 | unreliable | 9 |
| Reference checks | ordinal | 0.412 | unreliable | 9 |

### Widest disagreements

| Vendor | Criterion | Answers | Range | Combined |
| --- | --- | --- | ---: | ---: |
| Tala Global Services | Termination for chronic failure | a.lee yes, b.kim no, c.diaz yes | 1.00 | 0.00 |
| Tala Global Services | FCR measurement method | a.lee customer-survey, b.kim customer-survey, c.diaz agent-disposition | 0.80 | 0.20 |

### Furthest from the rest

| Evaluator | Mean distance | Answers |
| --- | ---: | ---: |
| c.diaz | 0.22 | 17 |
| b.kim | 0.18 | 18 |
| a.lee | 0.16 | 18 |

- α is Krippendorff's alpha over vendors × evaluators: 1 is perfect agreement, 0 no better than chance; rely on α ≥ 0.800, draw tentative conclusions from 0.667; pairable: the answers α is computed from (those of vendors that two evaluators or more answered)
- range and combined are utilities (0–1); combined is the evaluators' minimum, or the moderated value's
- showing the 2 lowest-agreement of 6 criteria and the 2 widest of 11 disagreements: --top &lt;n> for more
`);
  });

  it('a multi answer of several options reads as one answer, not as more evaluators', () => {
    const r = run(['consensus', '--format', 'markdown', '--top', '20']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '| Puente Contact Partners | Contact-centre certifications | a.lee copc, b.kim copc, c.diaz copc + iso-18295-1 | 0.25 | 0.83 |\n',
    );
  });

  it('rank on the panel says it combines the evaluators (table and JSON)', () => {
    const table = run(['rank']);
    expect(table.code).toBe(0);
    expect(table.stdout)
      .toBe(`Panel review (panel-review v1) · method weighted-sum · unanswered score 0
3 vendors combine the answers of 3 evaluators (mean); see vendor-eval consensus
┌───┬─────────────────────────┬───────┬────────────┬──────┬──────────┬─────────┐
│ # │ Vendor                  │ Score │ capability │  sla │ Eligible │ Missing │
│   │                         │       │        50% │  50% │          │         │
├───┼─────────────────────────┼───────┼────────────┼──────┼──────────┼─────────┤
│ 1 │ Tala Global Services    │  75.3 │       75.0 │ 75.5 │ yes      │       0 │
│ 2 │ Puente Contact Partners │  72.6 │       66.7 │ 78.5 │ yes      │       0 │
│ 3 │ Harbourline Care †      │  29.0 │       26.0 │ 32.0 │ yes      │       0 │
└───┴─────────────────────────┴───────┴────────────┴──────┴──────────┴─────────┘
† Harbourline Care is dominated by Puente Contact Partners, Tala Global Services (as good on every criterion, better on one)
`);
    const doc = JSON.parse(run(['rank', '--format', 'json']).stdout) as {
      evaluatorPanels?: unknown;
    };
    expect(doc.evaluatorPanels).toEqual({ vendors: 3, fewest: 3, most: 3, combine: 'mean' });
    // one evaluator per vendor: no line, no field
    const single = JSON.parse(
      run(['rank', '-c', 'customer-service', 'examples/vendors', '--format', 'json'], root).stdout,
    ) as Record<string, unknown>;
    expect('evaluatorPanels' in single).toBe(false);
  });
});
