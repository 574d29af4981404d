// `check --base` skips writing and evaluating the ref's files when they are the working tree's,
// file for file (src/io/same-as-committed.ts): each case here is one way the two could differ,
// on a real repository, and the shortcut must then be refused. Where it is taken, the change it
// reports must be the one the full evaluation of the snapshot reports.
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeSince, type Evaluated } from '../../src/cli/run/check-base.js';
import { evaluateProject } from '../../src/cli/run/evaluate-project.js';
import { ok, type Result } from '../../src/core/issues.js';
import { packageRoot } from '../../src/io/builtin.js';
import { committedFiles } from '../../src/io/git-snapshot.js';
import { sameAsCommitted, type LookedUp } from '../../src/io/same-as-committed.js';
import { cachedReads, createSourceCache } from '../../src/io/source-cache.js';
import { editFile } from '../helpers/edit.js';
import { commitAll, git, makeRepo, writeFiles } from '../helpers/git.js';
import { makeTempDir } from '../helpers/temp.js';
import { examplesDir } from '../cli/run-cli.js';

/** A repository holding a project on the built-in set and two example vendors, on `main`. */
function projectRepo(criteria = 'customer-service'): string {
  const repo = makeRepo();
  mkdirSync(join(repo, 'project', 'vendors'), { recursive: true });
  for (const vendor of ['puente-contact.yaml', 'tala-global.yaml'])
    cpSync(join(examplesDir, vendor), join(repo, 'project', 'vendors', vendor));
  writeFiles(repo, {
    'project/vendor-eval.config.yaml': `criteria: ${criteria}\nvendors: vendors/\n`,
    'docs/other.yaml': 'note: not part of the project\n',
    'README.md': '# Choosing a contact centre\n',
  });
  commitAll(repo, 'the project');
  return repo;
}

/** The working tree's evaluation from `cwd`, and every file it looked up. */
function workingTree(cwd: string) {
  const cache = createSourceCache();
  const { ranking } = evaluateProject(cwd, undefined, undefined, cache);
  const lookedUp: LookedUp[] = cachedReads(cache).map((r) => ({ path: r.path, read: !!r.source }));
  return { ranking, lookedUp };
}

async function same(cwd: string, packageDir?: string): Promise<boolean> {
  const files = await committedFiles({ cwd, ref: 'main' });
  if (!files.ok) throw new Error(files.issues.map((i) => i.message).join('; '));
  return sameAsCommitted(files.value, workingTree(cwd).lookedUp, cwd, packageDir);
}

