import { resolve } from 'node:path';
import type { Issue } from '../core/issues.js';
import { openParseCache, type CacheView, type ParseCache } from './parse-cache.js';
import { readSource, type SourceFile } from './source.js';

/**
 * Parsed files of one run, keyed by absolute path and the name shown for it: every loader takes
 * its sources from here, so a file read to tell its kind is not parsed again to load it. It
 * carries the run's parse cache (files parsed by earlier runs), if caching is on.
 */
export interface SourceCache extends Map<
  string,
  { source?: SourceFile | undefined; issues: Issue[] }
> {
  parseCache?: ParseCache | undefined;
  /**
   * False to load every shipped set from its files as written, never as the build loaded it
   * (`loadPrevalidated`): the tests compare the two.
   */
  prevalidated?: boolean | undefined;
}

/** A fresh cache for one run, reading through `parseCache` when given. */
export function createSourceCache(
  parseCache?: ParseCache,
  options: { prevalidated?: boolean } = {},
): SourceCache {
  const cache: SourceCache = new Map();
  cache.parseCache = parseCache;
  if (options.prevalidated === false) cache.prevalidated = false;
  return cache;
}

/**
 * A fresh cache for one run of a command, reading through the parse cache of the run's cache
 * folder (`CliContext.cacheDir`; none with `--no-cache`), or a read-only `view` of it. The
 * command flushes `parseCache` once its inputs are read.
 */
export function runSourceCache(cacheDir: string | undefined, view?: CacheView): SourceCache {
  return createSourceCache(openParseCache(cacheDir, view));
}

/** `readSource` through the run's cache: each file is read and parsed once. */
export function readCached(
  path: string,
  display: string,
  cache: SourceCache = createSourceCache(),
): { source?: SourceFile | undefined; issues: Issue[] } {
  const key = sourceKey(path, display);
  const hit = cache.get(key);
  if (hit) return hit;
  const read = readSource(path, display, cache.parseCache);
  cache.set(key, read);
  return read;
}

/** A file's key in the cache: its absolute path, then the name shown for it. */
const sourceKey = (path: string, display: string) => `${resolve(path)}\n${display}`;

/**
 * Every file the run looked up, read or not, by its key (unique per path and shown name) and
 * absolute path, with its source when it could be read as text.
 */
export function cachedReads(
  cache: SourceCache,
): { key: string; path: string; source: SourceFile | undefined }[] {
  return [...cache].map(([key, { source }]) => ({
    key,
    path: key.slice(0, key.indexOf('\n')),
    source,
  }));
}

/** Every source the run has parsed (the criteria files too), by its shown name, for placement. */
export function cachedSources(cache: SourceCache): Map<string, SourceFile> {
  const out = new Map<string, SourceFile>();
  for (const { source } of cache.values()) if (source) out.set(source.file, source);
  return out;
}
