import type { FileIndependence, IndependenceResult, SeenFile } from '../model/independence.js';

/** One evaluator's file of a vendor, as the loader found it. */
export interface EvaluatorFileRef {
  vendor: string;
  evaluator: string;
  /** The file as shown; also the key of `HistoryFacts.files`. */
  file: string;
}

/** What git says about one file. */
export type FileHistoryFact =
  | {
      state: 'committed';
      /** The first commit that held the file with answers. */
      commit: string;
      /** Its author time, in seconds since the epoch. */
      time: number;
      author: string;
      /** Changed in the working tree or the index since it was last committed. */
      modified: boolean;
    }
  | { state: 'not-committed' }
  | { state: 'outside-repository' };

/** The git history of the evaluator files, as io read it. */
export interface HistoryFacts {
  /** File (as in `EvaluatorFileRef.file`) → what git says about it. */
  files: ReadonlyMap<string, FileHistoryFact>;
  /** A commit of `files` → those commits of `files` that are its ancestors (itself excluded). */
  ancestors: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Seconds since the epoch as ISO 8601 in UTC, to the second (`2026-03-01T10:00:00Z`). */
export function isoTime(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Judges, for every vendor with files by two or more evaluators, whether each evaluator's file
 * was committed before its author could have seen another evaluator's scores of the vendor.
 * Another evaluator's file counts as seen when its first commit with answers is an ancestor of
 * this file's (it was in the history the evaluator worked on), or, on another line of history,
 * has an earlier author time (it could have been fetched). Two files added in the same commit
 * did not see each other. Without `history` (not a git repository) every file is `unknown`.
 */
export function judgeIndependence(
  files: readonly EvaluatorFileRef[],
  history: HistoryFacts | undefined,
): IndependenceResult {
  const byVendor = new Map<string, EvaluatorFileRef[]>();
  for (const f of files) byVendor.set(f.vendor, [...(byVendor.get(f.vendor) ?? []), f]);
  const out: FileIndependence[] = [];
  for (const group of byVendor.values()) {
    if (new Set(group.map((f) => f.evaluator)).size < 2) continue;
    for (const f of group) out.push(judgeFile(f, group, history));
  }
  return { repository: history !== undefined, files: out };
}

function judgeFile(
  f: EvaluatorFileRef,
  group: readonly EvaluatorFileRef[],
  history: HistoryFacts | undefined,
): FileIndependence {
  const base = { vendor: f.vendor, evaluator: f.evaluator, file: f.file };
  if (!history) return { ...base, status: 'unknown', commit: null, committedAt: null, sawFrom: [] };
  const fact = history.files.get(f.file) ?? { state: 'not-committed' };
  if (fact.state !== 'committed')
    return {
      ...base,
      status: 'uncommitted',
      commit: null,
      committedAt: null,
      sawFrom: [],
      reason: fact.state,
    };
  const dated = { commit: fact.commit, committedAt: isoTime(fact.time) };
  if (fact.modified)
    return { ...base, status: 'uncommitted', ...dated, sawFrom: [], reason: 'modified' };
  const mine = history.ancestors.get(fact.commit) ?? new Set<string>();
  const seen: (SeenFile & { time: number })[] = [];
  for (const other of group) {
    if (other.evaluator === f.evaluator) continue;
    const o = history.files.get(other.file);
    if (o?.state !== 'committed' || o.commit === fact.commit) continue;
    const inHistory = mine.has(o.commit);
    // on another line of history, earlier by the clock: it could have been fetched, unless
    // this file's commit is the other's ancestor (then it came first, whatever the clocks say)
    const earlier =
      !inHistory && o.time < fact.time && !history.ancestors.get(o.commit)?.has(fact.commit);
    if (!inHistory && !earlier) continue;
    seen.push({
      evaluator: other.evaluator,
      file: other.file,
      commit: o.commit,
      committedAt: isoTime(o.time),
      inHistory,
      time: o.time,
    });
  }
  seen.sort((a, b) => a.time - b.time || a.evaluator.localeCompare(b.evaluator));
  return {
    ...base,
    status: seen.length ? 'not-independent' : 'independent',
    ...dated,
    sawFrom: seen.map(({ time: _time, ...s }) => s),
  };
}
