// `check --base <ref>` end to end through the CLI (issue 12, "Tests"): real git repositories made
// in the test, a weight change that flips the winner, an answer change that does not, no change,
// a project missing at the ref, and the ways `--base` is bad input. The working tree and index
// are never touched.
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commitAll, git, makeRepo, writeFiles } from '../helpers/git.js';
import { editFile } from '../helpers/edit.js';
import { makeTempDir, runCli } from './run-cli.js';

// Two vendors, two criteria weighted 70/30: alpha wins on CSAT (77.5 to 65.0). Turning the
// weights to 40/60 makes the cheaper beta win (80.0 to 55.0), which the policy catches.
const set = `id: mini
name: Mini
version: 1
categories:
  - id: service
    name: Service
    weight: 70
    criteria:
      - { id: csat, name: CSAT, type: scale, evidence: required }
  - id: price
    name: Price
    weight: 30
    criteria:
      - { id: cheap, name: Cheapness, type: scale }
`;

const project = {
  'vendor-eval.config.yaml':
    'criteria: set.yaml\nvendors: vendors/\npolicy:\n  selected: alpha\n  requireTop: true\n',
  'set.yaml': set,
  'vendors/alpha.yaml':
    'vendor: alpha\nname: Alpha Care\nanswers:\n  csat: { value: 5, evidence: "survey 2026" }\n  cheap: 2\n',
  'vendors/beta.yaml':
    'vendor: beta\nname: Beta Contact\nanswers:\n  csat: { value: 3, evidence: "survey 2026" }\n  cheap: 5\n',
};

/** A repository with the project committed on `main`. */
function projectRepo(): string {
  const repo = makeRepo();
  writeFiles(repo, project);
  commitAll(repo, 'the project');
  return repo;
}

const flipWeights = (repo: string) => {
  editFile(join(repo, 'set.yaml'), 'weight: 70', 'weight: 40');
  editFile(join(repo, 'set.yaml'), 'weight: 30', 'weight: 60');
};

const short = (repo: string, ref = 'HEAD') => git(repo, 'rev-parse', '--short', ref).trim();

const check = (cwd: string, ...args: string[]) => runCli(['check', ...args], { cwd });

/** The lines of stylish output from the `Against …` heading to the blank line after it. */
function changeSection(stdout: string): string[] {
  const lines = stdout.split('\n');
  const start = lines.findIndex((l) => l.startsWith('Against '));
  if (start < 0) return [];
  const end = lines.indexOf('', start);
  return lines.slice(start, end);
}

/** What `git status` and the index say: equal before and after a check that only reads. */
function gitState(repo: string): string[] {
  return [
    git(repo, 'status', '--porcelain=v1', '--untracked-files=all'),
    git(repo, 'ls-files', '--stage'),
    git(repo, 'rev-parse', 'HEAD'),
    git(repo, 'stash', 'list'),
  ];
}

