// A scaffolded project checked end to end by the built binary (issue 12, "Tests"): `init`, then
// `check` passes; committed to git, `check --base HEAD` reports no change; the GitLab scaffold's
// `check --format gitlab` is an empty code quality report. Runs `bin/vendor-eval.js` as CI would
// (`npm test` builds it first).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitAll, git } from '../helpers/git.js';
import { editFile } from '../helpers/edit.js';
import { makeTempDir } from '../helpers/temp.js';
import { runBuilt, type BuiltRun } from '../cli/run-cli.js';

type Run = BuiltRun;

/**
 * Runs the built binary with no terminal, no colour settings, no CI variables of the machine
 * running the tests and no system git configuration; `env` adds variables.
 */
function run(args: readonly string[], cwd: string, env: Record<string, string> = {}): Run {
  return runBuilt(args, {
    cwd,
    env: { GIT_CONFIG_NOSYSTEM: '1', ...env },
    unset: /^(NO_COLOR|FORCE_COLOR|VENDOR_EVAL_DEBUG|GITHUB_|GITLAB_|CI$|GIT_)/,
  });
}

/** A fresh project made by the built binary's `init` in `<temp>/selection`. */
function scaffold(...options: string[]): string {
  const parent = makeTempDir('vendor-eval-init-');
  const init = run(['init', 'selection', ...options], parent);
  expect([init.code, init.stderr]).toEqual([0, '']);
  return join(parent, 'selection');
}

/** The scaffold committed as the first commit of a new repository on `main`. */
function committedScaffold(): string {
  const dir = scaffold();
  git(dir, 'init', '-q', '-b', 'main');
  commitAll(dir, 'vendor-eval init');
  return dir;
}

interface CheckJson {
  ok: boolean;
  errorCount: number;
  warningCount: number;
  policy: { rule: string; status: string }[];
  change: {
    base: string;
    commit: string;
    baseProblem: string | null;
    winner: { before: string | null; after: string | null; changed: boolean };
    vendors: { id: string; before: unknown; after: unknown }[];
    weights: unknown[];
    answers: unknown[];
    other: unknown[];
  } | null;
}

const policyRules = [
  'policy/min-score',
  'policy/require-eligible',
  'policy/require-top',
  'policy/max-missing',
  'policy/max-missing',
  'policy/require-evidence',
  'policy/require-evidence',
  'policy/max-monthly-cost',
  'policy/max-consistency-ratio',
];

describe('init, then check, with the built binary', () => {
  it('a fresh scaffold passes its own check: no problem, every policy rule passed, exit 0', () => {
    const dir = scaffold();
    const r = run(['check'], dir);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const lines = r.stdout.split('\n');
    // no problem above the policy: the output starts with it
    expect(lines[0]).toBe('Policy (vendor-eval.config.yaml)');
    expect(lines.filter((l) => /^ {2}[✓✖–] /.test(l)).map((l) => l.slice(2, 3))).toEqual(
      policyRules.map(() => '✓'),
    );
    expect(lines.at(-2)).toBe('✓ check passed: 4 files checked, 9 policy checks passed');
    const json = run(['check', '--format', 'json'], dir);
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.stdout) as CheckJson;
    expect([doc.ok, doc.errorCount, doc.warningCount, doc.change]).toEqual([true, 0, 0, null]);
    expect(doc.policy.map((o) => [o.rule, o.status])).toEqual(
      policyRules.map((rule) => [rule, 'passed']),
    );
  });

  it('committed to git: check --base HEAD reports that nothing changed, exit 0', () => {
    const dir = committedScaffold();
    const status = git(dir, 'status', '--porcelain=v1', '--untracked-files=all');
    expect(status).toBe('');
    const short = git(dir, 'rev-parse', '--short', 'HEAD').trim();
    const r = run(['check', '--base', 'HEAD'], dir);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain(
      `\n\nAgainst HEAD (${short}): nothing changed; the winner is still acme-nearshore\n\n`,
    );
    expect(r.stdout.split('\n').at(-2)).toBe(
      '✓ check passed: 4 files checked, 9 policy checks passed',
    );
    const json = run(['check', '--base', 'HEAD', '--format', 'json'], dir);
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.stdout) as CheckJson;
    expect(doc.ok).toBe(true);
    expect(doc.change).toMatchObject({
      base: 'HEAD',
      commit: short,
      baseProblem: null,
      winner: { before: 'acme-nearshore', after: 'acme-nearshore', changed: false },
      weights: [],
      answers: [],
      other: [],
    });
    expect(doc.change?.vendors.map((v) => v.id)).toEqual(['acme-nearshore', 'globex-offshore']);
    for (const v of doc.change?.vendors ?? []) expect(v.before).toEqual(v.after);
    // check only read the repository
    expect(git(dir, 'status', '--porcelain=v1', '--untracked-files=all')).toBe(status);
  });

  it('an evaluator’s edit after the commit: check --base HEAD lists the answer it changed', () => {
    const dir = committedScaffold();
    editFile(
      join(dir, 'vendors/globex-offshore.yaml'),
      '  site-visit:\n    value: 2\n',
      '  site-visit:\n    value: 4\n',
    );
    const r = run(['check', '--base', 'HEAD'], dir);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const short = git(dir, 'rev-parse', '--short', 'HEAD').trim();
    expect(r.stdout).toContain(
      `Against HEAD (${short}): the winner is unchanged: acme-nearshore\n`,
    );
    expect(r.stdout).toContain('Answers changed (1):\n  globex-offshore  site-visit  2 → 4\n');
  });

  it('as the GitHub workflow runs it: annotations none, the verdict, and a job summary', () => {
    const dir = committedScaffold();
    const summary = join(dir, '..', 'step-summary.md');
    const r = run(['check', '--format', 'github', '--base', 'HEAD'], dir, {
      GITHUB_STEP_SUMMARY: summary,
    });
    expect(r).toEqual({
      code: 0,
      stdout: `Against HEAD (${git(dir, 'rev-parse', '--short', 'HEAD').trim()}): nothing changed; the winner is still acme-nearshore\ncheck passed: 0 errors, 0 warnings; policy: all 9 checks passed\n`,
      stderr: '',
    });
    const md = readFileSync(summary, 'utf8');
    expect(md.split('\n').slice(0, 4)).toEqual([
      '',
      '## vendor-eval check: passed ✅',
      '',
      '0 errors, 0 warnings; policy: all 9 checks passed (`vendor-eval.config.yaml`, 4 files).',
    ]);
    expect(md).toContain('Nothing changed; the winner is still Acme Nearshore Care (example).\n');
  });

  it('--base without git installed: exit 2, one line', () => {
    const dir = committedScaffold();
    // node is started by its full path; git is looked up on a PATH that holds nothing
    const r = run(['check', '--base', 'HEAD'], dir, { PATH: makeTempDir('vendor-eval-no-git-') });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'error `--base` reads the project at a git commit, but git is not installed (git-base) — install git, or leave out `--base`\n',
    });
  });

  it('init --ci gitlab: check --format gitlab prints an empty code quality report, exit 0', () => {
    const dir = scaffold('--ci', 'gitlab');
    const r = run(['check', '--format', 'gitlab'], dir);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stdout).toBe('[]\n');
    // as the merge request job runs it, against the target branch
    git(dir, 'init', '-q', '-b', 'main');
    commitAll(dir, 'vendor-eval init --ci gitlab');
    expect(run(['check', '--format', 'gitlab', '--base', 'main'], dir)).toEqual({
      code: 0,
      stdout: '[]\n',
      stderr: '',
    });
  });
});
