// How snapshotAt asks git where it is and what the ref names: one `rev-parse` for the repository,
// its shallowness, the prefix and the short id of the ref's object, then one `cat-file --batch`
// that reads `<short>`, its commit, its trees and its files; every output it cannot read for
// sure (a path with a newline, a ref git dies on, a ref that is no commit) settled by the
// separate calls, with the same messages.
import { mkdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlace, snapshotAt } from '../../src/io/git-snapshot.js';
import { commitAll, git, makeRepo, writeFiles } from '../helpers/git.js';
import { makeTempDir } from '../helpers/temp.js';
import { gitCalls, readText, trackedSnapshots } from '../helpers/snapshots.js';

const snapshot = trackedSnapshots();
const read = readText;
const messageOf = async (cwd: string, ref: string) =>
  (await snapshotAt({ cwd, ref })).issues[0]?.message;
const noCommit = (ref: string) => `\`--base ${ref}\` names no commit of this repository`;

/** The probe snapshotAt runs first, as git answers it in `cwd`. */
function probe(cwd: string, ref?: string) {
  const verify =
    ref === undefined ? [] : ['--verify', '--quiet', '--short', '--end-of-options', ref];
  const run = spawnSync(
    'git',
    ['rev-parse', '--show-toplevel', '--is-shallow-repository', '--show-prefix', ...verify],
    { cwd, encoding: 'utf8' },
  );
  return { status: run.status, stdout: run.stdout };
}

/** A repository with one commit on `main` holding `a.yaml`; its commit id. */
function oneCommit(repo: string, message = 'init the project'): string {
  writeFiles(repo, { 'a.yaml': 'n: 1\n' });
  return commitAll(repo, message);
}

describe('parsePlace', () => {
  const oid = 'c6c8bd6';

  it('reads the top, the shallow flag, the prefix and the object’s short id, a line each', () => {
    expect(parsePlace({ status: 0, stdout: `/r\nfalse\nsub dir/\n${oid}\n` }, true)).toEqual({
      repository: '/r',
      shallow: false,
      prefix: 'sub dir/',
      object: oid,
      abbreviated: true,
    });
    // at the top the prefix is an empty line; `core.abbrev` may make the id longer
    const full = 'c6c8bd6d48c88b570d06ea06d006964befd90f9d';
    expect(parsePlace({ status: 0, stdout: `/r\ntrue\n\n${full}\n` }, true)).toEqual({
      repository: '/r',
      shallow: true,
      prefix: '',
      object: full,
      abbreviated: true,
    });
  });

  it('a ref that resolves to nothing (exit 1) is a place without an object', () => {
    expect(parsePlace({ status: 1, stdout: '/r\nfalse\n\n' }, true)).toEqual({
      repository: '/r',
      shallow: false,
      prefix: '',
      object: undefined,
    });
    // no ref asked for: three lines and exit 0
    expect(parsePlace({ status: 0, stdout: '/r\nfalse\np/\n' }, false)).toEqual({
      repository: '/r',
      shallow: false,
      prefix: 'p/',
      object: undefined,
    });
  });

  it('is undefined whenever a line more or less could mean something else', () => {
    const cases: [number | null, string, boolean][] = [
      // a newline in the top folder or the prefix
      [0, `/r\nx\nfalse\n\n${oid}\n`, true],
      [1, '/r\nfalse\nsub\ndir/\n', true],
      [0, '/r\nx\nfalse\n\n', false],
      // `main..main`: two lines and exit 1
      [1, `/r\nfalse\n\n${oid}\n^${oid}\n`, true],
      // exit 0 without the object, or without the final newline
      [0, '/r\nfalse\n\n', true],
      [0, `/r\nfalse\n\n${oid}`, true],
      // not a shallow flag, not an object id, no top
      [0, `/r\nmaybe\n\n${oid}\n`, true],
      [0, '/r\nfalse\n\nmain\n', true],
      [0, '/r\nfalse\n\nc6c\n', true],
      [0, `\nfalse\n\n${oid}\n`, true],
      // git died (not a repository, a reflog entry it lacks) or was killed
      [128, '', true],
      [128, '/r\nfalse\n\n', true],
      [null, '', true],
      // exit 1 without a ref asked for
      [1, '/r\nfalse\n\n', false],
    ];
    for (const [status, stdout, withRef] of cases)
      expect(parsePlace({ status, stdout }, withRef), JSON.stringify(stdout)).toBeUndefined();
  });

  it('reads what git prints: a subfolder, a bad ref, no ref', () => {
    const repo = makeRepo();
    const head = oneCommit(repo);
    mkdirSync(join(repo, 'sub dir'));
    const cwd = join(repo, 'sub dir');
    expect(parsePlace(probe(cwd, 'main'), true)).toEqual({
      repository: repo,
      shallow: false,
      prefix: 'sub dir/',
      object: git(repo, 'rev-parse', '--short', head).trim(),
      abbreviated: true,
    });
    expect(parsePlace(probe(cwd, 'nope'), true)?.object).toBeUndefined();
    expect(parsePlace(probe(cwd), false)?.prefix).toBe('sub dir/');
    expect(parsePlace(probe(cwd, 'main..main'), true)).toBeUndefined();
  });
});

