// The project as it was at a git commit, read without a checkout: `check --base <ref>` must
// never touch the user's working tree, index or HEAD, so the YAML files of the commit are written
// into a temporary folder that mirrors the repository, and the project is evaluated there.
import { spawn, spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmdirSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { failed, ok, type Issue, type Result } from '../core/issues.js';
import { once } from '../core/once.js';
import { mapSnapshotConfig } from './snapshot-paths.js';

/** The project's YAML files as they were at one commit, in a temporary folder. */
export interface GitSnapshot {
  /** The temporary folder: the repository's layout, holding only its YAML files and symlinks. */
  root: string;
  /** The working directory's counterpart inside `root` (created even if the commit lacks it). */
  cwd: string;
  /** The repository's top folder (the working tree the snapshot mirrors). */
  repository: string;
  /** The commit the ref names, in full (40 or 64 hex digits). */
  commit: string;
  /** The same commit abbreviated as git abbreviates it (`3f2a1c9`). */
  short: string;
  /** True in a shallow clone (CI checkouts are shallow by default): older commits may be absent. */
  shallow: boolean;
  /** Removes the temporary folder; safe to call more than once. */
  cleanup(): void;
}

/** What to snapshot: the working directory (any folder inside the repository) and a ref. */
export interface SnapshotRequest {
  cwd: string;
  /** A ref as the user gave it: `main`, `origin/main`, `HEAD~1`, a commit id. */
  ref: string;
  /** Where the temporary folder goes; the system's temp folder unless told. */
  tmpDir?: string | undefined;
  /**
   * Called with the temporary folder as soon as it exists (the command removes it if the run is
   * interrupted); the function it returns is called once the folder is removed.
   */
  guard?: ((folder: string) => () => void) | undefined;
}

const yamlFile = /\.ya?ml$/i;

/**
 * How the fetch hint reads: CI checkouts fetch one commit unless told otherwise. A ref of a
 * remote (`origin/main`) is fetched as the remote's branch (`git fetch origin main`): `git fetch
 * origin origin/main` asks for a branch named `origin/main`, which the remote does not have.
 */
const fetchHint = (ref: string, remotes: readonly string[]) => {
  // `origin` counts as a remote even where none is set up yet (the hint is for CI clones)
  const remote = [...remotes, 'origin'].find(
    (r) => ref.startsWith(`${r}/`) && ref.length > r.length + 1,
  );
  const fetch = remote ? `${remote} ${ref.slice(remote.length + 1)}` : `origin ${ref}`;
  return `fetch it first (\`git fetch ${fetch}\`); in GitHub Actions, check out with \`fetch-depth: 0\` (actions/checkout), in GitLab CI set \`GIT_DEPTH: 0\``;
};

/** The repository's remotes (`origin`), for the fetch hint; none when git cannot list them. */
function remotesOf(cwd: string): string[] {
  const run = git(['remote'], cwd);
  return run.status === 0 ? run.stdout.toString('utf8').split('\n').filter(Boolean) : [];
}

function problem(message: string, hint?: string): Issue {
  return { severity: 'error', rule: 'git-base', message, hint };
}

interface GitRun {
  status: number | null;
  stdout: Buffer;
  stderr: string;
  /** Set when git could not be started at all (not installed: ENOENT). */
  error?: NodeJS.ErrnoException | undefined;
}

function git(args: readonly string[], cwd: string, input?: string): GitRun {
  const run = spawnSync('git', args, {
    cwd,
    input,
    // ls-tree of a large repository and the YAML blobs can exceed the 1 MiB default
    maxBuffer: Infinity,
    windowsHide: true,
  });
  return {
    status: run.status,
    stdout: run.stdout,
    stderr: run.stderr?.toString('utf8').trim() ?? '',
    error: run.error,
  };
}

/** The first line of git's complaint, without its `fatal: ` prefix. */
function gitSaid(run: GitRun): string {
  return (run.stderr.split('\n')[0] ?? '').replace(/^(fatal|error): /, '');
}

/** The folder git names in its `safe.directory` advice (its last line), else `<folder>`. */
function repositoryOf(run: GitRun): string {
  const advice = run.stderr
    .split('\n')
    .at(-1)
    ?.match(/safe\.directory (.+)$/);
  return advice?.[1] ?? '<folder>';
}

/** One entry of `git ls-tree -r -z`. */
interface TreeEntry {
  mode: string;
  type: string;
  oid: string;
  path: string;
}

function parseTree(out: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const record of out.toString('utf8').split('\0')) {
    if (!record) continue;
    const tab = record.indexOf('\t');
    const [mode = '', type = '', oid = ''] = record.slice(0, tab).split(' ');
    entries.push({ mode, type, oid, path: record.slice(tab + 1) });
  }
  return entries;
}

