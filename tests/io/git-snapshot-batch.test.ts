// The snapshot's files are read by one `git cat-file --batch` that walks the trees itself
// (filesByBatch in src/io/git-snapshot.ts): it must write exactly what `git ls-tree -r` lists,
// whatever the tree holds (nested and identical folders, links to files and folders, odd names,
// executables, a submodule's entry, non-YAML files) and whatever the hash (SHA-1, SHA-256).
import { execFileSync } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, readlinkSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, writeFiles } from '../helpers/git.js';
import { gitCalls, trackedSnapshots } from '../helpers/snapshots.js';
import { makeTempDir } from '../helpers/temp.js';

const snapshot = trackedSnapshots();

/** Every file and link under `root` (not the folders), by path, with its content or target. */
function written(root: string, dir = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(join(root, dir))) {
    const path = dir ? `${dir}/${name}` : name;
    const stat = lstatSync(join(root, path));
    if (stat.isSymbolicLink()) out[path] = `-> ${readlinkSync(join(root, path))}`;
    else if (stat.isDirectory()) Object.assign(out, written(root, path));
    else out[path] = readFileSync(join(root, path), 'utf8');
  }
  return out;
}

/** What the snapshot must hold, from `git ls-tree -r -z` of HEAD and `git cat-file blob`. */
function expected(repo: string): Record<string, string> {
  const out: Record<string, string> = {};
  const listed = execFileSync('git', ['ls-tree', '-r', '-z', '--full-tree', 'HEAD'], {
    cwd: repo,
    encoding: 'utf8',
  });
  for (const record of listed.split('\0').filter(Boolean)) {
    const [meta = '', path = ''] = record.split('\t');
    const [mode, type, oid = ''] = meta.split(' ');
    const blob = () =>
      execFileSync('git', ['cat-file', 'blob', oid], { cwd: repo, encoding: 'utf8' });
    if (mode === '120000') out[path] = `-> ${blob()}`;
    else if (type === 'blob' && /\.ya?ml$/i.test(path)) out[path] = blob();
  }
  return out;
}

/** A repository of every kind of entry, committed; `format` is its object format. */
function varied(format: 'sha1' | 'sha256'): string {
  const repo = makeTempDir('vendor-eval-batch-');
  git(repo, 'init', '-q', '-b', 'main', `--object-format=${format}`);
  git(repo, 'config', 'user.name', 'Test');
  git(repo, 'config', 'user.email', 'test@example.com');
  writeFiles(repo, {
    'vendor-eval.config.yaml': 'criteria: customer-service\n',
    'a.yaml': 'a: 1\n',
    'README.md': '# not YAML\n',
    'vendors/b.yml': 'b: 2\n',
    'vendors/deep/c.yaml': 'c: 3\n',
    'vendors/deep/notes.txt': 'not YAML\n',
    'copy/deep/c.yaml': 'c: 3\n',
    'with space/ü é.yaml': 'u: 4\n',
    'UPPER.YAML': 'up: 5\n',
    'empty/.keep.yaml': '',
  });
  symlinkSync('a.yaml', join(repo, 'link.yaml'));
  symlinkSync('vendors', join(repo, 'linked-folder'));
  git(repo, 'add', '-A');
  git(repo, 'update-index', '--chmod=+x', 'vendors/b.yml');
  // a submodule's entry (a gitlink): listed by ls-tree as a commit, never read
  const head = git(repo, 'hash-object', '-t', 'commit', '--stdin', '-w', '--literally').trim();
  git(repo, 'update-index', '--add', '--cacheinfo', `160000,${head},sub`);
  // committed as staged (`git add -A` would drop the submodule's entry: no folder holds it)
  git(repo, 'commit', '-q', '-m', 'varied');
  return repo;
}

describe('the snapshot read by one cat-file --batch', () => {
  it.skipIf(process.platform === 'win32').each(['sha1', 'sha256'] as const)(
    'writes what git ls-tree -r lists (%s objects)',
    async (format) => {
      const repo = varied(format);
      // the batch read it all (the separate calls would give the same files with more processes)
      expect(await gitCalls(() => snapshot(repo, 'main'))).toEqual(['rev-parse', 'cat-file']);
      const s = await snapshot(repo, 'main');
      expect(s.commit).toHaveLength(format === 'sha1' ? 40 : 64);
      const want = expected(repo);
      expect(Object.keys(want)).toContain('vendors/deep/c.yaml');
      expect(Object.keys(want)).toContain('linked-folder');
      expect(written(s.root)).toEqual(want);
    },
  );

  it.skipIf(process.platform === 'win32')(
    'a tree with a mode git does not write (040000) is listed by ls-tree instead, files and all',
    async () => {
      const repo = makeTempDir('vendor-eval-batch-');
      git(repo, 'init', '-q', '-b', 'main');
      const hash = (text: string) =>
        execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo, input: text })
          .toString()
          .trim();
      const inner = execFileSync('git', ['mktree'], {
        cwd: repo,
        input: `100644 blob ${hash('b: 2\n')}\tb.yaml\n`,
      })
        .toString()
        .trim();
      // written as an old tool wrote trees: the folder's mode zero-padded
      const raw = (oid: string) => Buffer.from(oid, 'hex');
      const tree = Buffer.concat([
        Buffer.from('100644 a.yaml\0'),
        raw(hash('a: 1\n')),
        Buffer.from('040000 vendors\0'),
        raw(inner),
      ]);
      const top = execFileSync(
        'git',
        ['hash-object', '-t', 'tree', '-w', '--literally', '--stdin'],
        {
          cwd: repo,
          input: tree,
        },
      )
        .toString()
        .trim();
      const commit = git(repo, 'commit-tree', top, '-m', 'odd modes').trim();
      git(repo, 'update-ref', 'refs/heads/main', commit);
      const calls = await gitCalls(() => snapshot(repo, 'main'));
      expect(calls).toContain('ls-tree');
      const s = await snapshot(repo, 'main');
      expect(written(s.root)).toEqual({ 'a.yaml': 'a: 1\n', 'vendors/b.yaml': 'b: 2\n' });
    },
  );

  it('reads a blob of several megabytes whole', async () => {
    const repo = makeTempDir('vendor-eval-batch-');
    git(repo, 'init', '-q', '-b', 'main');
    const big = `${'x: "a line of a large generated YAML file, repeated"\n'.repeat(80_000)}`;
    writeFiles(repo, {
      'vendor-eval.config.yaml': 'criteria: customer-service\n',
      'big.yaml': big,
    });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'big');
    expect(big.length).toBeGreaterThan(4_000_000);
    const s = await snapshot(repo, 'main');
    expect(readFileSync(join(s.root, 'big.yaml'), 'utf8')).toBe(big);
  });
});