describe('snapshotAt: the ref and the place', () => {
  it('a newline in the repository’s folder or the prefix: the separate calls read it', async () => {
    const repo = join(makeTempDir(), 'repo\nwith a newline');
    mkdirSync(repo);
    git(repo, 'init', '-q', '-b', 'main');
    writeFiles(repo, { 'two\nlines/project/v.yaml': 'n: 1\n' });
    const head = commitAll(repo, 'one');
    const cwd = join(repo, 'two\nlines', 'project');
    // the one call's output is ambiguous, so it is not read
    expect(parsePlace(probe(cwd, 'main'), true)).toBeUndefined();
    const s = await snapshot(cwd, 'main');
    expect(s.repository).toBe(repo);
    expect(s.commit).toBe(head);
    expect(s.cwd).toBe(join(s.root, 'two\nlines', 'project'));
    expect(read(s.cwd, 'v.yaml')).toBe('n: 1\n');
    expect(await messageOf(cwd, 'nope')).toBe(noCommit('nope'));
  });

  it('a tag names its commit: annotated, lightweight, a tag of a tag; a tag of a tree names none', async () => {
    const repo = makeRepo();
    const first = oneCommit(repo);
    git(repo, 'tag', '-a', '-m', 'annotated', 'v1');
    git(repo, 'tag', '-a', '-m', 'again', 'v1-again', 'v1');
    git(repo, 'tag', 'light');
    git(repo, 'tag', '-a', '-m', 'a tree', 'tree-tag', 'main^{tree}');
    writeFiles(repo, { 'a.yaml': 'n: 2\n' });
    commitAll(repo, 'second');
    for (const ref of ['v1', 'v1-again', 'light', 'v1^{}', 'v1~0']) {
      const s = await snapshot(repo, ref);
      expect(s.commit, ref).toBe(first);
      expect(s.short, ref).toBe(git(repo, 'rev-parse', '--short', first).trim());
      expect(read(s.root, 'a.yaml'), ref).toBe('n: 1\n');
    }
    expect(await messageOf(repo, 'tree-tag')).toBe(noCommit('tree-tag'));
  });

  it('a branch or tag named like the short id does not take the short id’s place', async () => {
    // git reads a short hex id as a ref's name first: `git ls-tree 2096902^{commit}` lists the
    // branch 2096902, not the commit 2096902… (found in review: check --base compared against
    // the wrong commit, silently)
    const repo = makeRepo();
    const first = oneCommit(repo);
    writeFiles(repo, { 'a.yaml': 'n: 2\n' });
    const second = commitAll(repo, 'second');
    git(repo, 'tag', '-a', '-m', 'annotated', 'v1', first);
    const short = git(repo, 'rev-parse', '--short', first).trim();
    const tagShort = git(repo, 'rev-parse', '--short', 'v1').trim();
    git(repo, 'branch', short, second);
    git(repo, 'tag', tagShort, second);
    for (const ref of ['HEAD~1', first, 'v1']) {
      const s = await snapshot(repo, ref);
      expect(s.commit, ref).toBe(first);
      expect(s.short, ref).toBe(short);
      expect(read(s.root, 'a.yaml'), ref).toBe('n: 1\n');
    }
  });

  it('a ref naming a tree or a blob names no commit', async () => {
    const repo = makeRepo();
    oneCommit(repo);
    for (const ref of ['main^{tree}', 'HEAD:', 'main:a.yaml', 'main^{tree}^{tree}'])
      expect(await messageOf(repo, ref), ref).toBe(noCommit(ref));
  });

  it('`:/message` searches the messages; a range, a missing reflog entry, `@{upstream}` name no commit', async () => {
    const repo = makeRepo();
    const first = oneCommit(repo, 'init the project');
    writeFiles(repo, { 'a.yaml': 'n: 2\n' });
    const second = commitAll(repo, 'second');
    expect((await snapshot(repo, ':/init the')).commit).toBe(first);
    expect((await snapshot(repo, ':/second')).commit).toBe(second);
    for (const ref of ['main..main', 'main...main', 'HEAD@{99}', '@{upstream}', ':/no such'])
      expect(await messageOf(repo, ref), ref).toBe(noCommit(ref));
  });

  it('a ref starting with `-` is never an option: it names no commit', async () => {
    const repo = makeRepo();
    oneCommit(repo);
    for (const ref of ['-x', '--all', '--show-toplevel', '--git-dir=.', '-'])
      expect((await snapshotAt({ cwd: repo, ref })).issues).toEqual([
        {
          severity: 'error',
          rule: 'git-base',
          message: noCommit(ref),
          hint: `fetch it first (\`git fetch origin ${ref}\`); in GitHub Actions, check out with \`fetch-depth: 0\` (actions/checkout), in GitLab CI set \`GIT_DEPTH: 0\``,
        },
      ]);
  });

  it('outside a repository every ref is the same problem: a good one, a `-` one, one ending in `/`', async () => {
    const dir = makeTempDir();
    for (const ref of ['main', '-x', 'origin/', 'main..main'])
      expect((await snapshotAt({ cwd: dir, ref })).issues, ref).toEqual([
        {
          severity: 'error',
          rule: 'git-base',
          message: `\`--base ${ref}\` needs a git repository, and the working directory is not in one (git: not a git repository (or any of the parent directories): .git)`,
          hint: 'run `check` inside the repository, or leave out `--base`',
        },
      ]);
  });

  it('the shallow flag: false in a full clone, true in a shallow one, from a subfolder too', async () => {
    const origin = makeRepo();
    writeFiles(origin, { 'p/a.yaml': 'a: 1\n' });
    commitAll(origin, 'one');
    writeFiles(origin, { 'p/a.yaml': 'a: 2\n' });
    const head = commitAll(origin, 'two');
    expect((await snapshot(origin, 'HEAD')).shallow).toBe(false);
    const clone = join(makeTempDir(), 'clone');
    git(origin, 'clone', '-q', '--depth', '1', `file://${origin}`, clone);
    const s = await snapshot(join(clone, 'p'), 'HEAD');
    expect(s.shallow).toBe(true);
    expect(s.commit).toBe(head);
    expect(read(s.cwd, 'a.yaml')).toBe('a: 2\n');
    expect(await messageOf(join(clone, 'p'), 'HEAD~1')).toBe(
      `${noCommit('HEAD~1')} (this clone is shallow: it holds only the latest commits)`,
    );
  });

  it('the short id is git’s own, whatever the repository’s settings', async () => {
    const repo = makeRepo();
    const head = oneCommit(repo);
    const settings: [string, string][] = [
      ['core.abbrev', '12'],
      ['core.abbrev', '4'],
      ['i18n.logOutputEncoding', 'UTF-16'],
      ['log.showSignature', 'true'],
      ['log.abbrevCommit', 'true'],
      ['format.pretty', 'oneline'],
      ['color.ui', 'always'],
    ];
    for (const [key, value] of settings) {
      git(repo, 'config', key, value);
      const s = await snapshot(repo, 'main');
      expect(s.commit, key).toBe(head);
      expect(s.short, `${key}=${value}`).toBe(git(repo, 'rev-parse', '--short', head).trim());
    }
    expect((await snapshot(repo, 'main')).short).toBe(head.slice(0, 4));
  });

  it('a commit without YAML files is an empty snapshot', async () => {
    const repo = makeRepo();
    writeFiles(repo, { 'README.md': '# readme\n' });
    const head = commitAll(repo, 'no yaml');
    const s = await snapshot(repo, 'main');
    expect(s.commit).toBe(head);
    expect(s.short).toBe(git(repo, 'rev-parse', '--short', head).trim());
  });

  it('a tree or a blob missing from the repository: git’s own complaint, as before', async () => {
    const repo = makeRepo();
    writeFiles(repo, { 'v/a.yaml': 'a: 1\n' });
    const head = commitAll(repo, 'one');
    const short = git(repo, 'rev-parse', '--short', head).trim();
    const blob = git(repo, 'rev-parse', 'main:v/a.yaml').trim();
    const tree = git(repo, 'rev-parse', 'main:v').trim();
    const loose = (oid: string) => join(repo, '.git', 'objects', oid.slice(0, 2), oid.slice(2));
    rmSync(loose(blob));
    expect((await snapshotAt({ cwd: repo, ref: 'main' })).issues).toEqual([
      {
        severity: 'error',
        rule: 'git-base',
        message: `git could not read ${blob} of the commit: ${blob} missing`,
      },
    ]);
    rmSync(loose(tree));
    const listed = spawnSync('git', ['ls-tree', '-r', head], { cwd: repo, encoding: 'utf8' });
    const said = listed.stderr
      .trim()
      .split('\n')[0]
      ?.replace(/^(fatal|error): /, '');
    expect((await snapshotAt({ cwd: repo, ref: 'main' })).issues).toEqual([
      {
        severity: 'error',
        rule: 'git-base',
        message: `git could not list the files of main (${short}): ${said}`,
      },
    ]);
  });

  it.skipIf(process.platform === 'win32')(
    'runs git twice for a branch or a commit, three times for a tag',
    async () => {
      const repo = makeRepo();
      const head = oneCommit(repo);
      git(repo, 'tag', '-a', '-m', 'annotated', 'v1');
      for (const ref of ['main', 'HEAD', head, ':/init'])
        expect(await gitCalls(() => snapshot(repo, ref)), ref).toEqual(['rev-parse', 'cat-file']);
      expect(await gitCalls(() => snapshot(repo, 'v1'))).toEqual([
        'rev-parse',
        'cat-file',
        'rev-parse',
      ]);
    },
  );
});
