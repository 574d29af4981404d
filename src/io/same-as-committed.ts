// Whether the project at a ref is the working tree's, file for file: then `check --base` knows
// the ranking at the ref without writing the ref's files out and evaluating them again (an
// evaluation reads files and tests paths, nothing else, so the same files give the same ranking).
import { isUtf8 } from 'node:buffer';
import { readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, join, posix, relative, sep } from 'node:path';
import { packageRoot } from './builtin.js';
import type { CommittedFiles } from './git-snapshot.js';
import { withoutBom } from './source.js';
import { walkSkips } from './walk.js';

/**
 * A file the working tree's evaluation looked up: its absolute path, and its source when it
 * could be read as text (`text` as the evaluation read it: asked for only when compared).
 */
export interface LookedUp {
  path: string;
  source: { readonly text: string } | undefined;
}

/** What the working tree's evaluation depended on. */
export interface WorkingTreeInputs {
  /** Every file it looked up (the run's source cache records each, read or not). */
  lookedUp: readonly LookedUp[];
  /**
   * Every path it needed to exist without reading it as a file: the project file's `vendors:`
   * entries (a folder of no YAML file exists in the working tree, not in the snapshot).
   */
  required: readonly string[];
}

/**
 * True when evaluating the snapshot of `files` would meet exactly what the working tree's
 * evaluation met (`inputs`, from `cwd`):
 * - every file it looked up in the repository is a file of the commit whose text is the text it
 *   evaluated (not a new vendor, not a file it could not read, not a file edited since);
 * - every file it looked up outside the repository is vendor-eval's own (a built-in set, read by
 *   its absolute path from either folder); any other might be read otherwise from the snapshot,
 *   and vendor-eval installed inside the repository is not committed;
 * - every path it needed to exist is in the snapshot (a file of the commit, or a folder holding
 *   one), and every file of the commit there that it would meet (a `vendors:` folder's YAML
 *   files, as the walk finds them) it read;
 * - every YAML file of the commit, anywhere in the repository, is a regular file (a committed
 *   link may lead elsewhere from the snapshot) and lies in the working tree at the same path,
 *   as a file reached through no link (a link there counts once where the snapshot has two
 *   files), with the same bytes: the snapshot holds nothing the working tree does not.
 * False whenever unsure: `check --base` then evaluates the snapshot as usual.
 */
export function sameAsCommitted(
  files: CommittedFiles,
  inputs: WorkingTreeInputs,
  cwd: string,
  packageDir: string = packageRoot(),
): boolean {
  const blobs = files.blobs();
  if (!blobs.ok) return false;
  const committed = new Map<string, Buffer>();
  for (const entry of files.entries) {
    const bytes = blobs.value.get(entry.oid);
    if ((entry.mode !== '100644' && entry.mode !== '100755') || !bytes) return false;
    committed.set(entry.path, bytes);
  }
  // a path from the working directory as a path in the repository, undefined outside it
  const inRepository = (path: string): string | undefined => {
    const fromCwd = relative(cwd, path);
    if (isAbsolute(fromCwd)) return undefined;
    const inside = posix.normalize(files.prefix + fromCwd.split(sep).join('/'));
    return inside === '..' || inside.startsWith('../') ? undefined : inside;
  };
  const read = new Set<string>();
  for (const file of inputs.lookedUp) {
    const path = inRepository(file.path);
    if (path === undefined) {
      if (!within(packageDir, file.path)) return false;
      continue;
    }
    const bytes = committed.get(path);
    if (
      !file.source ||
      !bytes ||
      !isUtf8(bytes) ||
      withoutBom(bytes.toString('utf8')) !== file.source.text
    )
      return false;
    read.add(path);
  }
  for (const need of inputs.required) {
    const path = inRepository(need);
    if (path === undefined) {
      if (!within(packageDir, need)) return false;
      continue;
    }
    if (committed.has(path)) {
      if (!read.has(path)) return false;
      continue;
    }
    // a folder: in the snapshot only if it holds a file of the commit; and every file of the
    // commit its walk would find there was read (as the evaluation read it, not as it may be
    // now: a file put back during the run)
    const folder = path === '.' ? '' : `${path}/`;
    const below = [...committed.keys()].filter((p) => p.startsWith(folder));
    if (below.length === 0) return false;
    const walked = below.filter((p) => !p.slice(folder.length).split('/').some(walkSkips));
    if (walked.some((p) => !read.has(p))) return false;
  }
  for (const [path, bytes] of committed) {
    const file = join(files.repository, ...path.split('/'));
    // a file the evaluation read is compared above, as it read it (not as it may be now)
    if (!(read.has(path) ? reachedWithoutLinks(file) : holds(file, bytes))) return false;
  }
  return true;
}

/**
 * Whether `path` names itself, through no symbolic link (the repository's path, from git, is
 * already its real path).
 */
function reachedWithoutLinks(path: string): boolean {
  try {
    return realpathSync(path) === path;
  } catch {
    return false;
  }
}

/** Whether the file at `path`, reached through no link, holds exactly `bytes`. */
function holds(path: string, bytes: Buffer): boolean {
  try {
    return reachedWithoutLinks(path) && readFileSync(path).equals(bytes);
  } catch {
    return false;
  }
}

/** Whether `path` lies inside the folder `dir`. */
function within(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
