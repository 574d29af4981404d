import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/cli/errors.js';
import { runScore, type ScoreOptions } from '../../src/cli/run/score.js';
import { formatIssueLine } from '../../src/report/issue-format.js';
import { plain } from '../../src/report/theme.js';
import { scriptedPrompter, type Step, terminalContext } from '../ui/scripted-prompter.js';
import { makeTempDir, repoRoot, runCli } from './run-cli.js';

const setFile = join(repoRoot, 'tests', 'fixtures', 'score', 'set.yaml');

/** A folder holding the test set as set.yaml, and `files` written into it. */
function folder(files: Record<string, string> = {}): string {
  const dir = makeTempDir('vendor-eval-score-');
  copyFileSync(setFile, join(dir, 'set.yaml'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/**
 * Runs `score` in `dir` with the scripted answers; the prompter shows what was asked. With
 * `cacheDir`, the run's parse cache is there (else caching is off, as in a fake context).
 */
async function score(
  dir: string,
  script: Step[],
  options: Partial<ScoreOptions> = {},
  cacheDir?: string,
) {
  const prompter = scriptedPrompter(script);
  const terminal = terminalContext(dir);
  const ctx = { ...terminal.ctx, cacheDir };
  const result = await runScore(
    { file: 'acme-care.yaml', criteria: 'set.yaml', evaluator: 'r.okafor', ...options },
    ctx,
    {},
    prompter,
  );
  const text = (): string => readFileSync(join(dir, 'acme-care.yaml'), 'utf8');
  return { result, stderr: terminal.stderr(), prompter, text };
}

const started = `# Acme Care, RFP round 2
vendor: acme-care
name: Acme Care
evaluator: r.okafor
answers:
  # asked in the pitch
  coaching: { value: 5, evidence: "RFP 4.1, 2026-05" } # weekly 1:1s
  service-level: 95 # contractual
# pricing to follow
`;

describe('score (the questionnaire, scripted)', () => {
  it('creates the file, saves each answer as it is confirmed, asks a bad number again; Ctrl-C exits 130 saying how to resume', async () => {
    const dir = folder();
    const run = await score(dir, [
      { input: 'Acme Care' },
      { select: 5 },
      { input: 'RFP 4.1, 2026-05' },
      { input: '' },
      { input: '120' },
      { input: '95%' },
      { input: '' },
      { select: true },
      { input: 'signed template' },
    ]);
    expect(run.result.exitCode).toBe(130);
    expect(run.stderr).toBe(
      '\ninterrupted: every confirmed answer is saved in acme-care.yaml; run "vendor-eval score acme-care.yaml" to go on\n',
    );
    expect(run.text()).toBe(`vendor: acme-care
name: Acme Care
evaluator: r.okafor
answers:
  coaching:
    value: 5
    evidence: RFP 4.1, 2026-05
  service-level: 95
  gdpr-dpa:
    value: true
    note: signed template
`);
    expect(run.prompter.log).toContain('> "service-level" is 120, outside 50–100 %');
    expect(run.prompter.log).toContain('[0/5 answered] quality (0/2) · Coaching (coaching)');
    expect(run.prompter.log).toContain('  Look for weekly one-to-ones.');
    expect(run.prompter.log).toContain(
      '[2/5 answered] terms (0/3) · GDPR processor agreement (gdpr-dpa)',
    );
    // the rubric's level texts, every level, and the way out
    expect(run.prompter.menus[0]).toEqual([
      '1 none',
      '2',
      '3 monthly',
      '4',
      '5 weekly',
      'skip for now',
    ]);
  });

  it('resumes from the file as it is now, whatever an earlier run left in the parse cache', async () => {
    const dir = folder({ 'acme-care.yaml': started });
    const cacheDir = join(dir, 'cache');
    const asked = (run: Awaited<ReturnType<typeof score>>) =>
      run.prompter.log.filter((l) => l.startsWith('['));
    const first = await score(dir, [], {}, cacheDir);
    expect(first.result.exitCode).toBe(130);
    expect(asked(first)[0]).toBe(
      '[2/5 answered] terms (0/3) · GDPR processor agreement (gdpr-dpa)',
    );
    // the run kept what it parsed: the set and the vendor file
    const cached = readdirSync(join(cacheDir, 'parse'))
      .map((f) => readFileSync(join(cacheDir, 'parse', f), 'utf8'))
      .join('\n');
    expect(cached).toContain('"acme-care.yaml"');
    expect(cached).toContain('"set.yaml"');
    // edited by hand between runs: the answer taken out is asked again
    writeFileSync(
      join(dir, 'acme-care.yaml'),
      started.replace('  service-level: 95 # contractual\n', ''),
    );
    const second = await score(dir, [], {}, cacheDir);
    expect(second.result.exitCode).toBe(130);
    expect(asked(second)[0]).toBe('[1/5 answered] quality (1/2) · Service level (service-level)');
  });

  it('resumes: answered criteria are passed over, comments and layout kept byte for byte; ends with the score alone, knock-outs and what is missing', async () => {
    const dir = folder({ 'acme-care.yaml': started });
    const run = await score(dir, [
      { select: false },
      { input: 'legal said no' },
      'skip',
      { checkbox: ['voice', 'chat'] },
      { input: '' },
    ]);
    expect(run.result.exitCode).toBeUndefined();
    expect(run.text()).toBe(
      started.replace(
        '  service-level: 95 # contractual\n',
        `  service-level: 95 # contractual
  gdpr-dpa:
    value: false
    note: legal said no
  channels: [ voice, chat ]
`,
      ),
    );
    expect(run.prompter.log.filter((l) => l.startsWith('['))).toEqual([
      '[2/5 answered] terms (0/3) · GDPR processor agreement (gdpr-dpa)',
      '[3/5 answered] terms (1/3) · Location (location)',
      '[3/5 answered] terms (1/3) · Channels (channels)',
    ]);
    expect(run.prompter.menus[1]).toEqual([
      "In the buyer's country (onshore)",
      'offshore',
      'skip for now',
    ]);
    expect(run.result.stdout).toBe(`answered in this run: 2, skipped for now: 1
Acme Care scores 68.9 of 100 on this file's answers alone (weighted sum, unanswered criteria count 0; "vendor-eval rank" compares vendors)
✗ ineligible: GDPR processor agreement: no (must be yes)
still missing (1): location
`);
  });

  it('--review walks every criterion with this file’s own answers as defaults, never another evaluator’s', async () => {
    const other = started
      .replace('evaluator: r.okafor', 'evaluator: j.silva')
      .replace('value: 5', 'value: 2')
      .replace('service-level: 95', 'service-level: 70');
    const dir = folder({ 'acme-care.yaml': started, 'acme-care.j-silva.yaml': other });
    const run = await score(dir, [{ select: 4 }, { input: '' }, { input: '' }, { input: '' }], {
      review: true,
    });
    expect(run.result.exitCode).toBe(130);
    // coaching 5 (own, not 2), its evidence, no note; service-level 95 (not 70)
    expect(run.prompter.defaults).toEqual([5, 'RFP 4.1, 2026-05', undefined, '95', undefined]);
    expect(run.text()).toBe(
      started.replace(
        'coaching: { value: 5, evidence: "RFP 4.1, 2026-05" } # weekly 1:1s',
        'coaching: { value: 4, evidence: "RFP 4.1, 2026-05" } # weekly 1:1s',
      ),
    );
  });

  it('--review keeps an answer written as a range, saying so, instead of replacing it by its mean', async () => {
    const ranged = started.replace(
      'service-level: 95 # contractual',
      'service-level: { value: { min: 90, max: 95 } }',
    );
    const dir = folder({ 'acme-care.yaml': ranged });
    const run = await score(dir, [{ select: 5 }, { input: 'RFP 4.1, 2026-05' }, { input: '' }], {
      review: true,
    });
    expect(run.prompter.log).toContain(
      '  answered as a range (90–95); kept as written: edit the file to change it',
    );
    // coaching asked (5, evidence, note); service-level never asked
    expect(run.prompter.defaults.slice(0, 3)).toEqual([5, 'RFP 4.1, 2026-05', undefined]);
    expect(run.text()).toBe(ranged);
  });

  it('--evaluator naming someone else than the file’s evaluator is refused before anything is shown', async () => {
    const dir = folder({ 'acme-care.yaml': started });
    await expect(score(dir, [], { evaluator: 'j.silva@example.org' })).rejects.toMatchObject({
      name: 'UsageError',
      rule: 'other-evaluator',
      message: 'acme-care.yaml holds the answers of r.okafor, not j.silva@example.org',
      hint: 'score your own file of this vendor, e.g. acme-care.j-silva.yaml',
    });
  });

  it('--only <category> asks only that category, answered criteria included', async () => {
    const dir = folder({ 'acme-care.yaml': started });
    const run = await score(dir, [], { only: 'quality' });
    expect(run.result.exitCode).toBe(130);
    expect(run.prompter.log.filter((l) => l.startsWith('['))).toEqual([
      '[2/5 answered] quality (2/2) · Coaching (coaching)',
    ]);
    expect(run.prompter.defaults).toEqual([5]);
  });

  it('--only <criterion> asks that one; an unknown id is a usage error with a suggestion', async () => {
    const dir = folder({ 'acme-care.yaml': started });
    const run = await score(dir, ['skip'], { only: 'location' });
    expect(run.prompter.log.filter((l) => l.startsWith('['))).toEqual([
      '[2/5 answered] terms (0/3) · Location (location)',
    ]);
    expect(run.text()).toBe(started);
    await expect(score(dir, [], { only: 'qualty' })).rejects.toMatchObject({
      name: 'UsageError',
      message: '--only qualty: the set "score-flow" has no category or criterion "qualty"',
      hint: 'did you mean "quality"?',
    });
  });

  it('every criterion answered: says so and saves nothing', async () => {
    const full = started.replace(
      '# pricing to follow',
      '  gdpr-dpa: true\n  location: onshore\n  channels: [voice]\n# pricing to follow',
    );
    const dir = folder({ 'acme-care.yaml': full });
    const run = await score(dir, []);
    expect(run.prompter.log).toContain(
      'every criterion is answered: use --review to go through them again',
    );
    expect(run.text()).toBe(full);
    expect(run.result.stdout).toContain('nothing is missing');
  });

  it('refuses to save over a file someone else changed during the questionnaire', async () => {
    const dir = folder({ 'acme-care.yaml': started });
    const path = join(dir, 'acme-care.yaml');
    const prompter = scriptedPrompter([{ select: true }, { input: '' }]);
    const select = prompter.select.bind(prompter);
    prompter.select = (q) => {
      writeFileSync(path, `${started}# edited in another window\n`);
      return select(q);
    };
    const { ctx } = terminalContext(dir);
    const error = await runScore(
      { file: 'acme-care.yaml', criteria: 'set.yaml' },
      ctx,
      {},
      prompter,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues.map((i) => formatIssueLine(i, plain))).toEqual([
      'acme-care.yaml:1:1 error the file was changed by someone else while the questionnaire ran; the last answer was not saved (file-changed) — run "vendor-eval score acme-care.yaml" again to go on from the file as it is now',
    ]);
    expect(readFileSync(path, 'utf8')).toBe(`${started}# edited in another window\n`);
  });

  it('a file invalid before it starts is reported at file:line:column and left untouched', async () => {
    const broken = started.replace('service-level: 95', 'service-level: 150');
    const dir = folder({ 'acme-care.yaml': broken });
    const error = await score(dir, [{ select: true }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues.map((i) => formatIssueLine(i, plain))).toEqual([
      'acme-care.yaml:8:18 error "service-level" is 150, outside 50–100 % (out-of-range)',
    ]);
    expect(readFileSync(join(dir, 'acme-care.yaml'), 'utf8')).toBe(broken);
  });

  it('Ctrl-C at the name of a new file creates nothing and says so', async () => {
    const dir = folder();
    const run = await score(dir, []);
    expect(run.result.exitCode).toBe(130);
    expect(run.stderr).toBe('\ninterrupted: acme-care.yaml was not created\n');
    expect(existsSync(join(dir, 'acme-care.yaml'))).toBe(false);
  });

  it('with a cost criterion and no bid yet, the summary says why there is no score', async () => {
    const dir = folder({ 'acme-care.yaml': 'name: Acme Care\nanswers: {}\n' });
    const run = await score(dir, [{ input: '' }], {
      criteria: 'customer-service',
      only: 'sla-abandon-rate',
    });
    expect(run.result.stdout).toBe(
      'answered in this run: 0, skipped for now: 1\nno score yet: vendor "acme-care" has no `pricing`, which the cost criterion "pricing-total-cost" needs\n',
    );
    expect(run.text()).toBe('name: Acme Care\nanswers: {}\n');
  });

  it('a valid figure that looks like a unit slip is saved with the warning validate gives', async () => {
    const dir = folder({ 'acme-care.yaml': 'name: Acme Care\nanswers: {}\n' });
    const run = await score(dir, [{ input: '1200' }, { input: '' }], {
      criteria: 'customer-service',
      only: 'sla-social-response',
    });
    expect(run.prompter.log.filter((l) => l.startsWith('!'))).toEqual([
      '! "sla-social-response" is 1200 for acme-care, far outside the scoring range 0–61 min — did you mean 20 (min)? (saved: --only sla-social-response asks it again)',
    ]);
    expect(run.text()).toBe('name: Acme Care\nanswers:\n  sla-social-response: 1200\n');
  });

  it('computed criteria are not asked, and a line says so', async () => {
    const dir = folder({ 'acme-care.yaml': 'name: Acme Care\nanswers: {}\n' });
    const run = await score(dir, [], { criteria: 'customer-service' });
    expect(run.prompter.log).toContain(
      "not asked (computed from the bid or the set's comparisons): pricing-total-cost",
    );
  });
});

describe('score outside a terminal', () => {
  it('is one line, exit 2, pointing to the YAML route and template', async () => {
    const r = await runCli(['score', 'vendors/acme-care.yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'error score asks its questions in a terminal, and stdin or stderr is not one (not-a-terminal) — write the answers in the vendor file instead ("vendor-eval template" prints one to fill in), then run "vendor-eval validate"\n',
    );
  });
});