/** Input for `git cat-file --batch`: one object name a line. */
const batchInput = (names: readonly string[]) => names.map((n) => `${n}\n`).join('');

/**
 * Reads blobs with one `git cat-file --batch` (one process for every file, not one per file).
 * Its output is `<oid> <type> <size>\n<content>\n` per object, in the order asked.
 */
function readBlobs(oids: readonly string[], cwd: string): Result<Map<string, Buffer>> {
  if (oids.length === 0) return ok(new Map());
  const run = git(['cat-file', '--batch'], cwd, batchInput(oids));
  if (run.error || run.status !== 0)
    return failed([problem(`git could not read the files of the commit: ${gitSaid(run)}`)]);
  return blobsIn(run.stdout, 0, oids);
}

/** The blobs `oids` in the output of `git cat-file --batch`, from byte `at` on. */
function blobsIn(out: Buffer, at: number, oids: readonly string[]): Result<Map<string, Buffer>> {
  const blobs = new Map<string, Buffer>();
  for (const oid of oids) {
    const eol = out.indexOf(0x0a, at);
    const header = out.toString('utf8', at, eol).split(' ');
    const size = Number(header[2]);
    if (header[1] !== 'blob' || !Number.isInteger(size))
      return failed([problem(`git could not read ${oid} of the commit: ${header.join(' ')}`)]);
    blobs.set(oid, out.subarray(eol + 1, eol + 1 + size));
    at = eol + 1 + size + 1;
  }
  return ok(blobs);
}

/**
 * Where a committed symlink points in the snapshot. A link inside the repository is kept as
 * written, so it reads the snapshot's file; a link that leaves the repository (`../../shared`)
 * or names an absolute path points where it does in the working tree, since files outside the
 * repository have no history to read; an absolute link into the repository reads the snapshot.
 */
function linkTarget(path: string, target: string, snapshot: string, repository: string): string {
  if (isAbsolute(target)) {
    const inside = relative(repository, target);
    return inside.startsWith('..') || isAbsolute(inside) ? target : join(snapshot, inside);
  }
  const fromTop = posix.normalize(posix.join(posix.dirname(path), target));
  return fromTop === '..' || fromTop.startsWith('../')
    ? resolve(repository, posix.dirname(path), target)
    : target;
}

/** The entries of a commit's tree the snapshot holds: its YAML files and its symlinks. */
function wantedEntries(entries: readonly TreeEntry[]): TreeEntry[] {
  return entries.filter(
    (e) =>
      (e.mode === '120000' || (e.type === 'blob' && yamlFile.test(e.path))) &&
      // a tree entry can name anything; never write outside the snapshot (or into a .git)
      !posix.normalize(e.path).startsWith('../') &&
      !posix.isAbsolute(e.path) &&
      !e.path.split('/').includes('.git'),
  );
}

