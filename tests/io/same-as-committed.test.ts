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
import { sameAsCommitted, type WorkingTreeInputs } from '../../src/io/same-as-committed.js';
import { projectFiles } from '../../src/io/check-files.js';
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

/**
 * The working tree's evaluation from `cwd`, every file it looked up and the paths it needed
 * (as `check` passes them: the project file, its vendor folders and its set's file).
 */
function workingTree(cwd: string) {
  const cache = createSourceCache();
  const { project, ranking } = evaluateProject(cwd, undefined, undefined, cache);
  const config = project.config;
  if (!config) throw new Error('no project file');
  const required = projectFiles(config, config);
  if (!required.ok) throw new Error('no project files');
  const inputs: WorkingTreeInputs = {
    lookedUp: cachedReads(cache).map((r) => ({ path: r.path, source: r.source })),
    required: required.value,
  };
  return { ranking, inputs };
}

async function filesAt(cwd: string) {
  const files = await committedFiles({ cwd, ref: 'main' });
  if (!files.ok) throw new Error(files.issues.map((i) => i.message).join('; '));
  return files.value;
}

async function same(cwd: string, packageDir?: string): Promise<boolean> {
  return sameAsCommitted(await filesAt(cwd), workingTree(cwd).inputs, cwd, packageDir);
}

describe('sameAsCommitted: the project at the ref is the working tree’s', () => {
  it('holds for an unchanged checkout, and changeSince then gives what evaluating the snapshot gives, without evaluating it', async () => {
    const repo = projectRepo();
    const cwd = join(repo, 'project');
    expect(await same(cwd)).toBe(true);
    const { ranking, inputs } = workingTree(cwd);
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
      workingTree: inputs,
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
    const files = await filesAt(cwd);
    const { inputs } = workingTree(cwd);
    // the built-in set is read from vendor-eval's folder, outside the repository: allowed
    expect(inputs.lookedUp.some((f) => f.path.startsWith(packageRoot()))).toBe(true);
    expect(sameAsCommitted(files, inputs, cwd)).toBe(true);
    const elsewhere = { path: join(makeTempDir(), 'shared.yaml'), source: { text: 'a: 1\n' } };
    const more = { ...inputs, lookedUp: [...inputs.lookedUp, elsewhere] };
    expect(sameAsCommitted(files, more, cwd)).toBe(false);
    // vendor-eval installed inside the repository (node_modules): its files are not committed,
    // and a path to them would not read from the snapshot, so they do not count as its own
    const installed = join(repo, 'node_modules/vendor-eval');
    expect(sameAsCommitted(files, inputs, cwd, installed)).toBe(false);
    const inside = { path: join(installed, 'criteria/sla.yaml'), source: { text: 'a: 1\n' } };
    expect(sameAsCommitted(files, { lookedUp: [inside], required: [] }, cwd, installed)).toBe(
      false,
    );
  });

  it('is refused when the evaluation looked up a file in the repository that it could not read', async () => {
    const repo = projectRepo();
    const cwd = join(repo, 'project');
    const { inputs } = workingTree(cwd);
    const missing = { path: join(cwd, 'vendors/missing.yaml'), source: undefined };
    const more = { ...inputs, lookedUp: [...inputs.lookedUp, missing] };
    expect(sameAsCommitted(await filesAt(cwd), more, cwd)).toBe(false);
  });

  it('is refused when a vendor folder the project names holds no YAML file (the snapshot lacks it)', async () => {
    const repo = projectRepo();
    writeFiles(repo, {
      'project/vendor-eval.config.yaml':
        'criteria: customer-service\nvendors: [vendors/, late-bids/]\n',
    });
    mkdirSync(join(repo, 'project/late-bids'));
    commitAll(repo, 'a folder for late bids'); // git keeps no empty folder
    expect(await same(join(repo, 'project'))).toBe(false);
    // once it holds a committed bid, the snapshot has it too
    cpSync(
      join(examplesDir, 'kestrel-contact.yaml'),
      join(repo, 'project/late-bids/kestrel-contact.yaml'),
    );
    commitAll(repo, 'a late bid');
    expect(await same(join(repo, 'project'))).toBe(true);
  });

  // the link read (its name before its target's) or left out (after it) as a duplicate
  it.each(['aa-copy.yaml', 'zz-copy.yaml'])(
    'is refused when a committed file is a link in the working tree (read once there, twice from the snapshot): %s',
    async (name) => {
      const repo = projectRepo();
      const copy = join(repo, 'project/vendors', name);
      cpSync(join(repo, 'project/vendors/tala-global.yaml'), copy);
      commitAll(repo, 'a copy');
      rmSync(copy);
      symlinkSync('tala-global.yaml', copy);
      expect(await same(join(repo, 'project'))).toBe(false);
    },
  );

  it('is refused when a vendor file of the commit was not read: gone when the folder was listed, put back since', async () => {
    const repo = projectRepo();
    const cwd = join(repo, 'project');
    rmSync(join(cwd, 'vendors/tala-global.yaml'));
    const { inputs } = workingTree(cwd);
    git(repo, 'checkout', '--', 'project/vendors/tala-global.yaml');
    expect(sameAsCommitted(await filesAt(cwd), inputs, cwd)).toBe(false);
  });

  it('holds with files in a vendor folder the walk passes over (hidden, node_modules), read by neither', async () => {
    const repo = projectRepo();
    writeFiles(repo, {
      'project/vendors/.draft.yaml': 'vendor: draft\n',
      'project/vendors/node_modules/x/y.yaml': 'a: 1\n',
    });
    commitAll(repo, 'files the walk skips');
    expect(await same(join(repo, 'project'))).toBe(true);
  });

  it('compares the text the evaluation read, not the file as it is when compared (edited meanwhile)', async () => {
    const repo = projectRepo();
    const cwd = join(repo, 'project');
    const file = join(cwd, 'vendors/tala-global.yaml');
    editFile(file, 'name: ', 'name: New ');
    const { inputs } = workingTree(cwd);
    git(repo, 'checkout', '--', 'project/vendors/tala-global.yaml');
    expect(sameAsCommitted(await filesAt(cwd), inputs, cwd)).toBe(false);
  });

  it('is refused when git says the commit’s files cannot be read', async () => {
    const repo = projectRepo();
    const cwd = join(repo, 'project');
    const unreadable = {
      ...(await filesAt(cwd)),
      blobs: () => ({ ok: false as const, issues: [] }),
    };
    expect(sameAsCommitted(unreadable, workingTree(cwd).inputs, cwd)).toBe(false);
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });
});