interface CheckJson {
  ok: boolean;
  change: Record<string, unknown> | null;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('check --base: what a change did to the decision', () => {
  it('a weight change that flips the winner: the change section, and the policy fails', async () => {
    const repo = projectRepo();
    flipWeights(repo);
    const run = await check(repo, '--base', 'main');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(changeSection(run.stdout)).toEqual([
      `Against main (${short(repo)}): the winner changed: alpha → beta`,
      '  beta   rank 2 → 1  score 65.0 → 80.0',
      '  alpha  rank 1 → 2  score 77.5 → 55.0',
      'Category weights changed:',
      '  service  70.0% → 40.0%',
      '  price    30.0% → 60.0%',
      'Weights changed (2 criteria, largest change first):',
      '  cheap  30.0% → 60.0%',
      '  csat   70.0% → 40.0%',
    ]);
    // the section sits between the policy and the ranking
    expect(run.stdout).toContain(
      '  ✖ policy/require-top  alpha  selected vendor alpha ranks 2 of 2 (first: beta); the policy requires it to rank first\n\nAgainst main',
    );
    expect(run.stdout).toContain('  csat   70.0% → 40.0%\n\nRanking (mini v1, weighted-sum)\n');
  });

  it('the same change as json: the change object in full', async () => {
    const repo = projectRepo();
    flipWeights(repo);
    const run = await check(repo, '--base', 'main', '--format', 'json');
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as CheckJson;
    expect(doc.ok).toBe(false);
    expect(doc.change).toEqual({
      base: 'main',
      commit: short(repo),
      baseProblem: null,
      winner: { before: 'alpha', after: 'beta', changed: true },
      vendors: [
        {
          id: 'beta',
          name: 'Beta Contact',
          before: { rank: 2, score: 65, eligible: true },
          after: { rank: 1, score: 80, eligible: true },
        },
        {
          id: 'alpha',
          name: 'Alpha Care',
          before: { rank: 1, score: 77.5, eligible: true },
          after: { rank: 2, score: 55, eligible: true },
        },
      ],
      groups: [
        { id: 'service', name: 'Service', before: 0.7, after: 0.4 },
        { id: 'price', name: 'Price', before: 0.3, after: 0.6 },
      ],
      weights: [
        { id: 'csat', name: 'CSAT', before: 0.7, after: 0.4 },
        { id: 'cheap', name: 'Cheapness', before: 0.3, after: 0.6 },
      ],
      answers: [],
      other: [],
    });
  });

  it('an answer change that does not flip the winner: the answer listed, exit 0', async () => {
    const repo = projectRepo();
    editFile(join(repo, 'vendors/alpha.yaml'), 'cheap: 2', 'cheap: 3');
    const run = await check(repo, '--base', 'main');
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(changeSection(run.stdout)).toEqual([
      `Against main (${short(repo)}): the winner is unchanged: alpha`,
      '  alpha  rank 1  score 77.5 → 85.0',
      '  beta   rank 2  score 65.0',
      'Answers changed (1):',
      '  alpha  cheap  2 → 3',
    ]);
    const json = await check(repo, '--base', 'main', '-f', 'json');
    const change = (JSON.parse(json.stdout) as CheckJson).change;
    expect(change).toMatchObject({
      winner: { before: 'alpha', after: 'alpha', changed: false },
      groups: [],
      weights: [],
      answers: [{ vendor: 'alpha', criterion: 'cheap', before: 2, after: 3 }],
    });
  });

  it('no change: one line saying nothing changed', async () => {
    const repo = projectRepo();
    const run = await check(repo, '--base', 'HEAD');
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(changeSection(run.stdout)).toEqual([
      `Against HEAD (${short(repo)}): nothing changed; the winner is still alpha`,
    ]);
    // the rest is the output of check without --base
    const plain = await check(repo);
    expect(run.stdout.replace(/Against HEAD .*\n\n/, '')).toBe(plain.stdout);
  });

  it('no change: the commit’s files are the working tree’s, so none is written out or evaluated again', async () => {
    const repo = projectRepo();
    writeFiles(repo, { 'docs/notes.yaml': 'note: not part of the project\n' });
    commitAll(repo, 'notes');
    // no temporary folder can be made: only a run that writes the snapshot needs one
    vi.stubEnv('TMPDIR', join(makeTempDir(), 'missing'));
    const same = await check(repo, '--base', 'HEAD', '-f', 'json');
    expect([same.code, same.stderr]).toEqual([0, '']);
    // a YAML file of the repository edited, outside the project: the snapshot is written
    writeFiles(repo, { 'docs/notes.yaml': 'note: edited\n' });
    const written = await check(repo, '--base', 'HEAD', '-f', 'json');
    expect(written.code).toBe(2);
    expect(written.stderr).toMatch(/needs a temporary folder/);
    // and, evaluated in full, it says what the shortcut said
    vi.unstubAllEnvs();
    const full = await check(repo, '--base', 'HEAD', '-f', 'json');
    expect([full.code, full.stdout]).toEqual([0, same.stdout]);
  });

  it('a vendor folder of no YAML file (git keeps no such folder): the project at the ref does not evaluate', async () => {
    const repo = projectRepo();
    editFile(
      join(repo, 'vendor-eval.config.yaml'),
      'vendors: vendors/',
      'vendors: [vendors/, late/]',
    );
    mkdirSync(join(repo, 'late'));
    commitAll(repo, 'a folder for late bids');
    const run = await check(repo, '--base', 'HEAD', '-f', 'json');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as CheckJson).change?.baseProblem).toMatch(
      /^the project at HEAD does not evaluate: vendor-eval\.config\.yaml:\d+:\d+ .*late\//,
    );
  });