/** Writes the YAML files and symlinks `wanted` under `root`; the paths written. */
function writeTree(
  wanted: readonly Omit<TreeEntry, 'type'>[],
  blobs: ReadonlyMap<string, Buffer>,
  root: string,
  repository: string,
): string[] {
  // files before links, and every folder checked to be the snapshot's own: a crafted tree
  // (a link `Vendors` beside a folder `vendors` on a case-insensitive disk) never writes elsewhere.
  // A folder is made and checked once: nothing written later replaces a path already there (a
  // file or a link is never made over anything), so a folder checked keeps resolving as it did.
  const owned = new Map<string, boolean>();
  const ownFolder = (folder: string) => {
    let own = owned.get(folder);
    if (own === undefined) {
      mkdirSync(folder, { recursive: true });
      const real = realpathSync(folder);
      own = real === root || real.startsWith(root + sep);
      owned.set(folder, own);
    }
    return own;
  };
  const links = wanted.filter((e) => e.mode === '120000');
  const written: string[] = [];
  for (const entry of [...wanted.filter((e) => e.mode !== '120000'), ...links]) {
    const content = blobs.get(entry.oid) ?? Buffer.alloc(0);
    const file = join(root, entry.path);
    if (!ownFolder(dirname(file))) continue;
    if (entry.mode !== '120000') {
      writeFileSync(file, content);
      written.push(file);
    } else
      try {
        symlinkSync(linkTarget(entry.path, content.toString('utf8'), root, repository), file);
        written.push(file);
      } catch {
        // a system that cannot make links (Windows without the privilege) has git check links
        // out as small files anyway: the project then reports the missing file, as it would there
      }
  }
  return written;
}

/**
 * Removes the snapshot: the files and links it wrote, then its folders, deepest first, which
 * spares loading and running the recursive removal. Anything else found there (a file two tree
 * entries share on a case-insensitive disk, a folder reached through a link) and a second call
 * leave it to `rmSync`'s recursive removal, which never follows a link.
 */
