import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScore } from '../../src/cli/run/score.js';
import { scriptedPrompter, terminalContext } from '../ui/scripted-prompter.js';
import { makeTempDir, repoRoot, runCli } from './run-cli.js';

const set = `id: panel-set
name: Panel set
criteria:
  - id: quality
    name: Quality of service
    type: scale
    scale: { min: 1, max: 5 }
    weight: 2
  - id: soc2
    name: SOC 2 report
    type: boolean
    must: true
  - id: location
    name: Delivery location
    type: choice
    options:
      - { value: onshore, score: 5 }
      - { value: offshore, score: 2 }
`;

const lee = `vendor: acme
name: Acme Care
evaluator: a.lee
answers:
  quality: 3
  soc2: false
  location: onshore
`;
const kim = lee
  .replace('a.lee', 'b.kim')
  .replace('quality: 3', 'quality: 5')
  .replace('onshore', 'offshore');
const panel = `vendor: acme
evaluator: panel
moderated:
  quality: { value: 4, rationale: "QA samples reviewed together", by: panel-chair, date: "2026-03-14" }
  soc2: { value: true, rationale: "report received after scoring", by: panel-chair }
`;
const beta = `vendor: beta
evaluator: a.lee
answers:
  quality: 4
  soc2: true
  location: offshore
`;

/** A project folder: set.yaml and the vendor files under vendors/. */
function project(vendors: Record<string, string>): string {
  const dir = makeTempDir('vendor-eval-moderated-');
  writeFileSync(join(dir, 'set.yaml'), set);
  mkdirSync(join(dir, 'vendors'));
  for (const [name, text] of Object.entries(vendors))
    writeFileSync(join(dir, 'vendors', name), text);
  return dir;
}

const panelProject = () =>
  project({
    'acme-kim.yaml': kim,
    'acme-lee.yaml': lee,
    'acme-panel.yaml': panel,
    'beta.yaml': beta,
  });

