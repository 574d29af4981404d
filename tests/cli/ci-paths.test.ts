import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo, writeFiles } from '../helpers/git.js';
import { makeTempDir, runCli } from './run-cli.js';

// The CI formats name files relative to the repository's top folder, wherever the command runs:
// a project in a subfolder of the repository, run from a folder below the project file.
const set = `id: paths
name: Paths
version: 1
categories:
  - id: service
    name: Service
    criteria:
      - { id: csat, name: CSAT, type: scale }
      - { id: soc2, name: SOC 2, type: boolean }
`;

const config = `criteria: set.yaml
vendors: vendors/
policy:
  selected: alpha
  minScore: 99
`;

/** The project under `procurement/` of `root`; `alpha` answers `soc2` with `soc2`. */
function projectIn(root: string, soc2 = 'true'): string {
  writeFiles(root, {
    'procurement/vendor-eval.config.yaml': config,
    'procurement/set.yaml': set,
    'procurement/vendors/alpha.yaml': `vendor: alpha\nanswers:\n  csat: 4\n  soc2: ${soc2}\n`,
    'procurement/vendors/beta.yaml': 'vendor: beta\nanswers:\n  csat: 3\n  soc2: true\n',
  });
  return join(root, 'procurement');
}

describe('CI formats name files from the repository root', () => {
  it('github: a policy failure on the project file, run from the vendors folder', async () => {
    const repo = makeRepo();
    const cwd = join(projectIn(repo), 'vendors');
    const run = await runCli(['check', '-f', 'github'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toMatch(
      /^::error file=procurement\/vendor-eval\.config\.yaml,line=5,endLine=5,col=13,endColumn=15,title=policy\/min-score::/,
    );
    // the log line for a person reading the job's log names the same file
    expect(run.stdout).toContain('\nprocurement/vendor-eval.config.yaml:5:13 error ');
  });

  it('github: a file problem, run from the project folder', async () => {
    const repo = makeRepo();
    const cwd = projectIn(repo, 'maybe');
    const run = await runCli(['validate', '-f', 'github'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toBe(
      '::error file=procurement/vendors/alpha.yaml,line=4,endLine=4,col=9,endColumn=14,title=invalid-type::"soc2" takes true or false, found "maybe" — YAML 1.2: write true or false (yes/no are text)',
    );
  });

  it('gitlab: the location path is relative to the repository root', async () => {
    const repo = makeRepo();
    const cwd = join(projectIn(repo, 'maybe'), 'vendors');
    const run = await runCli(['check', '-f', 'gitlab'], { cwd });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { location: { path: string } }[];
    expect(report.map((r) => r.location.path)).toEqual(['procurement/vendors/alpha.yaml']);
  });

  it('sarif: URIs based on %SRCROOT%, which the run defines as the repository root', async () => {
    const repo = makeRepo();
    const cwd = join(projectIn(repo), 'vendors');
    const run = await runCli(['check', '-f', 'sarif'], { cwd });
    const sarifRun = (JSON.parse(run.stdout) as { runs: Record<string, unknown>[] }).runs[0];
    expect(sarifRun?.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `file://${repo}/` } });
    const results = sarifRun?.results as {
      locations: { physicalLocation: { artifactLocation: unknown } }[];
    }[];
    expect(results[0]?.locations[0]?.physicalLocation.artifactLocation).toEqual({
      uri: 'procurement/vendor-eval.config.yaml',
      uriBaseId: '%SRCROOT%',
    });
  });

  it('junit: suites and class names are the files from the repository root', async () => {
    const repo = makeRepo();
    const cwd = join(projectIn(repo, 'maybe'), 'vendors');
    const run = await runCli(['validate', '-f', 'junit'], { cwd });
    expect(run.stdout).toContain('<testsuite name="procurement/vendors/alpha.yaml"');
    expect(run.stdout).toContain(
      '<testcase name="invalid-type /answers/soc2" classname="procurement/vendors/alpha.yaml">',
    );
  });

  it('without git, GITHUB_WORKSPACE is the root when the working folder is inside it', async () => {
    const workspace = makeTempDir();
    const cwd = join(projectIn(workspace), 'vendors');
    const run = await runCli(['check', '-f', 'github'], {
      cwd,
      env: { GITHUB_WORKSPACE: workspace },
    });
    expect(run.stdout).toMatch(/^::error file=procurement\/vendor-eval\.config\.yaml,line=5,/);
  });

  it('without git, CI_PROJECT_DIR is the root when the working folder is inside it', async () => {
    const checkout = makeTempDir();
    const cwd = join(projectIn(checkout, 'maybe'), 'vendors');
    const run = await runCli(['check', '-f', 'gitlab'], { cwd, env: { CI_PROJECT_DIR: checkout } });
    const report = JSON.parse(run.stdout) as { location: { path: string } }[];
    expect(report[0]?.location.path).toBe('procurement/vendors/alpha.yaml');
  });

  it('without git or a CI checkout around it, the working folder is the root', async () => {
    const outside = makeTempDir();
    const other = makeTempDir();
    const project = projectIn(outside);
    const cwd = join(project, 'vendors');
    mkdirSync(join(other, 'x'));
    const run = await runCli(['check', '-f', 'github'], { cwd, env: { GITHUB_WORKSPACE: other } });
    // the project file is above the working folder: named by its absolute path
    expect(run.stdout).toMatch(
      new RegExp(
        `^::error file=${join(project, 'vendor-eval.config.yaml').replace(/[/.]/g, '\\$&')},line=5,`,
      ),
    );
  });
});

describe('check of files with errors: the policy not judged', () => {
  it('github says so in its verdict, junit skips each rule the project file sets', async () => {
    const cwd = projectIn(makeTempDir(), 'maybe');
    const github = await runCli(['check', '-f', 'github'], { cwd });
    expect(github.stdout.trimEnd().split('\n').at(-1)).toBe(
      'check failed: 1 error, 0 warnings; policy not judged: the files have errors',
    );
    const junit = await runCli(['check', '-f', 'junit'], { cwd });
    expect(junit.stdout).toContain(
      [
        '  <testsuite name="policy" tests="1" failures="0" errors="0" skipped="1">',
        '    <testcase name="policy/min-score" classname="policy">',
        '      <skipped message="not judged: the files have errors; fix them first"/>',
        '    </testcase>',
      ].join('\n'),
    );
  });
});

describe('exit 2 quoting a user text with a line break', () => {
  it('prints one line: the text starts no workflow command on stderr', async () => {
    const root = makeTempDir();
    const cwd = projectIn(root);
    writeFiles(cwd, {
      'vendor-eval.config.yaml': config.replace(
        'selected: alpha',
        'selected: "alpha\\n::error file=README.md,line=1::pwned"',
      ),
    });
    const run = await runCli(['check', '-f', 'github'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).not.toBe('');
    expect(run.stderr.split('\n').filter((l) => l.startsWith('::'))).toEqual([]);
  });
});