  it('the project absent at the ref: said in the change, the exit code as without --base', async () => {
    const repo = makeRepo();
    writeFiles(repo, { 'README.md': '# Vendor selection\n' });
    commitAll(repo, 'a start');
    writeFiles(repo, project);
    const run = await check(repo, '--base', 'HEAD');
    expect(run.stderr).toBe('');
    expect(run.code).toBe((await check(repo)).code);
    expect(run.code).toBe(0);
    expect(changeSection(run.stdout)).toEqual([
      `Against HEAD (${short(repo)}): not compared: no vendor-eval.config.yaml at HEAD`,
    ]);
    const json = await check(repo, '--base', 'HEAD', '-f', 'json');
    expect(json.code).toBe(0);
    // not compared: the winners are unknown, every list empty
    expect((JSON.parse(json.stdout) as CheckJson).change).toEqual({
      base: 'HEAD',
      commit: short(repo),
      baseProblem: 'no vendor-eval.config.yaml at HEAD',
      winner: { before: null, after: null, changed: false },
      vendors: [],
      groups: [],
      weights: [],
      answers: [],
      other: [],
    });
  });

  it('from a subfolder of the project: the same change', async () => {
    const repo = projectRepo();
    flipWeights(repo);
    const run = await check(join(repo, 'vendors'), '--base', 'main');
    expect(changeSection(run.stdout)[0]).toBe(
      `Against main (${short(repo)}): the winner changed: alpha → beta`,
    );
  });

  it('--format markdown shows what the change did', async () => {
    const repo = projectRepo();
    flipWeights(repo);
    const run = await check(repo, '--base', 'main', '--format', 'markdown');
    expect(run.code).toBe(1);
    const md = run.stdout;
    const from = md.indexOf('### What the change did');
    const to = md.indexOf('### Ranking');
    expect(from).toBeGreaterThan(0);
    expect(md.slice(from, to).split('\n')).toEqual([
      `### What the change did (against \`main\`, ${short(repo)})`,
      '',
      '**The winner changed**: Alpha Care → Beta Contact.',
      '',
      '| Vendor | Place | Score |',
      '| --- | --- | ---: |',
      '| Beta Contact | rank 2 → 1 | 65.0 → 80.0 |',
      '| Alpha Care | rank 1 → 2 | 77.5 → 55.0 |',
      '',
      '**Category weights that changed**',
      '',
      '| Category | Weight |',
      '| --- | ---: |',
      '| Service | 70.0% → 40.0% |',
      '| Price | 30.0% → 60.0% |',
      '',
      '**Criterion weights that changed** (largest change first)',
      '',
      '| Criterion | Weight |',
      '| --- | ---: |',
      '| Cheapness | 30.0% → 60.0% |',
      '| CSAT | 70.0% → 40.0% |',
      '',
      '',
    ]);
  });
});