describe('a moderated value in a vendor file', () => {
  it('replaces the evaluators’ answers in the score and in knock-outs; rank JSON says who moderated', async () => {
    const cwd = panelProject();
    const run = await runCli(['rank', 'vendors', '-c', 'set.yaml', '-f', 'json'], { cwd });
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      vendors: {
        id: string;
        score: number;
        eligible: boolean;
        evaluators: string[];
        criteria: object[];
      }[];
    };
    const acme = doc.vendors.find((v) => v.id === 'acme');
    // quality 4 → 0.75 × 50 %, soc2 yes → 25 %, location the mean of 0.4 and 1 → 0.7 × 25 %
    expect(acme?.score).toBeCloseTo(80, 9);
    // both evaluators answered no to the must-have; the panel's yes decides
    expect(acme?.eligible).toBe(true);
    // the moderator's own file names who moderated, not another evaluator
    expect(acme?.evaluators).toEqual(['b.kim', 'a.lee']);
    expect(acme?.criteria.slice(0, 2)).toEqual([
      {
        id: 'quality',
        name: 'Quality of service',
        path: [],
        value: 4,
        utility: 0.75,
        weight: 0.5,
        contribution: 37.5,
        evidence: null,
        note: null,
        evaluations: [
          { evaluator: 'b.kim', value: 5 },
          { evaluator: 'a.lee', value: 3 },
        ],
        moderated: {
          by: 'panel-chair',
          rationale: 'QA samples reviewed together',
          date: '2026-03-14',
        },
      },
      {
        id: 'soc2',
        name: 'SOC 2 report',
        path: [],
        value: true,
        utility: 1,
        weight: 0.25,
        contribution: 25,
        evidence: null,
        note: null,
        evaluations: [
          { evaluator: 'b.kim', value: false },
          { evaluator: 'a.lee', value: false },
        ],
        moderated: { by: 'panel-chair', rationale: 'report received after scoring' },
      },
    ]);
  });

  it('a moderated value that fails a must-have knocks the vendor out, whatever the evaluators said', async () => {
    const cwd = project({
      'acme-lee.yaml': lee.replace('soc2: false', 'soc2: true'),
      'acme-panel.yaml': `vendor: acme
evaluator: panel
moderated:
  soc2: { value: false, rationale: "the report is a Type I, not Type II", by: panel-chair }
`,
    });
    const run = await runCli(['explain', 'acme', 'vendors', '-c', 'set.yaml', '-f', 'markdown'], {
      cwd,
    });
    expect(run.stdout).toContain('- **Knock-out:** SOC 2 report: no (must be yes)');
    expect(run.stdout).toContain(
      '| SOC 2 report ✗ (must be yes) | no (moderated by panel-chair; evaluator: a.lee yes) | 0.00 | 25.00% | 0.0 | moderated: the report is a Type I, not Type II |',
    );
  });

  it('explain shows the agreed value, who moderated, the evaluators’ answers and the rationale (table, Markdown)', async () => {
    const cwd = panelProject();
    const md = await runCli(['explain', 'acme', 'vendors', '-c', 'set.yaml', '-f', 'markdown'], {
      cwd,
    });
    expect(md.stdout).toContain(
      '| Quality of service | 4 (moderated by panel-chair; evaluators: b.kim 5, a.lee 3)<br>(4 − 1)/(5 − 1) | 0.75 | 50.00% | 37.5 | moderated: QA samples reviewed together (2026-03-14) |',
    );
    expect(md.stdout).toContain(
      '| SOC 2 report | yes (moderated by panel-chair; evaluators: b.kim no, a.lee no) | 1.00 | 25.00% | 25.0 | moderated: report received after scoring |',
    );
    // an unmoderated criterion is combined as before
    expect(md.stdout).toContain(
      '| Delivery location | offshore; onshore<br>mean of 2 evaluators (0.40, 1.00) | 0.70 | 25.00% | 17.5 |  |',
    );
    const table = await runCli(['explain', 'acme', 'vendors', '-c', 'set.yaml'], {
      cwd,
      env: { COLUMNS: '200' },
    });
    expect(table.stdout).toContain(
      '│ Quality of service               │ 4 (moderated by      │    0.75 │  50.00% │   37.5 │ moderated: QA samples reviewed together    │',
    );
    expect(table.stdout).toContain('evaluators: b.kim, a.lee\n');
  });

  it('explain JSON: the criterion entry carries `moderated` and the derivation of the agreed value', async () => {
    const cwd = panelProject();
    const run = await runCli(['explain', 'acme', 'vendors', '-c', 'set.yaml', '-f', 'json'], {
      cwd,
    });
    const doc = JSON.parse(run.stdout) as { vendor: { criteria: Record<string, unknown>[] } };
    expect(doc.vendor.criteria[0]).toMatchObject({
      value: 4,
      moderated: {
        by: 'panel-chair',
        rationale: 'QA samples reviewed together',
        date: '2026-03-14',
      },
      derivation: { formula: 'scale', value: 4, min: 1, max: 5, utility: 0.75 },
    });
    // an unmoderated criterion keeps the evaluators' differing answers
    expect(doc.vendor.criteria[2]).toMatchObject({ value: ['offshore', 'onshore'] });
    expect(doc.vendor.criteria[2]).not.toHaveProperty('moderated');
  });

  it('compare marks a moderated answer', async () => {
    const cwd = panelProject();
    const run = await runCli(
      ['compare', 'acme', 'beta', 'vendors', '-c', 'set.yaml', '-f', 'markdown'],
      { cwd },
    );
    expect(run.stdout).toContain(
      '| Quality of service | 50.00% | 4 (moderated by panel-chair) (u 0.75) | 37.5 | 4 (u 0.75) | 37.5 | 0.0 |',
    );
  });

  it('a criterion no evaluator answered can be moderated: explain says so', async () => {
    const cwd = project({
      'acme-lee.yaml': lee.replace('  location: onshore\n', ''),
      'acme-panel.yaml': `vendor: acme
evaluator: panel
moderated:
  location: { value: onshore, rationale: "site visit on 2026-03-10", by: panel-chair }
`,
    });
    const run = await runCli(['explain', 'acme', 'vendors', '-c', 'set.yaml', '-f', 'markdown'], {
      cwd,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '| Delivery location | onshore (moderated by panel-chair; no evaluator answered)<br>score 5 of max 5 | 1.00 | 25.00% | 25.0 | moderated: site visit on 2026-03-10 |',
    );
  });

  it('in an evaluator’s own file: that evaluator stays an evaluator; the same value moderated twice is fine', async () => {
    const block = `moderated:
  quality: { value: 4, rationale: "agreed in the panel", by: c.diaz }
`;
    const cwd = project({ 'acme-lee.yaml': lee + block, 'acme-kim.yaml': kim + block });
    const run = await runCli(['rank', 'vendors', '-c', 'set.yaml', '-f', 'json'], { cwd });
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      vendors: { evaluators: string[]; criteria: { value: unknown }[] }[];
    };
    expect(doc.vendors[0]?.evaluators).toEqual(['b.kim', 'a.lee']);
    expect(doc.vendors[0]?.criteria[0]?.value).toBe(4);
  });

  it('a moderator’s file is not counted among the evaluators rank says it combines', async () => {
    const three = await runCli(['rank', 'vendors', '-c', 'set.yaml'], { cwd: panelProject() });
    expect(three.code).toBe(0);
    expect(three.stdout.split('\n')[1]).toBe(
      '1 vendor combines the answers of 2 evaluators (mean); see vendor-eval consensus',
    );
    const alone = await runCli(['rank', 'vendors', '-c', 'set.yaml', '-f', 'json'], {
      cwd: project({ 'acme-lee.yaml': lee, 'acme-panel.yaml': panel }),
    });
    expect(alone.code).toBe(0);
    expect(JSON.parse(alone.stdout)).not.toHaveProperty('evaluatorPanels');
  });

  it('explain names a file without `evaluator:` among the answers a moderation replaced', async () => {
    const cwd = project({
      'acme-lee.yaml': lee,
      'acme.yaml': lee.replace('evaluator: a.lee\n', '').replace('quality: 3', 'quality: 2'),
      'acme-panel.yaml': panel,
    });
    const run = await runCli(['explain', 'acme', 'vendors', '-c', 'set.yaml', '-f', 'markdown'], {
      cwd,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '| Quality of service | 4 (moderated by panel-chair; evaluators: a.lee 3, (no evaluator) 2)<br>',
    );
  });

  it('a moderator’s file without `evaluator:` beside an evaluator’s file without one: no clash', async () => {
    const cwd = project({
      'acme.yaml': lee.replace('evaluator: a.lee\n', ''),
      'acme-panel.yaml': panel.replace('evaluator: panel\n', ''),
    });
    const run = await runCli(['rank', 'vendors', '-c', 'set.yaml', '-f', 'json'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { vendors: { criteria: { value: unknown }[] }[] };
    expect(doc.vendors[0]?.criteria[0]?.value).toBe(4);
  });

  it('an empty evaluator is an error that says what to write, exit 2, the file unchanged', async () => {
    const text = lee.replace('evaluator: a.lee', 'evaluator: ""');
    const cwd = project({ 'acme-lee.yaml': text, 'acme-kim.yaml': kim });
    const run = await runCli(['consensus', 'vendors', '-c', 'set.yaml'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'vendors/acme-lee.yaml:3:12 error evaluator must not be empty (out-of-range) — write who scored (e.g. evaluator: a.lee), or remove the line\n',
    );
    expect(readFileSync(join(cwd, 'vendors', 'acme-lee.yaml'), 'utf8')).toBe(text);
  });

  it('a moderated value written bare says how to write the entry', async () => {
    const cwd = project({
      'acme-lee.yaml': lee,
      'acme-panel.yaml': 'vendor: acme\nevaluator: panel\nmoderated:\n  quality: 4\n',
    });
    const run = await runCli(['rank', 'vendors', '-c', 'set.yaml'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'vendors/acme-panel.yaml:4:12 error moderated.quality must be a mapping, found number 4 (invalid-type) — write it as { value: 4, rationale: "why the panel agreed it", by: "who moderated" }\n',
    );
  });

  it('a moderated number written as a range: one value is agreed, says so', async () => {
    const cwd = project({
      'acme-lee.yaml': lee,
      'acme-panel.yaml':
        'vendor: acme\nevaluator: panel\nmoderated:\n  fcr: { value: { min: 70, max: 80 }, rationale: "x", by: chair }\n',
    });
    writeFileSync(
      join(cwd, 'set.yaml'),
      `${set}  - { id: fcr, name: FCR, type: number, unit: "%", direction: higher, min: 0, max: 100 }\n`,
    );
    const run = await runCli(['rank', 'vendors', '-c', 'set.yaml'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'vendors/acme-panel.yaml:4:17 error the moderated value of "fcr" is a range; a moderation agrees one value (invalid-type) — write the one number the panel agreed\n',
    );
  });

  it('two files moderating one criterion to different values: an error naming both, exit 2', async () => {
    const cwd = project({
      'acme-lee.yaml': `${lee}moderated:\n  quality: { value: 3, rationale: "panel", by: c.diaz }\n`,
      'acme-panel.yaml': panel,
    });
    const run = await runCli(['rank', 'vendors', '-c', 'set.yaml'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'vendors/acme-panel.yaml:4:21 error vendor "acme" has "quality" moderated to 4 here (by panel-chair) and to 3 in vendors/acme-lee.yaml (by c.diaz) (conflicting-moderation) — the panel agrees one value: keep it in one file (or make both the same)\n',
    );
  });

  it('a multi moderated in two files to the same options in another order agrees', async () => {
    const cwd = project({});
    writeFileSync(
      join(cwd, 'set.yaml'),
      `${set}  - id: channels
    name: Channels
    type: multi
    options:
      - { value: voice, points: 1 }
      - { value: chat, points: 1 }
`,
    );
    const block = (value: string) =>
      `moderated:\n  channels: { value: ${value}, rationale: "agreed", by: chair }\n`;
    writeFileSync(join(cwd, 'vendors', 'acme-lee.yaml'), lee + block('[voice, chat]'));
    writeFileSync(join(cwd, 'vendors', 'acme-kim.yaml'), kim + block('[chat, voice]'));
    const run = await runCli(['rank', 'vendors', '-c', 'set.yaml', '-f', 'json'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('validate lists every problem of a moderated block at its line and column; rank exits 2', async () => {
    const cwd = project({
      'acme-panel.yaml': `vendor: acme
evaluator: panel
moderated:
  qualty: { value: 4, rationale: "x", by: chair }
  quality: { value: 7, rationale: "x", by: chair }
  soc2: { value: "yes", by: chair }
  location: { value: offshore, rationale: "x", by: chair, dat: "2026" }
`,
      'beta.yaml': `vendor: beta
evaluator: panel
moderated:
  quality: { rationale: "x", by: chair }
  soc2: { value: ~, rationale: "", by: chair }
`,
    });
    const validate = await runCli(['validate', 'vendors', '-c', 'set.yaml'], { cwd });
    expect(validate.code).toBe(1);
    expect(validate.stdout).toBe(`vendors/acme-panel.yaml
  4:3   error    "qualty" is not a criterion of set "panel-set", so it cannot be moderated — did you mean "quality"?  unknown-criterion
  5:21  error    "quality" is 7, outside the scale 1–5  out-of-range
  6:9   error    moderated.soc2.rationale is required  required
  6:18  error    "soc2" takes true or false, found "yes" — YAML 1.2: write true or false (yes/no are text)  invalid-type
  7:59  error    unknown key "dat" in moderated.location — did you mean "date"?  unknown-key

vendors/beta.yaml
  4:12  error    moderated.quality.value is required  required
  5:18  error    the moderated value of "soc2" is empty — write the value the panel agreed, or remove the entry to score the evaluators' answers  required
  5:32  error    moderated.soc2.rationale must not be empty — write why the panel agreed this value  out-of-range

✖ 8 problems (8 errors, 0 warnings)
`);
    const rank = await runCli(['rank', 'vendors', '-c', 'set.yaml'], { cwd });
    expect(rank.code).toBe(2);
    expect(rank.stderr.split('\n')[0]).toBe(
      'vendors/acme-panel.yaml:4:3 error "qualty" is not a criterion of set "panel-set", so it cannot be moderated (unknown-criterion) — did you mean "quality"?',
    );
  });

  it('score adds answers to a file with a moderated block and leaves the block byte for byte', async () => {
    const dir = makeTempDir('vendor-eval-moderated-score-');
    copyFileSync(join(repoRoot, 'tests', 'fixtures', 'score', 'set.yaml'), join(dir, 'set.yaml'));
    const before = `vendor: acme-care
evaluator: r.okafor
answers:
  coaching: { value: 5, evidence: "RFP 4.1, 2026-05" }
  service-level: 95
moderated:
  # agreed in the panel of 2026-03-14
  coaching: { value: 4, rationale: "weekly 1:1s only on one site", by: panel-chair }
`;
    writeFileSync(join(dir, 'acme-care.yaml'), before);
    const prompter = scriptedPrompter([
      { select: true },
      { input: '' },
      'skip',
      { checkbox: ['voice'] },
      { input: '' },
    ]);
    const result = await runScore(
      { file: 'acme-care.yaml', criteria: 'set.yaml', evaluator: 'r.okafor' },
      terminalContext(dir).ctx,
      {},
      prompter,
    );
    expect(result.exitCode).toBeUndefined();
    expect(readFileSync(join(dir, 'acme-care.yaml'), 'utf8')).toBe(
      before.replace(
        '  service-level: 95\n',
        '  service-level: 95\n  gdpr-dpa: true\n  channels: [ voice ]\n',
      ),
    );
  });
});