function removeSnapshot(root: string, written: readonly string[], folders: readonly string[]) {
  try {
    for (const file of written) unlinkSync(file);
    for (const folder of [...folders].sort((a, b) => b.length - a.length)) rmdirSync(folder);
    rmdirSync(root);
  } catch {
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * The object a ref names (its id as `git rev-parse --verify` gives it), or undefined. A ref is
 * never read as an option: one starting with `-` names nothing, and `--end-of-options` keeps the
 * rest from being read as one.
 */
function objectOf(ref: string, cwd: string): string | undefined {
  if (ref.startsWith('-')) return undefined;
  const object = git(['rev-parse', '--verify', '--quiet', '--end-of-options', ref], cwd);
  const oid = object.stdout.toString('utf8').trim();
  return object.status === 0 && objectId.test(oid) ? oid : undefined;
}

const objectId = /^[0-9a-f]{40,64}$/;

/** The files of the commit a ref names, as git gives them. */
interface CommitFiles {
  /** The commit, in full. */
  commit: string;
  /** The commit as git abbreviates it (`3f2a1c9`). */
  short: string;
  /** The tree's entries the snapshot holds (wantedEntries). */
  wanted: TreeEntry[];
  /** Their contents by object id; read once the temporary folder exists, as always. */
  blobs: () => Result<Map<string, Buffer>>;
}

/**
 * The files of the commit `place.object` names (a tag peeled to its commit), undefined when it
 * names no commit; a failed result when git cannot list them. The probe's short id goes the
 * short way (filesByBatch); whatever that cannot settle, and an object from the separate calls,
 * go through the calls of old, in their order: the ref resolved, peeled with `rev-parse
 * --verify <oid>^{commit}`, abbreviated, listed, its blobs read once the temporary folder exists.
 */
async function commitFiles(
  place: Place,
  ref: string,
  cwd: string,
): Promise<Result<CommitFiles> | undefined> {
  const { object, abbreviated } = place;
  const byShort = object !== undefined && abbreviated ? await filesByBatch(object, cwd) : undefined;
  if (byShort) return ok(byShort);
  const oid = abbreviated ? objectOf(ref, cwd) : object;
  const peeled = oid && git(['rev-parse', '--verify', '--quiet', `${oid}^{commit}`], cwd);
  if (!peeled || peeled.status !== 0) return undefined;
  const commit = peeled.stdout.toString('utf8').trim();
  const short = shortOf(commit, cwd);
  const tree = git(['ls-tree', '-r', '-z', '--full-tree', commit], cwd);
  if (tree.status !== 0)
    return failed([problem(`git could not list the files of ${ref} (${short}): ${gitSaid(tree)}`)]);
  const wanted = wantedEntries(parseTree(tree.stdout));
  return ok({ commit, short, wanted, blobs: () => readBlobs(oidsOf(wanted), cwd) });
}

/**
 * The files of the commit an object names, from its short id (the probe's), with one process:
 * a `git cat-file --batch` that answers as it is asked. First `<short>`, `<short>^{commit}` and
 * `<short>^{tree}`; then the trees below the root, a level at a time (each tree once); then the
 * blobs the snapshot holds. The entries are those `git ls-tree -r --full-tree` lists, in its
 * order (tests/io/git-snapshot-batch.test.ts holds them equal). git reads a short hex id as a
 * ref's name before it reads it as an object's (a branch or tag named `3f2a1c9`), so what
 * `<short>` resolved to is checked to be the probed object: the short id is unique among the
 * repository's objects, so only that object starts with it; otherwise the caller asks git with
 * full ids. The short id is the commit's exactly when the commit starts with it, i.e. when the
 * ref named the commit itself; a tag's commit is abbreviated by `git rev-parse --short`.
 * Undefined for anything else (no commit, a missing object, git failing, a ref named like the
 * short id): the separate calls then say what is wrong.
 */
async function filesByBatch(short: string, cwd: string): Promise<CommitFiles | undefined> {
  const batch = new CatFileBatch(cwd);
  try {
    const [object, commit, root] = await batch.read([
      short,
      `${short}^{commit}`,
      `${short}^{tree}`,
    ]);
    if (!object?.oid.startsWith(short) || commit?.type !== 'commit' || root?.type !== 'tree')
      return undefined;
    // a tree names each entry's object in raw bytes: 20 for SHA-1, 32 for SHA-256
    const rawLength = commit.oid.length / 2;
    const trees = new Map<string, RawTreeEntry[]>();
    let level = [root];
    while (level.length > 0) {
      const below = new Set<string>();
      for (const tree of level) {
        const entries = parseRawTree(tree.content, rawLength);
        if (!entries) return undefined;
        trees.set(tree.oid, entries);
        for (const e of entries) if (e.mode === '40000' && !trees.has(e.oid)) below.add(e.oid);
      }
      const asked = [...below];
      level = [];
      for (const [i, answer] of (await batch.read(asked)).entries()) {
        if (answer?.type !== 'tree' || answer.oid !== asked[i]) return undefined;
        level.push(answer);
      }
    }
    const wanted = wantedEntries(treeEntries(root.oid, trees));
    const oids = oidsOf(wanted);
    const blobs = new Map<string, Buffer>();
    for (const [i, answer] of (await batch.read(oids)).entries()) {
      if (answer?.type !== 'blob' || answer.oid !== oids[i]) return undefined;
      blobs.set(answer.oid, answer.content);
    }
    if ((await batch.close()) !== 0) return undefined;
    const abbreviated = commit.oid.startsWith(short) ? short : shortOf(commit.oid, cwd);
    return { commit: commit.oid, short: abbreviated, wanted, blobs: () => ok(blobs) };
  } finally {
    batch.stop();
  }
}

/** One entry of a raw tree object: its mode as git writes it (`40000` for a tree), name, id. */
interface RawTreeEntry {
  mode: string;
  name: string;
  oid: string;
}

/**
 * The modes git writes: a tree, a file, an executable, a link, a submodule. A tree written by
 * another tool may hold others (`040000`, `100664`), which `git ls-tree` shows in these forms:
 * such a tree is left to it (the separate calls).
 */
const canonicalModes = new Set(['40000', '100644', '100755', '120000', '160000']);

/**
 * The entries of a raw tree object (`<mode> <name>\0<raw id>` each); undefined if malformed or
 * if a mode is not one git writes.
 */
function parseRawTree(content: Buffer, rawLength: number): RawTreeEntry[] | undefined {
  const entries: RawTreeEntry[] = [];
  let at = 0;
  while (at < content.length) {
    const space = content.indexOf(0x20, at);
    const nul = space < 0 ? -1 : content.indexOf(0, space + 1);
    if (nul < 0 || nul + 1 + rawLength > content.length) return undefined;
    const mode = content.toString('latin1', at, space);
    if (!canonicalModes.has(mode)) return undefined;
    entries.push({
      mode,
      name: content.toString('utf8', space + 1, nul),
      oid: content.toString('hex', nul + 1, nul + 1 + rawLength),
    });
    at = nul + 1 + rawLength;
  }
  return entries;
}

/**
 * What `git ls-tree -r -z --full-tree` lists for the tree `oid`: every entry that is not a tree,
 * depth first in each tree's order, by its path from the top, mode in six digits.
 */
function treeEntries(
  oid: string,
  trees: ReadonlyMap<string, readonly RawTreeEntry[]>,
  prefix = '',
): TreeEntry[] {
  const out: TreeEntry[] = [];
  for (const e of trees.get(oid) ?? []) {
    const path = `${prefix}${e.name}`;
    if (e.mode === '40000') out.push(...treeEntries(e.oid, trees, `${path}/`));
    else
      out.push({
        mode: e.mode.padStart(6, '0'),
        type: e.mode === '160000' ? 'commit' : 'blob',
        oid: e.oid,
        path,
      });
  }
  return out;
}

/** An object `git cat-file --batch` gave: its id, type and content. */
interface BatchObject {
  oid: string;
  type: string;
  content: Buffer;
}

/**
 * One `git cat-file --batch` process, asked in rounds: `read(names)` writes one name a line and
 * gives git's answers in order (undefined for a name git reports `missing` or `ambiguous`, or
 * an answer it cannot read). Its output is `<oid> <type> <size>\n<content>\n` per object.
 */
class CatFileBatch {
  private readonly child;
  /** Output not read yet, in the chunks it came in (joined only when read: a large blob is
   * copied once, not once per chunk). */
  private chunks: Buffer[] = [];
  private length = 0;
  private ended = false;
  private wake: (() => void) | undefined;
  private readonly exited: Promise<number | null>;

  constructor(cwd: string) {
    this.child = spawn('git', ['cat-file', '--batch'], { cwd, windowsHide: true });
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.chunks.push(chunk);
      this.length += chunk.length;
      this.wake?.();
    });
    this.child.stdout.on('close', () => {
      this.ended = true;
      this.wake?.();
    });
    // git's complaints are not needed (the separate calls word them): drained, not kept
    this.child.stderr.resume();
    this.child.stdin.on('error', () => undefined);
    this.exited = new Promise((settle) => {
      this.child.on('error', () => settle(null));
      this.child.on('close', (status) => settle(status));
    });
  }

  async read(names: readonly string[]): Promise<(BatchObject | undefined)[]> {
    if (names.length === 0) return [];
    this.child.stdin.write(names.map((n) => `${n}\n`).join(''));
    const answers: (BatchObject | undefined)[] = [];
    for (let i = 0; i < names.length; i++) {
      const eol = await this.until(() => this.pending().indexOf(0x0a));
      if (eol < 0) return [...answers, ...names.slice(i).map(() => undefined)];
      const [oid = '', type = '', size = ''] = this.pending().toString('utf8', 0, eol).split(' ');
      if (!objectId.test(oid) || !/^\d+$/.test(size)) {
        // `<name> missing` (or ambiguous): nothing follows the line
        this.consume(eol + 1);
        answers.push(undefined);
        continue;
      }
      const end = eol + 1 + Number(size);
      // counted, not joined, while the content arrives
      const complete = await this.until(() => (this.length > end ? end : -1));
      if (complete < 0) return [...answers, ...names.slice(i).map(() => undefined)];
      answers.push({ oid, type, content: this.pending().subarray(eol + 1, end) });
      this.consume(end + 1);
    }
    return answers;
  }

  /** The output not read yet, as one buffer. */
  private pending(): Buffer {
    if (this.chunks.length !== 1) this.chunks = [Buffer.concat(this.chunks, this.length)];
    return this.chunks[0] as Buffer;
  }

  /** Drops the first `bytes` of the output not read yet. */
  private consume(bytes: number): void {
    const rest = this.pending().subarray(bytes);
    this.chunks = [rest];
    this.length = rest.length;
  }

  /** Ends git's input; git's exit status (null if it could not run). */
  async close(): Promise<number | null> {
    this.child.stdin.end();
    return this.exited;
  }

  /** Stops git if it still runs (an early return). */
  stop(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
  }

  /** `found()` once it is not -1, waiting for more output; -1 when the output has ended. */
  private async until(found: () => number): Promise<number> {
    for (;;) {
      const at = found();
      if (at >= 0 || this.ended) return at;
      await new Promise<void>((resume) => (this.wake = resume));
      this.wake = undefined;
    }
  }
}

