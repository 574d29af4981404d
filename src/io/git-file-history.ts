// When each evaluator file was first committed with answers, read from git with a fixed number
// of processes whatever the number of files: one `git log` over the files' folders, one
// `git cat-file --batch` for the versions to read, one `git rev-list` for the ancestry.
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import type { FileHistoryFact, HistoryFacts } from '../core/analysis/independence.js';

interface Run {
  ok: boolean;
  stdout: Buffer;
}

function git(args: readonly string[], cwd: string, input?: string): Run {
  const run = spawnSync('git', ['-c', 'core.quotePath=off', ...args], {
    cwd,
    input,
    maxBuffer: Infinity,
    windowsHide: true,
  });
  return { ok: !run.error && run.status === 0, stdout: run.stdout ?? Buffer.alloc(0) };
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** One commit of the log: its id, author time and name, and the changes to the files asked. */
interface LogCommit {
  commit: string;
  time: number;
  author: string;
  /** [status letter, path, old path for a rename] in repository paths. */
  changes: [string, string, string | undefined][];
}

/** Parses `git log --format=%x01%H%x09%at%x09%an --name-status -z` (oldest first with --reverse). */
function parseLog(out: string): LogCommit[] {
  const commits: LogCommit[] = [];
  for (const chunk of out.split('\x01')) {
    if (!chunk) continue;
    const eol = chunk.indexOf('\n');
    const [commit = '', time = '0', author = ''] = chunk.slice(0, eol).split('\t');
    const fields = chunk
      .slice(eol + 1)
      .replace(/^\n/, '')
      .split('\0');
    const changes: LogCommit['changes'] = [];
    for (let i = 0; i < fields.length;) {
      const status = (fields[i] ?? '').trim();
      if (!status) {
        i++;
        continue;
      }
      if (status.startsWith('R') || status.startsWith('C')) {
        changes.push([status[0] as string, fields[i + 2] ?? '', fields[i + 1]]);
        i += 3;
      } else {
        changes.push([status[0] as string, fields[i + 1] ?? '', undefined]);
        i += 2;
      }
    }
    commits.push({ commit, time: Number(time), author, changes });
  }
  return commits;
}

/** Whether a vendor file's text holds at least one given answer (not only `~`). */
function hasAnswers(text: string): boolean {
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    return false;
  }
  if (data === null || typeof data !== 'object') return false;
  const answers = (data as Record<string, unknown>).answers;
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) return false;
  return Object.values(answers as Record<string, unknown>).some((a) => {
    if (a === null || a === undefined) return false;
    if (typeof a === 'object' && !Array.isArray(a))
      return (a as Record<string, unknown>).value != null;
    return true;
  });
}

/** Reads `<commit>:<path>` objects with one `git cat-file --batch`; missing ones are absent. */
function readVersions(specs: readonly string[], top: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!specs.length) return out;
  const run = git(['cat-file', '--batch'], top, specs.map((s) => `${s}\n`).join(''));
  if (!run.ok) return out;
  const buf = run.stdout;
  let at = 0;
  for (const spec of specs) {
    const eol = buf.indexOf(0x0a, at);
    if (eol < 0) break;
    const header = buf.toString('utf8', at, eol).split(' ');
    if (header[1] !== 'blob') {
      at = eol + 1;
      continue;
    }
    const size = Number(header[2]);
    out.set(spec, buf.toString('utf8', eol + 1, eol + 1 + size));
    at = eol + 1 + size + 1;
  }
  return out;
}

/**
 * For each file (paths as given, relative to `cwd` or absolute): the first commit that held it
 * with at least one answer, its author time and author, and whether it changed since (working
 * tree or index); `not-committed` when no commit holds it with answers, `outside-repository`
 * when it is not inside the repository. Renames inside the files' folders are followed. The
 * ancestry between those commits comes with it. Undefined when the first file is not in a git
 * repository (or git is missing): independence is then unknown, which is not an error.
 */
