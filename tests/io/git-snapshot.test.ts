import {
  existsSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotAt } from '../../src/io/git-snapshot.js';
import { commitAll, git, makeRepo, writeFiles } from '../helpers/git.js';
import { makeTempDir } from '../helpers/temp.js';
import { readText, trackedSnapshots } from '../helpers/snapshots.js';

const snapshot = trackedSnapshots();
const read = readText;

describe('snapshotAt', () => {
  it('writes the committed YAML files, not the working tree’s edits, and nothing else', async () => {
    const repo = makeRepo();
    writeFiles(repo, {
      'vendor-eval.config.yaml': 'criteria: customer-service\n',
      'vendors/a.yml': 'vendor: a\n',
      'README.md': '# readme\n',
    });
    const first = commitAll(repo, 'first');
    writeFiles(repo, { 'vendors/a.yml': 'vendor: a-edited\n', 'vendors/new.yaml': 'x: 1\n' });

    const s = await snapshot(repo, 'main');
    expect(s.commit).toBe(first);
    expect(s.short).toBe(git(repo, 'rev-parse', '--short', first).trim());
    expect(s.repository).toBe(repo);
    expect(s.cwd).toBe(s.root);
    expect(s.shallow).toBe(false);
    expect(read(s.root, 'vendors/a.yml')).toBe('vendor: a\n');
    expect(read(s.root, 'vendor-eval.config.yaml')).toBe('criteria: customer-service\n');
    expect(existsSync(join(s.root, 'vendors/new.yaml'))).toBe(false);
    expect(existsSync(join(s.root, 'README.md'))).toBe(false);
  });

  it('reads an older commit by any ref git knows, and mirrors a subfolder as the cwd', async () => {
    const repo = makeRepo();
    writeFiles(repo, { 'project/v.yaml': 'n: 1\n' });
    commitAll(repo, 'one');
    writeFiles(repo, { 'project/v.yaml': 'n: 2\n' });
    commitAll(repo, 'two');
    const s = await snapshot(join(repo, 'project'), 'HEAD~1');
    expect(s.cwd).toBe(join(s.root, 'project'));
    expect(read(s.cwd, 'v.yaml')).toBe('n: 1\n');
  });

  it('keeps paths with spaces and unicode', async () => {
    const repo = makeRepo();
    writeFiles(repo, { 'my vendors/café ünïcode.yaml': 'name: Café\n', 'a\tb.yml': 'tab: 1\n' });
    commitAll(repo, 'names');
    const s = await snapshot(repo, 'HEAD');
    expect(read(s.root, 'my vendors/café ünïcode.yaml')).toBe('name: Café\n');
    expect(read(s.root, 'a\tb.yml')).toBe('tab: 1\n');
  });

  it('writes committed symlinks as symlinks: inside the repository as written, leaving it to the real place', async () => {
    const outside = makeTempDir();
    writeFileSync(join(outside, 'shared.yaml'), 'shared: now\n');
    const repo = makeRepo();
    writeFiles(repo, { 'sets/real.yaml': 'set: 1\n', 'vendors/a.yaml': 'vendor: a\n' });
    symlinkSync('sets/real.yaml', join(repo, 'criteria.yaml'));
    symlinkSync('vendors', join(repo, 'more-vendors'));
    symlinkSync(join(outside, 'shared.yaml'), join(repo, 'absolute.yaml'));
    const up = join('..', ...outside.split('/').filter(Boolean).slice(-1), 'shared.yaml');
    symlinkSync(join('..', up), join(repo, 'sets', 'escaping.yaml'));
    commitAll(repo, 'links');
    writeFiles(repo, { 'sets/real.yaml': 'set: 2\n' });

    const s = await snapshot(repo, 'HEAD');
    expect(readlinkSync(join(s.root, 'criteria.yaml'))).toBe('sets/real.yaml');
    expect(read(s.root, 'criteria.yaml')).toBe('set: 1\n');
    expect(statSync(join(s.root, 'more-vendors')).isDirectory()).toBe(true);
    expect(read(s.root, 'more-vendors/a.yaml')).toBe('vendor: a\n');
    expect(readlinkSync(join(s.root, 'absolute.yaml'))).toBe(join(outside, 'shared.yaml'));
    expect(readlinkSync(join(s.root, 'sets/escaping.yaml'))).toBe(join(outside, 'shared.yaml'));
  });

  it('writes only the YAML files of a large tree, and skips submodules', async () => {
    const repo = makeRepo();
    const files: Record<string, string> = { 'vendors/a.yaml': 'a: 1\n', 'ci/B.YML': 'b: 1\n' };
    for (let k = 0; k < 300; k++) files[`assets/${k % 10}/file-${k}.bin`] = 'x'.repeat(1000);
    writeFiles(repo, files);
    commitAll(repo, 'many files');
    const head = git(repo, 'rev-parse', 'HEAD').trim();
    git(repo, 'update-index', '--add', '--cacheinfo', `160000,${head},lib/sub.yaml`);
    git(repo, 'commit', '-q', '-m', 'a submodule');
    const s = await snapshot(repo, 'HEAD');
    const written = readdirSync(s.root, { recursive: true, withFileTypes: true })
      .filter((e) => !e.isDirectory())
      .map((e) => relative(s.root, join(e.parentPath, e.name)))
      .sort();
    expect(written).toEqual(['ci/B.YML', 'vendors/a.yaml']);
  });

  it('a crafted tree (a link and a folder of one name) never writes outside the snapshot', async () => {
    const outside = makeTempDir();
    const repo = makeRepo();
    const hash = (text: string) =>
      execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo, input: text })
        .toString()
        .trim();
    const mktree = (lines: string) =>
      execFileSync('git', ['mktree'], { cwd: repo, input: lines }).toString().trim();
    const folder = mktree(`100644 blob ${hash('x: 1\n')}\tx.yaml\n`);
    const tree = mktree(`120000 blob ${hash(outside)}\tl\n040000 tree ${folder}\tl\n`);
    const commit = git(repo, 'commit-tree', tree, '-m', 'crafted').trim();
    const s = await snapshot(repo, commit);
    expect(readdirSync(outside)).toEqual([]);
    expect(read(s.root, 'l/x.yaml')).toBe('x: 1\n');
  });

  it('cleanup removes the folder', async () => {
    const repo = makeRepo();
    writeFiles(repo, { 'a.yaml': 'a: 1\n' });
    commitAll(repo, 'one');
    const result = await snapshotAt({ cwd: repo, ref: 'HEAD' });
    expect(result.ok).toBe(true);
    const s = result.value!;
    s.cleanup();
    expect(existsSync(s.root)).toBe(false);
    s.cleanup();
  });

  it('cleanup removes what it did not write too: a new file, a folder, a link made a folder', async () => {
    const repo = makeRepo();
    writeFiles(repo, { 'sets/a.yaml': 'a: 1\n', 'project/p.yaml': 'p: 1\n' });
    symlinkSync('sets', join(repo, 'linked'));
    symlinkSync('../sets/a.yaml', join(repo, 'project', 'a.yaml'));
    commitAll(repo, 'one');
    const outside = makeTempDir();
    writeFileSync(join(outside, 'keep.yaml'), 'keep: 1\n');
    for (const extra of [
      (root: string) => writeFileSync(join(root, 'sets', 'new.yaml'), 'x: 1\n'),
      (root: string) => writeFiles(root, { 'deep/new/x.yaml': 'x: 1\n' }),
      (root: string) => symlinkSync(outside, join(root, 'project', 'out')),
      () => undefined,
    ]) {
      const result = await snapshotAt({ cwd: join(repo, 'project'), ref: 'HEAD' });
      const s = result.value!;
      extra(s.root);
      s.cleanup();
      expect(existsSync(s.root)).toBe(false);
      s.cleanup();
    }
    expect(readdirSync(outside)).toEqual(['keep.yaml']);
  });

  it('leaves the working tree, the index and HEAD as they were', async () => {
    const repo = makeRepo();
    writeFiles(repo, { 'a.yaml': 'a: 1\n', 'b.yaml': 'b: 1\n' });
    commitAll(repo, 'one');
    writeFiles(repo, { 'a.yaml': 'a: 2\n' });
    git(repo, 'add', 'a.yaml');
    writeFiles(repo, { 'a.yaml': 'a: 3\n', 'b.yaml': 'b: 2\n', 'c.yaml': 'c: 1\n' });
    const state = () => [
      git(repo, 'status', '--porcelain=v2', '--branch', '--untracked-files=all'),
      git(repo, 'diff', '--cached'),
      git(repo, 'stash', 'list'),
      read(repo, 'a.yaml'),
    ];
    const before = state();
    await snapshot(repo, 'HEAD');
    expect(state()).toEqual(before);
  });

  it('an unknown ref is a git-base error with the fetch hint', async () => {
    const repo = makeRepo();
    writeFiles(repo, { 'a.yaml': 'a: 1\n' });
    commitAll(repo, 'one');
    const hint =
      'fetch it first (`git fetch origin nope`); in GitHub Actions, check out with `fetch-depth: 0` (actions/checkout), in GitLab CI set `GIT_DEPTH: 0`';
    expect(await snapshotAt({ cwd: repo, ref: 'nope' })).toEqual({
      ok: false,
      issues: [
        {
          severity: 'error',
          rule: 'git-base',
          message: '`--base nope` names no commit of this repository',
          hint,
        },
      ],
    });
    // a remote-tracking ref is fetched by its branch name
    expect((await snapshotAt({ cwd: repo, ref: 'origin/main' })).issues[0]?.hint).toBe(
      'fetch it first (`git fetch origin main`); in GitHub Actions, check out with `fetch-depth: 0` (actions/checkout), in GitLab CI set `GIT_DEPTH: 0`',
    );
    // an option is not a ref
    expect((await snapshotAt({ cwd: repo, ref: '--all' })).issues[0]?.message).toBe(
      '`--base --all` names no commit of this repository',
    );
  });

  it('rewrites the project file’s paths in place: into the repository → snapshot, out of it → working tree', async () => {
    const repo = makeRepo();
    writeFiles(repo, {
      'project/vendor-eval.config.yaml': `# the project\ncriteria: ../../shared/set.yaml\nvendors:\n  - vendors/\n  - ${repo}/more/\n  - /elsewhere/v.yaml\nmethod: wsm\n`,
    });
    commitAll(repo, 'one');
    const s = await snapshot(join(repo, 'project'), 'HEAD');
    expect(read(s.root, 'project/vendor-eval.config.yaml')).toBe(
      `# the project\ncriteria: ${JSON.stringify(join(repo, '..', 'shared/set.yaml'))}\nvendors:\n  - vendors/\n  - ${JSON.stringify(join(s.root, 'more'))}\n  - /elsewhere/v.yaml\nmethod: wsm\n`,
    );
  });

  it('never writes through a committed project-file link that leaves the snapshot', async () => {
    const outside = makeTempDir();
    const repo = makeRepo();
    const text = `vendors: ${repo}/vendors/\n`;
    writeFileSync(join(outside, 'vendor-eval.config.yaml'), text);
    symlinkSync(join(outside, 'vendor-eval.config.yaml'), join(repo, 'vendor-eval.config.yaml'));
    commitAll(repo, 'a linked project file');
    await snapshot(repo, 'HEAD');
    expect(readFileSync(join(outside, 'vendor-eval.config.yaml'), 'utf8')).toBe(text);
  });

  it('an empty ref is a git-base error that says so, not a fetch hint with nothing to fetch', async () => {
    const repo = makeRepo();
    writeFiles(repo, { 'a.yaml': 'a: 1\n' });
    commitAll(repo, 'one');
    for (const ref of ['', ' '])
      expect((await snapshotAt({ cwd: repo, ref })).issues).toEqual([
        {
          severity: 'error',
          rule: 'git-base',
          message:
            '`--base` needs a git ref (a branch, a tag or a commit), and it was given an empty one',
          hint: 'name the ref to compare with, e.g. `--base main`; in CI, check that the variable holding it is set',
        },
      ]);
  });

  it('reads refs that a `^{commit}` suffix would break: `:/message`, `@{-1}`, a tag', async () => {
    const repo = makeRepo();
    writeFiles(repo, { 'a.yaml': 'n: 1\n' });
    const first = commitAll(repo, 'init the project');
    git(repo, 'tag', '-a', '-m', 'annotated', 'v1');
    writeFiles(repo, { 'a.yaml': 'n: 2\n' });
    const second = commitAll(repo, 'second');
    git(repo, 'checkout', '-q', '-b', 'feature');
    git(repo, 'checkout', '-q', 'main');
    expect((await snapshot(repo, ':/init')).commit).toBe(first);
    expect(read((await snapshot(repo, ':/init')).root, 'a.yaml')).toBe('n: 1\n');
    expect((await snapshot(repo, '@{-1}')).commit).toBe(second);
    expect((await snapshot(repo, 'v1')).commit).toBe(first);
    // a tree or a blob is no commit
    expect((await snapshotAt({ cwd: repo, ref: 'HEAD:' })).issues[0]?.message).toBe(
      '`--base HEAD:` names no commit of this repository',
    );
    expect((await snapshotAt({ cwd: repo, ref: ':/no such message' })).issues[0]?.message).toBe(
      '`--base :/no such message` names no commit of this repository',
    );
  });

  it('a temp folder that cannot be made is a git-base error with a hint, not a crash', async () => {
    const repo = makeRepo();
    writeFiles(repo, { 'a.yaml': 'a: 1\n' });
    commitAll(repo, 'one');
    const tmpDir = join(makeTempDir(), 'missing');
    expect((await snapshotAt({ cwd: repo, ref: 'HEAD', tmpDir })).issues).toEqual([
      {
        severity: 'error',
        rule: 'git-base',
        message: `\`--base HEAD\` needs a temporary folder to read the project into, and none can be made in ${tmpDir}: it does not exist`,
        hint: 'point TMPDIR (TEMP on Windows) at a folder that exists and can be written',
      },
    ]);
  });

  it('hands the temporary folder to the guard as soon as it exists, and releases it on cleanup', async () => {
    const repo = makeRepo();
    writeFiles(repo, { 'a.yaml': 'a: 1\n' });
    commitAll(repo, 'one');
    const events: string[] = [];
    const guard = (folder: string) => {
      events.push(`guard ${existsSync(folder)}`);
      return () => events.push(`release ${existsSync(folder)}`);
    };
    const result = await snapshotAt({ cwd: repo, ref: 'HEAD', guard });
    expect(result.ok).toBe(true);
    result.value?.cleanup();
    expect(events).toEqual(['guard true', 'release false']);
  });

  it('in a shallow clone the unknown ref says the clone is shallow', async () => {
    const origin = makeRepo();
    writeFiles(origin, { 'a.yaml': 'a: 1\n' });
    commitAll(origin, 'one');
    writeFiles(origin, { 'a.yaml': 'a: 2\n' });
    commitAll(origin, 'two');
    const clone = join(makeTempDir(), 'clone');
    git(origin, 'clone', '-q', '--depth', '1', `file://${origin}`, clone);
    const result = await snapshotAt({ cwd: clone, ref: 'HEAD~1' });
    expect(result.issues[0]?.message).toBe(
      '`--base HEAD~1` names no commit of this repository (this clone is shallow: it holds only the latest commits)',
    );
    expect((await snapshot(clone, 'HEAD')).shallow).toBe(true);
  });

  it('outside a git repository is a git-base error', async () => {
    const dir = makeTempDir();
    const result = await snapshotAt({ cwd: dir, ref: 'main' });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      {
        severity: 'error',
        rule: 'git-base',
        message:
          '`--base main` needs a git repository, and the working directory is not in one (git: not a git repository (or any of the parent directories): .git)',
        hint: 'run `check` inside the repository, or leave out `--base`',
      },
    ]);
  });

  it('a repository git refuses (dubious ownership, as in CI containers) says how to allow it', async () => {
    const repo = makeRepo();
    process.env.GIT_TEST_ASSUME_DIFFERENT_OWNER = '1';
    try {
      expect((await snapshotAt({ cwd: repo, ref: 'main' })).issues).toEqual([
        {
          severity: 'error',
          rule: 'git-base',
          message: `git refuses to read the repository: detected dubious ownership in repository at '${repo}'`,
          hint: `if the checkout is yours, mark it safe: \`git config --global --add safe.directory ${repo}\` (in a CI container the checkout often belongs to another user)`,
        },
      ]);
    } finally {
      delete process.env.GIT_TEST_ASSUME_DIFFERENT_OWNER;
    }
  });

  it('without git installed is a git-base error', async () => {
    const path = process.env.PATH;
    process.env.PATH = makeTempDir();
    try {
      expect((await snapshotAt({ cwd: makeTempDir(), ref: 'main' })).issues).toEqual([
        {
          severity: 'error',
          rule: 'git-base',
          message: '`--base` reads the project at a git commit, but git is not installed',
          hint: 'install git, or leave out `--base`',
        },
      ]);
    } finally {
      process.env.PATH = path;
    }
  });
});