/** The blobs of entries, each once. */
const oidsOf = (entries: readonly TreeEntry[]) => [...new Set(entries.map((e) => e.oid))];

/** A commit as git abbreviates it (`rev-parse --short`), else its first 7 digits. */
function shortOf(commit: string, cwd: string): string {
  return (
    git(['rev-parse', '--short', commit], cwd).stdout.toString('utf8').trim() || commit.slice(0, 7)
  );
}

/** Where the working directory is: its repository's top folder, shallow or not, the prefix. */
interface Place {
  repository: string;
  shallow: boolean;
  /** The working directory relative to `repository` (`project/`, empty at the top). */
  prefix: string;
  /** The object the ref names, when the ref was looked up (undefined: it names none). */
  object?: string | undefined;
  /** True when `object` is git's short id of the object (the probe's), not its full id. */
  abbreviated?: boolean | undefined;
}

/**
 * The output of `git rev-parse --show-toplevel --is-shallow-repository --show-prefix [--verify
 * --quiet --short --end-of-options <ref>]`: a line each, then the object's short id when the ref
 * resolves (exit 0) and nothing when it does not (exit 1); undefined when the output cannot be
 * read for sure. A folder name can hold a newline: a line more than expected could be a path's
 * or a second output of the ref (`main..main` prints two and fails), so it is never guessed.
 */
