import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, runCli } from './run-cli.js';

/** A bid for every channel of customer-service's demand, which its cost criterion needs. */
const bid = 'pricing: { model: per-hour, rates: { voice: 20, chat: 20, email: 18, social: 18 } }\n';

const brokenVendor = [
  '# a vendor with three mistakes (and a valid bid)',
  'vendor: broken-cx',
  'name: Broken CX',
  'answers:',
  '  sla-voice-service-level: 150',
  '  sla-chat-first-respons: 20',
  '  security-gdpr-art28: maybe',
  bid,
].join('\n');

/** A temp folder holding `files` (name → content); returns its path. */
function folderWith(files: Record<string, string>): string {
  const dir = makeTempDir();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

interface ValidateJson {
  errorCount: number;
  warningCount: number;
  files: {
    file: string;
    errorCount: number;
    problems: { severity: string; rule: string; message: string; line: number; column: number }[];
  }[];
}

describe('validate', () => {
  it('passes the shipped criteria sets, example vendors and project file (exit 0)', async () => {
    const run = await runCli(['validate', 'criteria', 'examples']);
    expect(run.code).toBe(0);
    // pricing.yaml alone has a cost criterion but no demand: a warning, not an error, since
    // customer-service includes it and holds the demand; Tala's bid is abnormally low: a
    // warning that says what the buyer must do
    expect(run.stdout).toBe(
      [
        'criteria/pricing.yaml',
        '  58:15  warning  "pricing-total-cost" is a cost criterion, but set "pricing" has no `demand`: it can be ranked only inside a set that has one — include this set in one with `demand:`, or add `demand:` here (see docs/cost-model.md)  cost-without-demand',
        '',
        'examples/vendors/tala-global.yaml',
        '  171:3  warning  vendor "tala-global" bids 62 % of the median contract cost (below 70 %): an abnormally low bid — before rejecting it, ask the vendor in writing to explain the price (public procurement rules require it); it is ranked as bid  abnormally-low-bid',
        '',
        '✖ 2 problems (0 errors, 2 warnings)',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toBe(
      'info no vendor-eval.config.yaml here: using the built-in criteria set customer-service (builtin-criteria) — choose another with -c\n',
    );
  });

  it('a vendor file without a bid is an error where the set has a cost criterion', async () => {
    const dir = folderWith({
      'v.yaml': 'vendor: v\nanswers:\n  security-gdpr-art28: { value: true, evidence: DPA 2026 }\n',
    });
    const run = await runCli(['validate', 'v.yaml', '-q'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        'v.yaml',
        '  1:1  error    vendor "v" has no `pricing`, which the cost criterion "pricing-total-cost" needs — add `pricing: { model: per-hour, currency: USD, rates: { voice: …, chat: …, email: …, social: … } }` with its bid, a rate for each channel of the demand (see docs/cost-model.md)  missing-pricing',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '',
      ].join('\n'),
    );
    // a set without a cost criterion needs no bid
    expect((await runCli(['validate', 'v.yaml', '-q', '-c', 'security'], { cwd: dir })).code).toBe(
      0,
    );
  });

  it('--format json on the shipped files lists each file with no problems', async () => {
    const run = await runCli(['validate', 'criteria', 'examples', '--format', 'json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as ValidateJson;
    expect(doc.errorCount).toBe(0);
    expect(doc.files.map((f) => f.file)).toEqual(
      expect.arrayContaining([
        'criteria/customer-service.yaml',
        'examples/vendors/kestrel-contact.yaml',
        'examples/vendor-eval.config.yaml',
      ]),
    );
  });

  it('a problem with a bid in one evaluator’s file points at that file, not the vendor’s first', async () => {
    const dir = folderWith({
      // read first, no bid
      'acme-a.yaml': 'vendor: acme\nevaluator: ann\nanswers: {}\n',
      'acme-b.yaml':
        'vendor: acme\nevaluator: bob\nanswers: {}\npricing: { model: per-hour, rates: { voice: 20, chat: 20, email: 18 } }\n',
    });
    const message =
      '"acme" has no rate for channel "social", which the demand includes (missing-channel-rate) — add social: <price per paid hour> to pricing.rates';
    const rank = await runCli(['rank', '.', '-q'], { cwd: dir });
    expect(rank.code).toBe(2);
    expect(rank.stderr).toBe(`acme-b.yaml:4:36 error ${message}\n`);
    const run = await runCli(['validate', '.', '-q', '-f', 'json'], { cwd: dir });
    const doc = JSON.parse(run.stdout) as ValidateJson;
    const problems = doc.files.flatMap((f) =>
      f.problems.map((p) => [f.file, p.rule, p.line, p.column]),
    );
    expect(problems).toEqual([['acme-b.yaml', 'missing-channel-rate', 4, 36]]);
  });

  it('reports a broken vendor file in stylish layout, exit 1', async () => {
    const dir = folderWith({ 'broken.yaml': brokenVendor });
    const run = await runCli(['validate', 'broken.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('broken.yaml');
    const problems = lines.filter((l) => /^ {2}\d+:\d+ /.test(l));
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^ {2}5:28\s+error\s+.*150.*\s{2}out-of-range$/);
    expect(problems[1]).toMatch(
      /^ {2}6:3\s+error\s+.*did you mean "sla-chat-first-response"\?\s{2}unknown-criterion$/,
    );
    expect(problems[2]).toMatch(/^ {2}7:24\s+error\s+.*"maybe".*\s{2}invalid-type$/);
    expect(run.stdout).toMatch(/✖ 3 problems \(3 errors, 0 warnings\)/);
  });

  it('--format json gives 1-based line and column for each problem', async () => {
    const dir = folderWith({ 'broken.yaml': brokenVendor });
    const run = await runCli(['validate', 'broken.yaml', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as ValidateJson;
    expect(doc.errorCount).toBe(3);
    expect(doc.files).toHaveLength(1);
    expect(doc.files[0]?.file).toBe('broken.yaml');
    expect(doc.files[0]?.problems.map((p) => [p.rule, p.line, p.column])).toEqual([
      ['out-of-range', 5, 28],
      ['unknown-criterion', 6, 3],
      ['invalid-type', 7, 24],
    ]);
  });

  it('reports an unknown key in a criteria set with a did-you-mean', async () => {
    const dir = folderWith({
      'set.yaml': [
        'id: tiny',
        'name: Tiny',
        'version: 1',
        'categories:',
        '  - id: a',
        '    name: A',
        '    wieght: 2',
        '    criteria:',
        '      - { id: x, name: X, type: boolean }',
        '',
      ].join('\n'),
    });
    const run = await runCli(['validate', 'set.yaml', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as ValidateJson;
    const problem = doc.files[0]?.problems[0];
    expect(problem).toMatchObject({ rule: 'unknown-key', line: 7, column: 5 });
    expect(problem?.message).toContain('wieght');
  });

  it('reports YAML syntax errors as findings (exit 1), not as a crash', async () => {
    const dir = folderWith({
      'syntax.yaml': 'vendor: x\nanswers:\n  sla-csat: [1, 2\n  sla-fcr: 3\n',
    });
    const run = await runCli(['validate', 'syntax.yaml', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    const doc = JSON.parse(run.stdout) as ValidateJson;
    const problems = doc.files[0]?.problems ?? [];
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p.rule).toBe('yaml-syntax');
      expect(p.line).toBeGreaterThanOrEqual(3);
      expect(p.column).toBeGreaterThanOrEqual(1);
    }
  });

  it('reports every bad file in a folder and still checks the good ones', async () => {
    const dir = folderWith({
      'broken.yaml': brokenVendor,
      'empty.yaml': '',
      'good.yaml': `vendor: good-cx\nname: Good\nanswers:\n  sla-voice-service-level: 80\n${bid}`,
    });
    const run = await runCli(['validate', '.', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as ValidateJson;
    const byFile = new Map(doc.files.map((f) => [f.file, f]));
    expect(byFile.get('broken.yaml')?.errorCount).toBe(3);
    expect(byFile.get('empty.yaml')?.problems[0]).toMatchObject({ line: 1, column: 1 });
    expect(byFile.get('good.yaml')?.errorCount).toBe(0);
  });

  it('checks vendor answers against -c', async () => {
    const dir = folderWith({
      'v.yaml': 'vendor: v\nanswers:\n  security-gdpr-art28: true\n',
    });
    const ok = await runCli(['validate', 'v.yaml', '-c', 'security'], { cwd: dir });
    expect(ok.code).toBe(0);
    // a criterion of another built-in set is out of scope for sla: said once, not an error
    const other = await runCli(['validate', 'v.yaml', '-c', 'sla'], { cwd: dir });
    expect(other.code).toBe(0);
    expect(other.stderr).toBe(
      [
        'info 1 answer to criteria outside "sla" was ignored (out-of-scope) — it belongs to security; validate with -c security to check it',
        '✓ 1 file checked, no problems',
        '',
      ].join('\n'),
    );
    // a criterion that exists nowhere is an error
    writeFileSync(join(dir, 'v.yaml'), 'vendor: v\nanswers:\n  security-gdpr-art82: true\n');
    const bad = await runCli(['validate', 'v.yaml', '-c', 'sla', '--format', 'json'], {
      cwd: dir,
    });
    expect(bad.code).toBe(1);
    const doc = JSON.parse(bad.stdout) as ValidateJson;
    expect(doc.files[0]?.problems[0]).toMatchObject({
      rule: 'unknown-criterion',
      line: 3,
      message: '"security-gdpr-art82" is not a criterion of set "sla"',
      hint: 'did you mean "security-gdpr-art28"?',
    });
  });

  it('-c naming neither a file nor a built-in set is exit 2 with a did-you-mean', async () => {
    const dir = folderWith({ 'v.yaml': 'vendor: v\nanswers:\n  security-gdpr-art28: true\n' });
    const run = await runCli(['validate', 'v.yaml', '-c', 'securty'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('"securty"');
    expect(run.stderr).toContain('did you mean "security"?');
  });

  it('is exit 2 for a path that does not exist', async () => {
    const dir = makeTempDir();
    const run = await runCli(['validate', 'nowhere.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('nowhere.yaml');
  });

  it('is exit 2 with no files and no project file, saying how to name them', async () => {
    const dir = makeTempDir();
    const run = await runCli(['validate'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/vendor-eval validate criteria\/ vendors\//);
  });

  it('with no files, checks what the project file names', async () => {
    const dir = makeTempDir();
    mkdirSync(join(dir, 'vendors'));
    writeFileSync(join(dir, 'vendor-eval.config.yaml'), 'criteria: security\nvendors: vendors/\n');
    writeFileSync(
      join(dir, 'vendors', 'v.yaml'),
      'vendor: v\nanswers:\n  security-gdpr-art28: maybe\n',
    );
    const run = await runCli(['validate', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as ValidateJson;
    const problems = doc.files.flatMap((f) => f.problems.map((p) => ({ file: f.file, ...p })));
    expect(problems).toEqual([
      expect.objectContaining({ rule: 'invalid-type', line: 3, column: 24 }),
    ]);
    expect(problems[0]?.file).toMatch(/vendors\/v\.yaml$/);
  });

  it('-o writes the report to a file and leaves the checked file unchanged', async () => {
    const dir = folderWith({ 'broken.yaml': brokenVendor });
    const before = readFileSync(join(dir, 'broken.yaml'));
    const run = await runCli(['validate', 'broken.yaml', '-o', 'report.txt'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    // as every command that writes a report: a note saying where it went
    expect(run.stderr.split('\n').at(-2)).toBe('wrote report.txt');
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toContain('unknown-criterion');
    expect(readFileSync(join(dir, 'broken.yaml')).equals(before)).toBe(true);
  });
});

describe('validate resolves its inputs like every command', () => {
  const good = `vendor: v\nanswers:\n  security-gdpr-art28: { value: true, evidence: DPA 2026 }\n${bid}`;

  it('says once that the built-in set is used outside a project, not with -q or -c', async () => {
    const dir = folderWith({ 'v.yaml': good });
    const run = await runCli(['validate', 'v.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'info no vendor-eval.config.yaml here: using the built-in criteria set customer-service (builtin-criteria) — choose another with -c\n✓ 1 file checked, no problems\n',
    );
    const quiet = await runCli(['validate', 'v.yaml', '-q'], { cwd: dir });
    expect(quiet.stderr).toBe('');
    const chosen = await runCli(['validate', 'v.yaml', '-c', 'security'], { cwd: dir });
    expect(chosen.stderr).toBe('✓ 1 file checked, no problems\n');
  });

  it('a path that does not exist is one line with a did-you-mean', async () => {
    const dir = folderWith({ 'v.yaml': good });
    const run = await runCli(['validate', 'w.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'error no such file or folder: w.yaml (path-not-found) — did you mean "v.yaml"?\n',
    );
  });

  it('a vendor file given to -c says so', async () => {
    const dir = folderWith({ 'v.yaml': good });
    const run = await runCli(['validate', '-c', 'v.yaml', 'v.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'error v.yaml is a vendor file, not a criteria set (wrong-file-kind) — -c names a criteria file or built-in set; vendor files go after the command: "vendor-eval validate v.yaml"\n',
    );
  });

  it("a missing path in the project file's vendors is reported at its entry", async () => {
    const dir = folderWith({
      'vendor-eval.config.yaml': 'criteria: customer-service\nvendors:\n  - vendors/\n  - extra\n',
    });
    mkdirSync(join(dir, 'vendors'));
    const run = await runCli(['validate'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'vendor-eval.config.yaml:4:5 error no such file or folder: extra (path-not-found)\n',
    );
  });
});

describe('validate -c <set> vendors/', () => {
  it('shows the set’s own warnings (an inconsistent AHP judgement), as validate <set file> does', async () => {
    const dir = folderWith({
      'set.yaml': [
        'id: ahp-demo',
        'name: AHP demo',
        'version: 1',
        'weighting:',
        '  method: ahp',
        '  comparisons:',
        '    - [service, commercial, 9]',
        '    - [commercial, security, 9]',
        '    - [security, service, 9]',
        'categories:',
        '  - id: service',
        '    criteria: [{ id: csat, name: CSAT, type: scale }]',
        '  - id: commercial',
        '    criteria: [{ id: rate, name: Rate, type: scale }]',
        '  - id: security',
        '    criteria: [{ id: soc2, name: SOC 2, type: boolean }]',
        '',
      ].join('\n'),
      'v.yaml': 'vendor: v\nanswers:\n  csat: 3\n  rate: 4\n  soc2: true\n',
    });
    const expected = [
      'set.yaml',
      '  7:29  warning  the comparisons of "ahp-demo" are inconsistent: CR 6.130 > 0.1 (saaty RI); the most inconsistent judgement is [service, commercial, 9] — the other judgements imply service ≈ 0.0123 × commercial: writing 1/9 gives CR 0.483  ahp-inconsistent',
      '',
      '✖ 1 problem (0 errors, 1 warning)',
      '',
    ].join('\n');
    const withSet = await runCli(['validate', '-c', 'set.yaml', 'v.yaml'], { cwd: dir });
    expect(withSet.code).toBe(0);
    expect(withSet.stdout).toBe(expected);
    const setFile = await runCli(['validate', 'set.yaml'], { cwd: dir });
    expect(setFile.stdout).toBe(expected);
  });
});

describe('a criteria file with a shape error', () => {
  it('still has its duplicate ids reported', async () => {
    const dir = folderWith({
      'set.yaml': [
        'id: dup',
        'name: Dup',
        'version: 1',
        'categories:',
        '  - id: service',
        '    weight: heavy',
        '    criteria:',
        '      - { id: csat, name: CSAT, type: scale }',
        '      - { id: csat, name: CSAT again, type: scale }',
        '  - id: service',
        '    criteria:',
        '      - { id: fcr, name: FCR, type: scale }',
        '',
      ].join('\n'),
    });
    const run = await runCli(['validate', 'set.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        'set.yaml',
        '  6:13  error    categories[0].weight must be a number, found the text "heavy"  invalid-type',
        '  9:15  error    id "csat" is used twice — it is also defined in set.yaml; ids of categories, criteria and included sets must be unique across the set  duplicate-id',
        '  10:9  error    id "service" is used twice — it is also defined in set.yaml; ids of categories, criteria and included sets must be unique across the set  duplicate-id',
        '',
        '✖ 3 problems (3 errors, 0 warnings)',
        '',
      ].join('\n'),
    );
  });
});
