import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { makeTempDir, runCli } from './run-cli.js';

/** A vendor file with two mistakes and a valid bid (customer-service needs one). */
const broken = [
  'vendor: broken-cx',
  'name: Broken CX',
  'answers:',
  '  sla-voice-service-level: 150',
  '  security-gdpr-art28: maybe',
  'pricing: { model: per-hour, rates: { voice: 20, chat: 20, email: 18, social: 18 } }',
  '',
].join('\n');

function project(): string {
  const dir = makeTempDir();
  writeFileSync(join(dir, 'broken.yaml'), broken);
  return dir;
}

const annotations = [
  '::error file=broken.yaml,line=4,endLine=4,col=28,endColumn=31,title=out-of-range::"sla-voice-service-level" is 150, outside 0–100 %25',
  '::error file=broken.yaml,line=5,endLine=5,col=24,endColumn=29,title=invalid-type::"security-gdpr-art28" takes true or false, found "maybe" — YAML 1.2: write true or false (yes/no are text)',
];

describe('validate --format github', () => {
  it('prints annotations at the file and line, the log lines and the verdict (exit 1)', async () => {
    const run = await runCli(['validate', 'broken.yaml', '-q', '--format', 'github'], {
      cwd: project(),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        ...annotations,
        'broken.yaml:4:28 error "sla-voice-service-level" is 150, outside 0–100 % (out-of-range)',
        'broken.yaml:5:24 error "security-gdpr-art28" takes true or false, found "maybe" (invalid-type) — YAML 1.2: write true or false (yes/no are text)',
        'validate failed: 2 errors, 0 warnings',
        '',
      ].join('\n'),
    );
  });

  it('appends the job summary to $GITHUB_STEP_SUMMARY, keeping what it held', async () => {
    const dir = project();
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '# Earlier step\n');
    const env = { GITHUB_STEP_SUMMARY: summary };
    const run = await runCli(['validate', 'broken.yaml', '-q', '-f', 'github'], { cwd: dir, env });
    expect(run.code).toBe(1);
    const once = [
      '',
      '## vendor-eval validate: failed',
      '',
      '1 file checked. 2 errors, 0 warnings.',
      '',
      '| Where | Severity | Problem | Rule |',
      '| --- | --- | --- | --- |',
      '| broken.yaml:4:28 | error | "sla-voice-service-level" is 150, outside 0–100 % | `out-of-range` |',
      '| broken.yaml:5:24 | error | "security-gdpr-art28" takes true or false, found "maybe" — YAML 1.2: write true or false (yes/no are text) | `invalid-type` |',
      '',
    ].join('\n');
    expect(readFileSync(summary, 'utf8')).toBe(`# Earlier step\n${once}`);
    // a second run in the same step adds its own summary
    await runCli(['validate', 'broken.yaml', '-q', '-f', 'github'], { cwd: dir, env });
    expect(readFileSync(summary, 'utf8')).toBe(`# Earlier step\n${once}${once}`);
  });

  it('creates the summary file when it does not exist yet, also with -o', async () => {
    const dir = project();
    const summary = join(dir, 'summary.md');
    const run = await runCli(['validate', 'broken.yaml', '-q', '-f', 'github', '-o', 'out.txt'], {
      cwd: dir,
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    expect(run.code).toBe(1);
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toContain(annotations[0]);
    expect(readFileSync(summary, 'utf8')).toMatch(/^\n## vendor-eval validate: failed\n/);
  });

  it('writes no summary for other formats', async () => {
    const dir = project();
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '');
    await runCli(['validate', 'broken.yaml', '-q', '-f', 'json'], {
      cwd: dir,
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    expect(readFileSync(summary, 'utf8')).toBe('');
  });

  it('warns when the summary cannot be written, and keeps its verdict', async () => {
    const dir = project();
    const summary = join(dir, 'no-such-folder', 'summary.md');
    const run = await runCli(['validate', 'broken.yaml', '-f', 'github'], {
      cwd: dir,
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(annotations[1]);
    expect(run.stderr).toContain(
      `warning cannot append to ${summary} (ENOENT): nothing was added to it\n`,
    );
  });
});

describe('validate --format gitlab, junit and sarif', () => {
  it('gitlab: one entry per problem at its line', async () => {
    const run = await runCli(['validate', 'broken.yaml', '-q', '-f', 'gitlab'], { cwd: project() });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { check_name: string; location: unknown }[];
    expect(report.map((r) => [r.check_name, r.location])).toEqual([
      ['out-of-range', { path: 'broken.yaml', lines: { begin: 4 } }],
      ['invalid-type', { path: 'broken.yaml', lines: { begin: 5 } }],
    ]);
  });

  it('junit: a suite for the file with two failing cases', async () => {
    const run = await runCli(['validate', 'broken.yaml', '-q', '-f', 'junit'], { cwd: project() });
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
      run.stdout,
    ) as { testsuites: { tests: string; failures: string; testsuite: { name: string } } };
    expect(doc.testsuites).toMatchObject({ tests: '2', failures: '2' });
    expect(doc.testsuites.testsuite.name).toBe('broken.yaml');
  });

  it('sarif: results at the file and region, exit code 1 in the invocation', async () => {
    const run = await runCli(['validate', 'broken.yaml', '-q', '-f', 'sarif'], { cwd: project() });
    const doc = JSON.parse(run.stdout) as {
      runs: { invocations: { exitCode: number }[]; results: { locations: unknown[] }[] }[];
    };
    expect(doc.runs[0]?.invocations[0]?.exitCode).toBe(run.code);
    expect(doc.runs[0]?.results[0]?.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'broken.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 4, startColumn: 28, endLine: 4, endColumn: 31 },
        },
      },
    ]);
  });
});