export function parsePlace(
  run: { status: number | null; stdout: string },
  withRef: boolean,
): Place | undefined {
  if (!(run.status === 0 || (withRef && run.status === 1))) return undefined;
  const lines = run.stdout.split('\n');
  if (lines.pop() !== '') return undefined;
  const found = withRef && run.status === 0;
  if (lines.length !== (found ? 4 : 3)) return undefined;
  const [repository = '', shallow, prefix = '', object] = lines;
  if (shallow !== 'true' && shallow !== 'false') return undefined;
  if (repository === '' || (found && !/^[0-9a-f]{4,64}$/.test(object ?? ''))) return undefined;
  return found
    ? { repository, shallow: shallow === 'true', prefix, object, abbreviated: true }
    : { repository, shallow: shallow === 'true', prefix, object: undefined };
}

/**
 * A fresh temporary folder, by its real path (a symlinked temp folder, as on macOS) as git
 * reports the repository's; a temp folder that is missing or not writable is a `git-base` error.
 */
function makeTempFolder(parent: string, ref: string): Result<string> {
  try {
    return ok(realpathSync(mkdtempSync(join(parent, 'vendor-eval-base-'))));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' || code === 'ENOTDIR'
        ? 'it does not exist'
        : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? 'permission denied'
          : code === 'ENOSPC'
            ? 'the disk is full'
            : (code ?? String(error));
    return failed([
      problem(
        `\`--base ${ref}\` needs a temporary folder to read the project into, and none can be made in ${parent}: ${why}`,
        'point TMPDIR (TEMP on Windows) at a folder that exists and can be written',
      ),
    ]);
  }
}