export function fileHistory(files: readonly string[], cwd: string): HistoryFacts | undefined {
  // the repository is the files' own, found from the first file's folder: the command may be
  // run from outside it (`vendor-eval consensus ~/rfp/vendors`)
  const at = files[0] === undefined ? cwd : dirname(real(resolve(cwd, files[0])));
  const topRun = git(['rev-parse', '--show-toplevel'], at);
  if (!topRun.ok) return undefined;
  const top = real(topRun.stdout.toString('utf8').replace(/\n$/, ''));
  const facts = new Map<string, FileHistoryFact>();
  const repoPath = new Map<string, string>();
  for (const f of files) {
    const rel = relative(top, real(resolve(cwd, f)));
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
      facts.set(f, { state: 'outside-repository' });
      continue;
    }
    repoPath.set(f, rel.split(sep).join('/'));
  }
  const paths = [...repoPath.values()];
  if (!paths.length) return { files: facts, ancestors: new Map() };

  // changed since the last commit: modified or staged, or never committed (untracked, added)
  const status = git(
    [
      'status',
      '--porcelain=v1',
      '-z',
      '--untracked-files=all',
      '--',
      ...paths.map((p) => `:(literal)${p}`),
    ],
    top,
  );
  const changed = new Set<string>();
  if (status.ok)
    for (const entry of status.stdout.toString('utf8').split('\0'))
      if (entry.length > 3) changed.add(entry.slice(3));

  // one log over the files' folders, so a rename inside them is seen as one
  const folders = [...new Set(paths.map((p) => dirname(p)))];
  const log = git(
    [
      'log',
      '--reverse',
      '--topo-order',
      '-M',
      '--name-status',
      '-z',
      '--format=%x01%H%x09%at%x09%an',
      'HEAD',
      '--',
      ...folders.map((d) => `:(literal)${d}`),
    ],
    top,
  );
  const commits = log.ok ? parseLog(log.stdout.toString('utf8')) : [];

  // each file's versions, oldest first, following renames back from its current path
  const versions = new Map<string, { commit: LogCommit; path: string }[]>();
  // the current name of every path seen, oldest first: walk forward, carrying renames
  const chains = new Map<string, { commit: LogCommit; path: string }[]>();
  for (const c of commits) {
    for (const [letter, path, old] of c.changes) {
      if (letter === 'D') {
        chains.delete(path);
        continue;
      }
      const chain =
        letter === 'R' && old !== undefined ? (chains.get(old) ?? []) : (chains.get(path) ?? []);
      if (letter === 'R' && old !== undefined) chains.delete(old);
      chains.set(path, [...chain, { commit: c, path }]);
    }
  }
  for (const p of paths) versions.set(p, chains.get(p) ?? []);

  const specs = [...versions.values()].flatMap((vs) =>
    vs.map((v) => `${v.commit.commit}:${v.path}`),
  );
  const texts = readVersions([...new Set(specs)], top);
  const firstCommits = new Set<string>();
  for (const [f, p] of repoPath) {
    const first = (versions.get(p) ?? []).find((v) =>
      hasAnswers(texts.get(`${v.commit.commit}:${v.path}`) ?? ''),
    );
    if (!first) {
      facts.set(f, { state: 'not-committed' });
      continue;
    }
    firstCommits.add(first.commit.commit);
    facts.set(f, {
      state: 'committed',
      commit: first.commit.commit,
      time: first.commit.time,
      author: first.commit.author,
      modified: changed.has(p),
    });
  }
  return { files: facts, ancestors: ancestry([...firstCommits], top) };
}

/** For each of `commits`, those of them that are its ancestors, from one `git rev-list`. */
function ancestry(commits: readonly string[], top: string): Map<string, Set<string>> {
  const out = new Map(commits.map((c) => [c, new Set<string>()]));
  if (commits.length < 2) return out;
  const run = git(['rev-list', '--parents', ...commits], top);
  if (!run.ok) return out;
  const parents = new Map<string, string[]>();
  for (const line of run.stdout.toString('utf8').split('\n')) {
    const [commit, ...rest] = line.split(' ');
    if (commit) parents.set(commit, rest);
  }
  const wanted = new Set(commits);
  for (const c of commits) {
    const seen = new Set<string>();
    const stack = [...(parents.get(c) ?? [])];
    while (stack.length) {
      const next = stack.pop() as string;
      if (seen.has(next)) continue;
      seen.add(next);
      if (wanted.has(next)) out.get(c)?.add(next);
      stack.push(...(parents.get(next) ?? []));
    }
  }
  return out;
}