describe('check --base: bad input', () => {
  const unknownRef =
    'error `--base release` names no commit of this repository (git-base) — fetch it first (`git fetch origin release`); in GitHub Actions, check out with `fetch-depth: 0` (actions/checkout), in GitLab CI set `GIT_DEPTH: 0`\n';

  it('a ref that does not exist: exit 2, one line', async () => {
    const repo = projectRepo();
    const run = await check(repo, '--base', 'release');
    expect(run).toEqual({ code: 2, stdout: '', stderr: unknownRef });
  });

  it('a branch of a remote not fetched yet: the hint fetches the remote’s branch', async () => {
    const repo = projectRepo();
    git(repo, 'remote', 'add', 'origin', makeRepo());
    const run = await check(repo, '--base', 'origin/main');
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe(
      'error `--base origin/main` names no commit of this repository (git-base) — fetch it first (`git fetch origin main`); in GitHub Actions, check out with `fetch-depth: 0` (actions/checkout), in GitLab CI set `GIT_DEPTH: 0`\n',
    );
  });

  it('a change of the policy alone is listed: a lowered bar moves no score', async () => {
    const repo = projectRepo();
    editFile(
      join(repo, 'vendor-eval.config.yaml'),
      '  requireTop: true\n',
      '  requireTop: false\n  minScore: 50\n',
    );
    const run = await check(repo, '--base', 'main');
    expect(run.code).toBe(0);
    expect(changeSection(run.stdout)).toEqual([
      `Against main (${short(repo)}): the winner is unchanged: alpha`,
      '  No rank or score moved.',
      'Also changed:',
      '  policy minScore: not set → 50',
      '  policy requireTop: true → false',
    ]);
  });

  it('an empty ref, or a remote with the branch left out (a CI variable not set): exit 2', async () => {
    const repo = projectRepo();
    const hint =
      'name a branch, tag or commit (`--base main`); in CI, check that the variable holding the target branch is set';
    expect(await check(repo, '--base', '')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'error `--base` needs a git ref (a branch, a tag or a commit), and it was given an empty one (git-base) — name the ref to compare with, e.g. `--base main`; in CI, check that the variable holding it is set\n',
    });
    expect(await check(repo, '--base', 'origin/')).toEqual({
      code: 2,
      stdout: '',
      stderr: `error \`--base origin/\` names no commit: it ends in \`/\` (git-base) — ${hint}\n`,
    });
  });

  it('outside a git repository: exit 2, one line', async () => {
    const dir = makeTempDir();
    writeFiles(dir, project);
    // git must not find a repository above the temp folder either
    vi.stubEnv('GIT_CEILING_DIRECTORIES', dirname(dir));
    const run = await check(dir, '--base', 'main');
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe(
      'error `--base main` needs a git repository, and the working directory is not in one (git: not a git repository (or any of the parent directories): .git) (git-base) — run `check` inside the repository, or leave out `--base`\n',
    );
  });

  it('a broken vendor file and a bad ref: the ref decides, exit 2', async () => {
    const repo = projectRepo();
    editFile(join(repo, 'vendors/beta.yaml'), 'cheap: 5', 'cheap: 9');
    const run = await check(repo, '--base', 'release');
    expect(run).toEqual({ code: 2, stdout: '', stderr: unknownRef });
    // with a good ref it is the broken file's exit 1, and no change is reported
    const good = await check(repo, '--base', 'main');
    expect(good.code).toBe(1);
    expect(good.stdout).toContain('vendors/beta.yaml\n  5:10  error    "cheap" is 9');
    expect(changeSection(good.stdout)).toEqual([]);
  });

  it('leaves the working tree, the index and HEAD as they were', async () => {
    const repo = projectRepo();
    flipWeights(repo);
    editFile(join(repo, 'vendors/alpha.yaml'), 'cheap: 2', 'cheap: 3');
    git(repo, 'add', 'vendors/alpha.yaml'); // a staged change beside an unstaged one
    writeFiles(repo, { 'notes/draft.yaml': 'note: not part of the project\n' });
    const before = gitState(repo);
    const files = Object.keys(project).map((f) => readFileSync(join(repo, f), 'utf8'));
    for (const ref of ['main', 'HEAD', 'release']) await check(repo, '--base', ref);
    expect(gitState(repo)).toEqual(before);
    expect(Object.keys(project).map((f) => readFileSync(join(repo, f), 'utf8'))).toEqual(files);
    expect(before[0]).toBe(' M set.yaml\nM  vendors/alpha.yaml\n?? notes/draft.yaml\n');
  });
});

describe('check --base with a parse cache', () => {
  it('reads the ref through the working tree cache, prints what --no-cache prints, writes nothing for the ref', async () => {
    const repo = projectRepo();
    flipWeights(repo);
    const cache = join(makeTempDir(), 'cache');
    const withCache = (...args: string[]) =>
      runCli(['check', '--base', 'main', ...args], {
        cwd: repo,
        env: { VENDOR_EVAL_CACHE_DIR: cache },
      });
    const uncached = await withCache('--no-cache');
    expect(uncached.stdout).toContain('beta');
    const cold = await withCache();
    const parseFiles = readdirSync(join(cache, 'parse')).sort();
    const warm = await withCache();
    for (const run of [cold, warm]) expect(run).toEqual(uncached);
    // one cache file per folder of the working tree (the project, its vendors); none for the ref
    expect(parseFiles).toHaveLength(2);
    expect(readdirSync(join(cache, 'parse')).sort()).toEqual(parseFiles);
  });
});