/**
 * Where the working directory is, one git call at a time: the repository (a `git-base` problem
 * when git is missing, refuses the repository or finds none), then whether it is shallow and the
 * prefix, then the object the ref names when `lookUp`.
 */
function placeBySteps(cwd: string, ref: string, lookUp: boolean): Result<Place> {
  const top = git(['rev-parse', '--show-toplevel'], cwd);
  if (top.error)
    return failed([
      problem(
        top.error.code === 'ENOENT'
          ? '`--base` reads the project at a git commit, but git is not installed'
          : `git could not be run: ${top.error.message}`,
        'install git, or leave out `--base`',
      ),
    ]);
  if (top.status !== 0 && top.stderr.includes('dubious ownership'))
    return failed([
      problem(
        `git refuses to read the repository: ${gitSaid(top)}`,
        `if the checkout is yours, mark it safe: \`git config --global --add safe.directory ${repositoryOf(top)}\` (in a CI container the checkout often belongs to another user)`,
      ),
    ]);
  if (top.status !== 0)
    return failed([
      problem(
        `\`--base ${ref}\` needs a git repository, and the working directory is not in one (git: ${gitSaid(top)})`,
        'run `check` inside the repository, or leave out `--base`',
      ),
    ]);
  const repository = top.stdout.toString('utf8').replace(/\n$/, '');
  const where = git(['rev-parse', '--is-shallow-repository', '--show-prefix'], cwd);
  const [shallowLine = '', ...prefixLines] = where.stdout.toString('utf8').split('\n');
  const shallow = shallowLine === 'true';
  const prefix = prefixLines.join('\n').replace(/\n$/, '');
  const object = lookUp ? objectOf(ref, cwd) : undefined;
  return ok({ repository, shallow, prefix, object });
}

/**
 * The YAML files (and symlinks) of the commit a ref names, read with git alone, and where the
 * working directory lies in the repository: what `writeSnapshot` writes.
 */
export interface CommittedFiles {
  /** The repository's top folder. */
  repository: string;
  /** The working directory relative to `repository` (`project/`, empty at the top). */
  prefix: string;
  /** The commit the ref names, in full. */
  commit: string;
  /** The same commit abbreviated as git abbreviates it (`3f2a1c9`). */
  short: string;
  /** True in a shallow clone. */
  shallow: boolean;
  /** The tree's YAML files and symlinks, by their path in the repository (`/`-separated). */
  entries: readonly { path: string; mode: string; oid: string }[];
  /** Their contents by object id (read once asked for). */
  blobs: () => Result<Map<string, Buffer>>;
}

/**
 * The project's YAML files as they were at `ref`, written into a fresh temporary folder that
 * mirrors the repository (symlinks as symlinks), read with git alone: no checkout, the working
 * tree, index and HEAD untouched. Only `*.yaml`/`*.yml` files are written, so a large repository
 * costs little. Problems (`git-base`): git not installed, the working directory outside a git
 * repository, a ref that names no commit (with the hint to fetch it). The caller must call
 * `cleanup()` when done.
 */
export async function snapshotAt(request: SnapshotRequest): Promise<Result<GitSnapshot>> {
  const files = await committedFiles(request);
  return files.ok ? writeSnapshot(files.value, request) : failed(files.issues);
}

/**
 * The YAML files of the commit `ref` names, and the working directory's place in the
 * repository (the first half of `snapshotAt`, which says what each problem is).
 */
