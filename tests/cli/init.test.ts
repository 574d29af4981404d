// `vendor-eval init [dir]` (issue 12): scaffolds a project that validates, ranks with the selected
// vendor first and meets its own policy; refuses to overwrite unless --force; GitHub or GitLab CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCriteriaResult } from '../../src/io/criteria-loader.js';
import { version } from '../../src/version.js';
import { makeTempDir, repoRoot, runCli } from './run-cli.js';

const githubFiles = [
  'vendor-eval.config.yaml',
  'criteria/our-criteria.yaml',
  'vendors/acme-nearshore.yaml',
  'vendors/globex-offshore.yaml',
  'README.md',
  '.github/workflows/vendor-eval.yml',
];

/** Every file below `dir`, relative, with forward slashes, sorted. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');

const nextSteps = (cd: string | undefined, workflow: string, change: string): string[] => [
  '',
  'Next steps:',
  ...(cd === undefined ? [] : [`  cd ${cd}`]),
  `  npx vendor-eval@${version} rank     rank the two example vendors`,
  `  npx vendor-eval@${version} check    test them against the policy in vendor-eval.config.yaml`,
  '  Replace the example vendors in vendors/ with the real bidders, and set `selected:` in the',
  '  policy to the one you recommend (README.md says how).',
  `  Commit the folder to git: ${workflow} runs the check on every ${change}.`,
  '',
];

interface RankJson {
  vendors: {
    id: string;
    rank: number | null;
    score: number;
    eligible: boolean;
    complete: boolean;
    missing: string[];
    criteria: { id: string; value: unknown; evidence?: string }[];
    cost?: { monthly: number };
  }[];
}

describe('init', () => {
  it('creates the folder and writes the six files of a project, saying what it wrote and what next', async () => {
    const root = makeTempDir();
    const r = await runCli(['init', 'procurement/bpo-2027'], { cwd: root });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const dir = join(root, 'procurement/bpo-2027');
    expect(filesBelow(dir)).toEqual([...githubFiles].sort());
    expect(r.stdout).toBe(
      [
        ...githubFiles.map((f) => `created procurement/bpo-2027/${f}`),
        ...nextSteps('procurement/bpo-2027', '.github/workflows/vendor-eval.yml', 'pull request'),
      ].join('\n'),
    );
    // every placeholder of the templates was filled in
    for (const f of githubFiles) expect(read(dir, f)).not.toMatch(/\{\{[A-Za-z:]+\}\}/);
  });

  it('writes a project file with criteria, vendors and every policy rule, each explained', async () => {
    const dir = makeTempDir();
    expect((await runCli(['init'], { cwd: dir })).code).toBe(0);
    const text = read(dir, 'vendor-eval.config.yaml');
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=node_modules/vendor-eval/schema/policy.schema.json',
    );
    expect(parse(text)).toEqual({
      criteria: 'criteria/our-criteria.yaml',
      vendors: 'vendors/',
      policy: {
        selected: 'acme-nearshore',
        minScore: 60,
        requireEligible: true,
        requireTop: true,
        maxMissing: 0,
        requireEvidence: true,
        maxMonthlyCost: 180000,
        maxConsistencyRatio: 0.1,
      },
    });
    // each rule has a comment above it in plain words
    const lines = text.split('\n');
    for (const rule of Object.keys((parse(text) as { policy: object }).policy)) {
      const at = lines.findIndex((l) => l.startsWith(`  ${rule}:`));
      expect(lines[at - 1], rule).toMatch(/^ {2}# /);
    }
  });

  it('writes a criteria set that includes the built-in customer-service set and adds two of its own', async () => {
    const dir = makeTempDir();
    expect((await runCli(['init'], { cwd: dir })).code).toBe(0);
    const text = read(dir, 'criteria/our-criteria.yaml');
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../node_modules/vendor-eval/schema/criteria.schema.json',
    );
    const set = parse(text) as {
      include: unknown;
      categories: { id: string; weight: number; criteria: { id: string; evidence?: string }[] }[];
    };
    expect(set.include).toEqual([{ set: 'customer-service', weight: 90 }]);
    expect(set.categories.map((c) => [c.id, c.weight])).toEqual([['our-requirements', 10]]);
    expect(set.categories[0]?.criteria.map((c) => [c.id, c.evidence])).toEqual([
      ['site-visit', 'required'],
      ['launch-ramp-capacity', 'optional'],
    ]);
    // the comments tell a team how to change weights and add criteria
    expect(text).toContain('# - Weights are relative: 90 and 10 mean 90 % and 10 % of the score.');
    expect(text).toContain('# - Add a criterion: copy one of ours below');
  });

  it('writes two example vendors that say they are examples', async () => {
    const dir = makeTempDir();
    expect((await runCli(['init'], { cwd: dir })).code).toBe(0);
    for (const [file, id, name] of [
      ['vendors/acme-nearshore.yaml', 'acme-nearshore', 'Acme Nearshore Care (example)'],
      ['vendors/globex-offshore.yaml', 'globex-offshore', 'Globex Offshore Services (example)'],
    ] as const) {
      const text = read(dir, file);
      expect(text.split('\n')[0]).toBe(
        '# yaml-language-server: $schema=../node_modules/vendor-eval/schema/vendor.schema.json',
      );
      expect(text).toContain('# AN EXAMPLE VENDOR, made up to show what a complete evaluation');
      const vendor = parse(text) as { vendor: string; name: string; pricing: { model: string } };
      expect([vendor.vendor, vendor.name, vendor.pricing.model]).toEqual([id, name, 'per-hour']);
    }
  });

  it('the scaffold validates clean', async () => {
    const dir = makeTempDir();
    expect((await runCli(['init'], { cwd: dir })).code).toBe(0);
    const r = await runCli(['validate'], { cwd: dir });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '✓ 4 files checked, no problems\n']);
  });

  // `check` judges the policy (SPEC "Policy and `check`"); the ranking is read too, so the
  // scaffold passes for the reasons the policy names and not by a rule that judged nothing: the
  // selected vendor first, eligible, above minScore, within budget; no vendor with a missing
  // answer or an `evidence: required` answer without evidence. The built binary runs the same
  // project end to end, with git and `--base`, in tests/e2e/init-check.test.ts.
  it('ranks the selected vendor first, and the scaffold passes every rule of its own policy', async () => {
    const dir = makeTempDir();
    expect((await runCli(['init'], { cwd: dir })).code).toBe(0);
    const checked = await runCli(['check'], { cwd: dir });
    expect([checked.code, checked.stderr]).toEqual([0, '']);
    expect(checked.stdout.split('\n').filter((l) => /^ {2}[✓✖–] /.test(l))).toEqual([
      '  ✓ policy/min-score              acme-nearshore   selected vendor acme-nearshore scores 76.9; the policy asks at least 60',
      '  ✓ policy/require-eligible       acme-nearshore   selected vendor acme-nearshore passes every knock-out',
      '  ✓ policy/require-top            acme-nearshore   selected vendor acme-nearshore ranks first',
      '  ✓ policy/max-missing            acme-nearshore   acme-nearshore answers every criterion',
      '  ✓ policy/max-missing            globex-offshore  globex-offshore answers every criterion',
      '  ✓ policy/require-evidence       acme-nearshore   every answer of acme-nearshore that needs evidence cites it',
      '  ✓ policy/require-evidence       globex-offshore  every answer of globex-offshore that needs evidence cites it',
      '  ✓ policy/max-monthly-cost       acme-nearshore   selected vendor acme-nearshore costs 156,940 USD a month; the policy allows at most 180,000',
      '  ✓ policy/max-consistency-ratio  —                the criteria set has no AHP judgements to be inconsistent',
    ]);
    expect(checked.stdout).toMatch(/\n✓ check passed: 4 files checked, 9 policy checks passed\n$/);
    const r = await runCli(['rank', '--format', 'json'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    const ranking = JSON.parse(r.stdout) as RankJson;
    const { policy } = parse(read(dir, 'vendor-eval.config.yaml')) as {
      policy: { selected: string; minScore: number; maxMonthlyCost: number };
    };
    expect(ranking.vendors.map((v) => [v.id, v.rank, v.eligible])).toEqual([
      [policy.selected, 1, true],
      ['globex-offshore', 2, true],
    ]);
    const selected = ranking.vendors[0];
    expect(selected?.score).toBeGreaterThanOrEqual(policy.minScore);
    for (const v of ranking.vendors) {
      expect(v.cost?.monthly).toBeLessThanOrEqual(policy.maxMonthlyCost);
      expect([v.id, v.complete, v.missing]).toEqual([v.id, true, []]);
    }
    const loaded = loadCriteriaResult(join(dir, 'criteria/our-criteria.yaml'), dir);
    if (!loaded.ok) throw new Error('the scaffold criteria set did not load');
    const needEvidence = loaded.value.set.criteria
      .filter((c) => c.evidence === 'required')
      .map((c) => c.id);
    expect(needEvidence).toHaveLength(19); // 18 in customer-service, and site-visit
    expect(needEvidence).toContain('site-visit');
    for (const v of ranking.vendors)
      for (const c of v.criteria.filter((c) => needEvidence.includes(c.id)))
        expect(c.evidence, `${v.id} ${c.id}`).toMatch(/\S/);
  });

  it('writes a GitHub workflow that runs check on pull requests and pushes to main, pinned to this version', async () => {
    const dir = makeTempDir();
    expect((await runCli(['init'], { cwd: dir })).code).toBe(0);
    const text = read(dir, '.github/workflows/vendor-eval.yml');
    const workflow = parse(text) as {
      on: unknown;
      jobs: { check: { 'runs-on': string; steps: Record<string, unknown>[] } };
    };
    expect(workflow.on).toEqual({ pull_request: null, push: { branches: ['main'] } });
    expect(text).toContain(
      '  # pushes to the main branch only; if yours is called otherwise (`master`, `trunk`), put its name\n  # here (`branches: [master]`), or list several (`branches: [main, release]`)\n  push:\n    branches: [main]\n',
    );
    expect(workflow.jobs.check.steps).toEqual([
      { uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } },
      { uses: 'actions/setup-node@v4', with: { 'node-version': 20 } },
      {
        name: 'Check the change against the policy',
        if: "github.event_name == 'pull_request'",
        env: { BASE_REF: '${{ github.base_ref }}' },
        run: `npx --yes vendor-eval@${version} check --format github --base "origin/$BASE_REF"`,
      },
      {
        name: 'Check the evaluation against the policy',
        if: "github.event_name != 'pull_request'",
        run: `npx --yes vendor-eval@${version} check --format github`,
      },
    ]);
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    const readme = read(dir, 'README.md');
    expect(readme).toContain(
      '| `.github/workflows/vendor-eval.yml` | runs the check below in GitHub Actions on every pull request and every push |',
    );
  });

  it('--ci gitlab writes .gitlab-ci.yml with a code quality report and --base on merge requests', async () => {
    const dir = makeTempDir();
    const r = await runCli(['init', '--ci', 'gitlab'], { cwd: dir });
    expect(r.code).toBe(0);
    const files = githubFiles.slice(0, 5).concat('.gitlab-ci.yml');
    expect(filesBelow(dir)).toEqual([...files].sort());
    expect(r.stdout).toBe(
      [
        ...files.map((f) => `created ${f}`),
        ...nextSteps(undefined, '.gitlab-ci.yml', 'merge request'),
      ].join('\n'),
    );
    const ci = parse(read(dir, '.gitlab-ci.yml')) as {
      'vendor-eval': {
        image: string;
        variables: unknown;
        script: string[];
        artifacts: unknown;
      };
    };
    const job = ci['vendor-eval'];
    expect(job.image).toBe('node:20');
    expect(job.variables).toEqual({ GIT_DEPTH: '0' });
    expect(job.artifacts).toEqual({
      when: 'always',
      reports: { codequality: 'gl-code-quality-report.json' },
    });
    // the report file for the widget (never failing the job), then the check in the log, whose
    // exit code decides the job; --base against the merge base, not the target branch's head
    expect(job.script).toEqual([
      `npx --yes vendor-eval@${version} check --format gitlab -o gl-code-quality-report.json || true`,
      [
        'if [ -n "$CI_MERGE_REQUEST_DIFF_BASE_SHA" ]; then',
        `  npx --yes vendor-eval@${version} check --base "$CI_MERGE_REQUEST_DIFF_BASE_SHA"`,
        'else',
        `  npx --yes vendor-eval@${version} check`,
        'fi',
        '',
      ].join('\n'),
    ]);
    const text = read(dir, '.gitlab-ci.yml');
    expect(text).toContain('# (`|| true`), and the file is written even when the check fails.');
    expect(text).toContain('# CI_MERGE_REQUEST_DIFF_BASE_SHA, so later commits');
    const readme = read(dir, 'README.md');
    expect(readme).toContain(
      'GitLab CI runs it on every merge request and on every push (`.gitlab-ci.yml`).',
    );
    expect(readme).not.toContain('pull request');
  });

  it('an unknown --ci is a usage error naming the choices, nothing written', async () => {
    const dir = makeTempDir();
    const r = await runCli(['init', '--ci', 'jenkins'], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      "error: option '--ci <system>' argument 'jenkins' is invalid. Allowed choices are github, gitlab.\n" +
        '(run "vendor-eval init --help" for usage)\n',
    );
    expect(filesBelow(dir)).toEqual([]);
  });

  it('refuses to overwrite: names every file that exists, writes nothing, exit 2', async () => {
    const dir = makeTempDir();
    mkdirSync(join(dir, 'vendors'));
    writeFileSync(join(dir, 'README.md'), '# ours\n');
    writeFileSync(join(dir, 'vendors/acme-nearshore.yaml'), 'vendor: acme-nearshore\n');
    const r = await runCli(['init'], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      'error init writes nothing: these 2 files exist already: vendors/acme-nearshore.yaml, README.md (init-would-overwrite) — run init in a new or empty folder, or add --force to replace them (your other files are left alone)\n',
    );
    expect(filesBelow(dir)).toEqual(['README.md', 'vendors/acme-nearshore.yaml']);
    expect(read(dir, 'README.md')).toBe('# ours\n');
    expect(existsSync(join(dir, 'criteria'))).toBe(false);
  });

  it('refuses one existing file with the singular, relative to the working folder', async () => {
    const root = makeTempDir();
    mkdirSync(join(root, 'eval'));
    writeFileSync(join(root, 'eval/vendor-eval.config.yaml'), 'criteria: sla\n');
    const r = await runCli(['init', 'eval', '--ci', 'gitlab'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'error init writes nothing: this file exists already: eval/vendor-eval.config.yaml (init-would-overwrite) — run init in a new or empty folder, or add --force to replace them (your other files are left alone)\n',
    );
    expect(filesBelow(root)).toEqual(['eval/vendor-eval.config.yaml']);
  });

  it('--force replaces the existing files and leaves the others alone', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'README.md'), '# ours\n');
    writeFileSync(join(dir, 'notes.txt'), 'keep me\n');
    const r = await runCli(['init', '--force'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 6)).toEqual(
      githubFiles.map((f) => `${f === 'README.md' ? 'replaced' : 'created'} ${f}`),
    );
    expect(read(dir, 'README.md')).toMatch(
      /^# Choosing our customer-service outsourcing provider\n/,
    );
    expect(read(dir, 'notes.txt')).toBe('keep me\n');
    expect(filesBelow(dir)).toEqual([...githubFiles, 'notes.txt'].sort());
  });

  it('--force writes nothing when a folder is where a file goes: names it, relative, with init’s hint', async () => {
    const root = makeTempDir();
    mkdirSync(join(root, 'a/vendors/globex-offshore.yaml'), { recursive: true });
    writeFileSync(join(root, 'a/README.md'), 'mine\n');
    const r = await runCli(['init', 'a', '--force'], { cwd: root });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      'error init writes nothing: a/vendors/globex-offshore.yaml is a folder, and init writes a file there (cannot-write) — move or rename what is in the way (--force replaces files, never folders), or run init in another folder\n',
    );
    expect(filesBelow(root)).toEqual(['a/README.md']);
    expect(read(root, 'a/README.md')).toBe('mine\n');
    expect(readdirSync(join(root, 'a')).sort()).toEqual(['README.md', 'vendors']);
  });

  it('--force writes nothing, and makes no folder, when a file is where a folder goes', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'vendors'), 'not a folder\n');
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/workflows'), 'not a folder either\n');
    const r = await runCli(['init', '--force'], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      'error init writes nothing: vendors is a file, and init makes a folder there; .github/workflows is a file, and init makes a folder there (cannot-write) — move or rename what is in the way (--force replaces files, never folders), or run init in another folder\n',
    );
    expect(readdirSync(dir).sort()).toEqual(['.github', 'vendors']);
  });

  it('a folder that is a file is a usage error', async () => {
    const root = makeTempDir();
    writeFileSync(join(root, 'taken'), 'x\n');
    const r = await runCli(['init', 'taken'], { cwd: root });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      'error cannot create a project in taken: it is a file (cannot-write) — name a new folder, or an existing folder\n',
    );
    const below = await runCli(['init', 'taken/sub'], { cwd: root });
    expect(below.stderr).toBe(
      'error init writes nothing: taken is a file, and init makes a folder there (cannot-write) — move or rename what is in the way (--force replaces files, never folders), or run init in another folder\n',
    );
    expect(filesBelow(root)).toEqual(['taken']);
  });

  it('the package ships the templates', () => {
    const pkg = JSON.parse(read(repoRoot, 'package.json')) as { files: string[] };
    expect(pkg.files).toContain('templates');
  });
});

describe('init with the built binary', () => {
  it('scaffolds a project that the built binary validates and ranks with the selected vendor first', () => {
    const root = makeTempDir();
    const run = (args: string[], cwd: string) => {
      const env = { ...process.env };
      for (const key of ['NO_COLOR', 'FORCE_COLOR', 'VENDOR_EVAL_DEBUG']) delete env[key];
      const r = spawnSync(process.execPath, [join(repoRoot, 'bin', 'vendor-eval.js'), ...args], {
        cwd,
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 20_000,
      });
      if (r.error) throw r.error;
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const init = run(['init', 'selection'], root);
    expect([init.code, init.stderr]).toEqual([0, '']);
    expect(init.stdout.split('\n')[0]).toBe('created selection/vendor-eval.config.yaml');
    const dir = join(root, 'selection');
    expect(run(['validate'], dir)).toEqual({
      code: 0,
      stdout: '',
      stderr: '✓ 4 files checked, no problems\n',
    });
    const rank = run(['rank', '--format', 'json'], dir);
    expect(rank.code).toBe(0);
    const ranking = JSON.parse(rank.stdout) as RankJson;
    expect(ranking.vendors.map((v) => [v.id, v.rank])).toEqual([
      ['acme-nearshore', 1],
      ['globex-offshore', 2],
    ]);
  });
});

describe('the GitLab job, run as GitLab runs it', () => {
  /**
   * Runs the job's script lines in `sh` as the runner does (stopping at the first that fails),
   * with `npx --yes vendor-eval@<version>` standing for the built binary.
   */
  function runJob(dir: string, env: Record<string, string>) {
    const ci = parse(read(dir, '.gitlab-ci.yml')) as { 'vendor-eval': { script: string[] } };
    const bin = makeTempDir();
    writeFileSync(
      join(bin, 'npx'),
      `#!/bin/sh\n[ "$1 $2" = "--yes vendor-eval@${version}" ] || exit 99\nshift 2\nexec "${process.execPath}" "${join(repoRoot, 'bin', 'vendor-eval.js')}" "$@"\n`,
      { mode: 0o755 },
    );
    const script = ['set -e', ...ci['vendor-eval'].script].join('\n');
    const base = { ...process.env };
    for (const key of ['NO_COLOR', 'FORCE_COLOR', 'VENDOR_EVAL_DEBUG', 'GITHUB_STEP_SUMMARY'])
      delete base[key];
    const r = spawnSync('sh', ['-c', script], {
      cwd: dir,
      env: { ...base, ...env, PATH: `${bin}:${process.env.PATH ?? ''}` },
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  const gitIn = (cwd: string, ...args: string[]) =>
    spawnSync(
      'git',
      [
        '-c',
        'user.name=T',
        '-c',
        'user.email=t@example.com',
        '-c',
        'commit.gpgsign=false',
        ...args,
      ],
      { cwd, encoding: 'utf8' },
    ).stdout.trim();

  it('a failing merge request: the report file is written, the log shows the verdict and the change, the job fails', async () => {
    const dir = makeTempDir();
    expect((await runCli(['init', '--ci', 'gitlab'], { cwd: dir })).code).toBe(0);
    gitIn(dir, 'init', '-q', '-b', 'main');
    gitIn(dir, 'add', '-A');
    gitIn(dir, 'commit', '-q', '-m', 'the project');
    const mergeBase = gitIn(dir, 'rev-parse', 'HEAD');
    const config = join(dir, 'vendor-eval.config.yaml');
    writeFileSync(
      config,
      read(dir, 'vendor-eval.config.yaml').replace(
        'selected: acme-nearshore',
        'selected: globex-offshore',
      ),
    );
    gitIn(dir, 'commit', '-q', '-am', 'select globex');

    const r = runJob(dir, { CI_MERGE_REQUEST_DIFF_BASE_SHA: mergeBase });
    expect(r.code).toBe(1);
    const report = JSON.parse(read(dir, 'gl-code-quality-report.json')) as { check_name: string }[];
    expect(report.map((i) => i.check_name)).toContain('policy/require-top');
    expect(r.stderr).toBe('wrote gl-code-quality-report.json\n');
    expect(r.stdout).toContain(
      `Against ${mergeBase.slice(0, 7)}: the winner is unchanged: acme-nearshore\n  No rank or score moved.\nAlso changed:\n  policy selected: acme-nearshore → globex-offshore\n`,
    );
    expect(r.stdout).toContain('policy/require-top');
  });

  it('a push pipeline: no --base, the job passes with the report written', async () => {
    const dir = makeTempDir();
    expect((await runCli(['init', '--ci', 'gitlab'], { cwd: dir })).code).toBe(0);
    const r = runJob(dir, {});
    expect([r.code, r.stderr]).toEqual([0, 'wrote gl-code-quality-report.json\n']);
    expect(JSON.parse(read(dir, 'gl-code-quality-report.json'))).toEqual([]);
    expect(r.stdout).toContain('✓ check passed');
    expect(r.stdout).not.toContain('Against');
  });
});
