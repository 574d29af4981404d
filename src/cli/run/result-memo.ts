import { resolve } from 'node:path';
import { hashText } from '../../io/parse-cache.js';
import { openResultCache, type ResultCache } from '../../io/result-cache.js';
import { cachedReads, type SourceCache } from '../../io/source-cache.js';

/**
 * Costly results (the sensitivity draws, the tipping points) remembered from an earlier run of
 * the same inputs: `remember` gives the kept result when every file this run read has the same
 * text as then, the options and the tool's build are the same, and else computes it and keeps
 * it for the next run. The results are pure functions of those inputs (the draws are seeded),
 * so a kept one is the one the run would compute; `--no-cache` turns it off.
 */
export interface ResultMemo {
  /** The result under `name` for this run's inputs, kept or computed by `compute`. */
  remember<T>(name: string, compute: () => T): T;
  /** Writes what this run computed; ignores every error. */
  flush(): void;
}

/** A memo that remembers nothing: caching off, or inputs a result cannot be keyed by. */
export const noResultMemo: ResultMemo = {
  remember: (_name, compute) => compute(),
  flush: () => undefined,
};

/**
 * The memo of a run that has read its files through `sources`, with the command's `options`
 * (those that change what is computed: paths, set, method, weights, missing answers, …).
 * Called once the files are read, so the inputs are complete: every file in `sources` with the
 * hash of its text (a file read and found invalid, left out by `--skip-invalid`, counts too;
 * one that could not be read as text turns remembering off).
 */
export function resultMemo(
  cacheDir: string | undefined,
  cwd: string,
  sources: SourceCache,
  options: Record<string, unknown>,
): ResultMemo {
  if (cacheDir === undefined) return noResultMemo;
  const files: string[] = [];
  const paths: string[] = [];
  for (const { key, path, source } of cachedReads(sources)) {
    // a file that could not be read as text (invalid UTF-8, too large) is still read as bytes
    // by `--skip-invalid` (its `vendor:` line says which vendor to leave out): a run with one
    // remembers nothing, rather than key on what it cannot see (found in review)
    if (!source) return noResultMemo;
    paths.push(path);
    const hash = sources.parseCache?.hashOf(path) ?? hashText(source.text);
    files.push(JSON.stringify([key, hash]));
  }
  const identity = [resolve(cwd), ...paths.sort()].join('\n');
  const inputs = [JSON.stringify(options, plainJson), ...files.sort()].join('\n');
  return memoOf(openResultCache(cacheDir, identity, inputs));
}

function memoOf(cache: ResultCache | undefined): ResultMemo {
  if (!cache) return noResultMemo;
  return {
    remember<T>(name: string, compute: () => T): T {
      const kept = cache.get(name);
      if (kept !== undefined) return kept as T;
      const value = compute();
      cache.put(name, value);
      return value;
    },
    flush: () => cache.flush(),
  };
}

/** Maps and sets as entry lists, so options like `--weights` enter the key. */
function plainJson(_key: string, value: unknown): unknown {
  if (value instanceof Map) return [...value];
  if (value instanceof Set) return [...value];
  return value;
}