export async function committedFiles(
  request: Pick<SnapshotRequest, 'cwd' | 'ref'>,
): Promise<Result<CommittedFiles>> {
  const { cwd, ref } = request;
  if (ref.trim() === '')
    return failed([
      problem(
        '`--base` needs a git ref (a branch, a tag or a commit), and it was given an empty one',
        'name the ref to compare with, e.g. `--base main`; in CI, check that the variable holding it is set',
      ),
    ]);
  // `main/` or `-x` is never looked up: the first is refused below, the second names nothing
  const lookUp = !ref.startsWith('-') && !ref.endsWith('/');
  const probe = git(
    [
      'rev-parse',
      '--show-toplevel',
      '--is-shallow-repository',
      '--show-prefix',
      ...(lookUp ? ['--verify', '--quiet', '--short', '--end-of-options', ref] : []),
    ],
    cwd,
  );
  // one process in the usual case; anything else (no repository, a path with a newline, a ref
  // git dies on) is settled by the separate calls, which word every problem
  const read = probe.error
    ? undefined
    : parsePlace({ status: probe.status, stdout: probe.stdout.toString('utf8') }, lookUp);
  const place = read ? ok(read) : placeBySteps(cwd, ref, lookUp);
  if (!place.ok) return failed(place.issues);
  const { repository, shallow, prefix } = place.value;

  // `--base "origin/$BASE_REF"` with the CI variable unset: say so, not "fetch origin/"
  if (ref.endsWith('/'))
    return failed([
      problem(
        `\`--base ${ref}\` names no commit: it ends in \`/\``,
        'name a branch, tag or commit (`--base main`); in CI, check that the variable holding the target branch is set',
      ),
    ]);
  const found = await commitFiles(place.value, ref, cwd);
  if (found === undefined) {
    const more = shallow ? ' (this clone is shallow: it holds only the latest commits)' : '';
    return failed([
      problem(
        `\`--base ${ref}\` names no commit of this repository${more}`,
        fetchHint(ref, remotesOf(cwd)),
      ),
    ]);
  }
  if (!found.ok) return failed(found.issues);
  const { commit, short, wanted, blobs } = found.value;
  // read once, whether to compare them first (same-as-committed.ts) or to write them
  return ok({ repository, prefix, commit, short, shallow, entries: wanted, blobs: once(blobs) });
}

/**
 * `files` written into a fresh temporary folder (in `request.tmpDir`, else the system's) that
 * mirrors the repository: the second half of `snapshotAt`.
 */
export function writeSnapshot(
  files: CommittedFiles,
  request: Pick<SnapshotRequest, 'ref' | 'tmpDir' | 'guard'>,
): Result<GitSnapshot> {
  const { repository, prefix, commit, short, shallow, entries: wanted } = files;
  const ref = request.ref;
  const made = makeTempFolder(request.tmpDir ?? tmpdir(), ref);
  if (!made.ok) return failed(made.issues);
  const root = made.value;
  const release = request.guard?.(root);
  // what the snapshot holds, for cleanup: the files and links written, the folders made
  let written: readonly string[] = [];
  const folders = new Set<string>();
  const cleanup = () => {
    removeSnapshot(root, written, [...folders]);
    release?.();
  };
  try {
    const blobs = files.blobs();
    if (!blobs.ok) {
      cleanup();
      return failed(blobs.issues);
    }
    written = writeTree(wanted, blobs.value, root, repository);
    const snapshotCwd = resolve(root, prefix);
    mkdirSync(snapshotCwd, { recursive: true });
    for (const made of [...written.map((path) => dirname(path)), snapshotCwd])
      for (let folder = made; folder.startsWith(root + sep); folder = dirname(folder))
        folders.add(folder);
    mapSnapshotConfig(snapshotCwd, { root, repository });
    return ok({ root, cwd: snapshotCwd, repository, commit, short, shallow, cleanup });
  } catch (error) {
    cleanup();
    throw error;
  }
}