describe('sameAsCommitted: the project at the ref is the working tree’s', () => {
  it('holds for an unchanged checkout, and changeSince then gives what evaluating the snapshot gives, without evaluating it', async () => {
    const repo = projectRepo();
    const cwd = join(repo, 'project');
    expect(await same(cwd)).toBe(true);
    const { ranking, lookedUp } = workingTree(cwd);
    let evaluations = 0;
    const evaluate = (at: string): Result<Evaluated> => {
      evaluations++;
      const { project, ranking } = evaluateProject(at);
      return ok({ ranking, policy: project.config?.input?.policy });
    };
    const full = await changeSince({ base: 'main', cwd, after: ranking, evaluate });
    expect(evaluations).toBe(1);
    // a temporary folder that cannot be made: the shortcut never needs one
    const tmpDir = join(makeTempDir(), 'missing');
    const short = await changeSince({
      base: 'main',
      cwd,
      after: ranking,
      evaluate,
      lookedUp,
      tmpDir,
    });
    expect(evaluations).toBe(1);
    expect(short).toEqual(full);
    expect(short.value?.baseProblem).toBeNull();
    expect(short.value?.winner.changed).toBe(false);
    expect(short.value?.answers).toEqual([]);
    expect(short.value?.vendors.map((v) => v.before)).toEqual(
      short.value?.vendors.map((v) => v.after),
    );
  });

  it('holds with the project’s own set in the repository, read from a folder above', async () => {
    const repo = projectRepo('../criteria/mine.yaml');
    writeFiles(repo, {
      'criteria/mine.yaml':
        'id: mine\nname: Mine\nversion: 1\ninclude:\n  - set: customer-service\n',
    });
    commitAll(repo, 'our own set');
    expect(await same(join(repo, 'project'))).toBe(true);
  });

  it('is refused when a vendor file is edited and not committed', async () => {
    const repo = projectRepo();
    editFile(join(repo, 'project/vendors/tala-global.yaml'), 'name: ', 'name: New ');
    expect(await same(join(repo, 'project'))).toBe(false);
  });

  it('is refused when a vendor file is new (not in the commit)', async () => {
    const repo = projectRepo();
    cpSync(
      join(examplesDir, 'kestrel-contact.yaml'),
      join(repo, 'project/vendors/kestrel-contact.yaml'),
    );
    expect(await same(join(repo, 'project'))).toBe(false);
  });

  it('is refused when a committed file is gone from the working tree', async () => {
    const repo = projectRepo();
    rmSync(join(repo, 'project/vendors/tala-global.yaml'));
    expect(await same(join(repo, 'project'))).toBe(false);
  });

  it('is refused when any YAML file of the repository differs, even outside the project', async () => {
    const repo = projectRepo();
    writeFileSync(join(repo, 'docs/other.yaml'), 'note: changed\n');
    expect(await same(join(repo, 'project'))).toBe(false);
  });

  it('is refused when the commit holds a link (it may lead elsewhere from the snapshot)', async () => {
    const repo = projectRepo();
    // read through, the link gives the very bytes git stores for it (its target's name): only
    // its mode tells it from a file
    writeFiles(repo, { 'docs/target.yaml': 'target.yaml' });
    symlinkSync('target.yaml', join(repo, 'docs/link.yaml'));
    commitAll(repo, 'a link');
    expect(await same(join(repo, 'project'))).toBe(false);
  });

  it('is refused when the evaluation read a file outside the repository other than vendor-eval’s own', async () => {
    const repo = projectRepo();
    const cwd = join(repo, 'project');
    const files = await committedFiles({ cwd, ref: 'main' });
    const { lookedUp } = workingTree(cwd);
    expect(files.ok).toBe(true);
    if (!files.ok) return;
    // the built-in set is read from vendor-eval's folder, outside the repository: allowed
    expect(lookedUp.some((f) => f.path.startsWith(packageRoot()))).toBe(true);
    expect(sameAsCommitted(files.value, lookedUp, cwd)).toBe(true);
    const elsewhere = { path: join(makeTempDir(), 'shared.yaml'), read: true };
    expect(sameAsCommitted(files.value, [...lookedUp, elsewhere], cwd)).toBe(false);
    // vendor-eval installed inside the repository (node_modules): its files are not committed,
    // and a path to them would not read from the snapshot, so they do not count as its own
    expect(
      sameAsCommitted(files.value, lookedUp, cwd, join(repo, 'node_modules/vendor-eval')),
    ).toBe(false);
    const inside = { path: join(repo, 'node_modules/vendor-eval/criteria/sla.yaml'), read: true };
    expect(
      sameAsCommitted(files.value, [inside], cwd, join(repo, 'node_modules/vendor-eval')),
    ).toBe(false);
  });

  it('is refused when the evaluation looked up a file in the repository that it could not read', async () => {
    const repo = projectRepo();
    const cwd = join(repo, 'project');
    const files = await committedFiles({ cwd, ref: 'main' });
    if (!files.ok) throw new Error('no files');
    const missing = { path: join(cwd, 'vendors/missing.yaml'), read: false };
    expect(sameAsCommitted(files.value, [...workingTree(cwd).lookedUp, missing], cwd)).toBe(false);
  });

  it('is refused when git says the commit’s files cannot be read', async () => {
    const repo = projectRepo();
    const cwd = join(repo, 'project');
    const files = await committedFiles({ cwd, ref: 'main' });
    if (!files.ok) throw new Error('no files');
    const unreadable = { ...files.value, blobs: () => ({ ok: false as const, issues: [] }) };
    expect(sameAsCommitted(unreadable, workingTree(cwd).lookedUp, cwd)).toBe(false);
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });
});
