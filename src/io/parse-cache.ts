import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { buildId } from '../build-id.js';
import { version } from '../version.js';
import { writeFileAtomic } from './atomic-write.js';
import { roundTrips } from './json-exact.js';

/**
 * Bump when what a parse gives for the same bytes changes (the fast path, `parseSource`'s
 * options), or the file's layout does: entries of another format are ignored. 2: an entry may
 * carry the checks its data passed.
 */
const formatVersion = 2;

/** What a cache file must say of itself to be used: the tool and build that wrote it. */
const stamp = `${formatVersion}:${version}:${buildId()}`;

/** One file's entry: the hash of its text, its data and the checks it passed (`markPassed`). */
type Entry = [hash: string, data: unknown, passed?: string[]];

/** What this run learnt of a file it looked up: its text and the checks that text passed. */
interface Seen {
  text: string;
  hash: string;
  passed: Set<string>;
  /** True when the entry came from the cache file (a new check is written to its old entry). */
  hit: boolean;
}

/** One folder's cache file, read at most once per run. */
interface FolderCache {
  /** The cache file's text as read ('' when there was none), to rewrite unchanged entries. */
  text: string;
  /** Its entries by file name; a hit is taken out, so no one else gets the same objects. */
  entries: Record<string, Entry | undefined>;
  /** The hash each file had in the cache file, to tell whether a new entry changes anything. */
  hashes: Map<string, string>;
  /** New entries of this run, data as JSON (made before any loader could touch the objects). */
  added: Map<string, [hash: string, json: string]>;
  /** Files of this run, by name, as looked up (`get`), with the checks their text passed. */
  seen: Map<string, Seen>;
  /** Names of cached files whose text passed a check the cache file does not say yet. */
  marked: Set<string>;
}

/**
 * Parsed data of YAML files from earlier runs, so unchanged files are not parsed again (as
 * `eslint --cache` does). One cache file per folder of inputs, under `<cacheDir>/parse/`, named
 * by a hash of the folder's absolute path; in it each file's data under its name with the hash of
 * its text. A cache file from another tool version or build, or one that cannot be read or
 * parsed, is ignored; writing ignores every error too. Only data that JSON gives back exactly is
 * kept (no ±Infinity, NaN, -0, undefined or `__proto__` key), and only for files that parsed
 * with no issue (the caller's part). An entry also remembers the checks of its data that passed
 * (`markPassed`), so that a costly check of unchanged content is not made again: the stamp ties
 * them to the build, so a changed check (a new schema) starts afresh.
 */
export class ParseCache {
  private readonly folders = new Map<string, FolderCache>();

  /**
   * @param dir the run's cache folder (`CliContext.cacheDir`)
   * @param view a read-only view (`check --base`): files under `view.from` (a snapshot of the
   *   repository at a ref) are looked up as the same files under `view.to` (the working tree),
   *   whose entries hold when the text is the same; nothing is written, so the working tree's
   *   entries are never replaced by the ref's
   */
  constructor(
    private readonly dir: string,
    private readonly view?: CacheView,
  ) {}

  /**
   * The data of the file at `path` if its `text` is the one cached (`hit`), else the hash to
   * `put` its data under once parsed.
   */
  get(at: string, text: string): { hit: true; data: unknown } | { hit: false; hash: string } {
    const path = this.seenAs(at);
    if (path === undefined) return { hit: false, hash: hashText(text) };
    const folder = this.folder(path);
    const name = basename(path);
    const hash = hashText(text);
    const entry = folder.entries[name];
    if (!entry || entry[0] !== hash) {
      folder.seen.set(name, { text, hash, passed: new Set(), hit: false });
      return { hit: false, hash };
    }
    folder.entries[name] = undefined;
    folder.seen.set(name, { text, hash, passed: new Set(entry[2]), hit: true });
    return { hit: true, data: entry[1] };
  }

  /**
   * The hash of the text this run looked up for the file at `path` (`get`), or undefined when
   * it looked up none: what `ResultCache` keys a result by, without hashing the text again.
   */
  hashOf(at: string): string | undefined {
    const path = this.seenAs(at);
    if (path === undefined) return undefined;
    return this.folder(path).seen.get(basename(path))?.hash;
  }

  /**
   * Whether the data of the file at `path`, as parsed from `text` in this run, passed the check
   * `kind` in an earlier run (or earlier in this one): then it need not be made again. False for
   * a file this cache did not give or take the data of, or whose text has changed since.
   */
  passed(at: string, text: string, kind: string): boolean {
    const path = this.seenAs(at);
    if (path === undefined) return false;
    const seen = this.folder(path).seen.get(basename(path));
    return seen !== undefined && seen.text === text && seen.passed.has(kind);
  }

  /**
   * Remembers that the data of the file at `path`, as parsed from `text` in this run, passed the
   * check `kind` unchanged (the check's output is that data): later runs may skip the check while
   * the text stays the same. Nothing is kept for a file whose data the cache does not hold.
   */
  markPassed(path: string, text: string, kind: string): void {
    if (this.view) return;
    const folder = this.folder(path);
    const name = basename(path);
    const seen = folder.seen.get(name);
    if (!seen || seen.text !== text || seen.passed.has(kind)) return;
    seen.passed.add(kind);
    if (seen.hit) folder.marked.add(name);
  }

  /**
   * Remembers the data of the file at `path`, whose text has `hash` (from `get`); data JSON
   * cannot give back exactly is skipped, as is an entry the cache file holds already.
   */
  put(path: string, hash: string, data: unknown): void {
    if (this.view) return;
    const name = basename(path);
    const folder = this.folder(path);
    if (folder.hashes.get(name) === hash || !roundTrips(data)) return;
    let json: string;
    try {
      json = JSON.stringify(data);
    } catch {
      return;
    }
    folder.added.set(name, [hash, json]);
  }

  /** Writes each folder's cache file whose entries changed in this run; ignores every error. */
  flush(): void {
    for (const [folderPath, folder] of this.folders) {
      if (folder.added.size === 0 && folder.marked.size === 0) continue;
      try {
        mkdirSync(join(this.dir, 'parse'), { recursive: true });
        writeFileAtomic(cacheFile(this.dir, folderPath), formatCacheFile(folderPath, folder));
      } catch {
        // a read-only or missing cache folder only costs speed next time
      }
    }
  }

  /** The path a file is cached under: itself, or through the view (undefined: outside it). */
  private seenAs(path: string): string | undefined {
    if (!this.view) return path;
    const abs = resolve(path);
    return abs.startsWith(this.view.from + sep)
      ? join(this.view.to, abs.slice(this.view.from.length + 1))
      : undefined;
  }

  private folder(path: string): FolderCache {
    const folderPath = dirname(resolve(path));
    let folder = this.folders.get(folderPath);
    if (!folder) {
      folder = readCacheFile(cacheFile(this.dir, folderPath));
      this.folders.set(folderPath, folder);
    }
    return folder;
  }
}

/** Files under `from` read as the same files under `to` (`ParseCache`'s `view`). */
export interface CacheView {
  from: string;
  to: string;
}

/**
 * A parse cache in `dir`, or none when caching is off (`--no-cache`: `dir` undefined); with a
 * `view`, a read-only one that looks files under `view.from` up as files under `view.to`.
 */
export function openParseCache(dir: string | undefined, view?: CacheView): ParseCache | undefined {
  return dir === undefined
    ? undefined
    : new ParseCache(dir, view && { from: resolve(view.from), to: resolve(view.to) });
}

function cacheFile(dir: string, folderPath: string): string {
  return join(dir, 'parse', `${hashText(folderPath)}.json`);
}

function readCacheFile(file: string): FolderCache {
  const empty = (): FolderCache => ({
    text: '',
    entries: {},
    hashes: new Map(),
    added: new Map(),
    seen: new Map(),
    marked: new Set(),
  });
  try {
    const text = readFileSync(file, 'utf8');
    const parsed = JSON.parse(text) as { stamp?: unknown; entries?: unknown };
    if (parsed.stamp !== stamp || !isRecord(parsed.entries)) return empty();
    const entries: FolderCache['entries'] = {};
    const hashes = new Map<string, string>();
    for (const [name, entry] of Object.entries(parsed.entries)) {
      if (isEntry(entry)) {
        entries[name] = entry;
        hashes.set(name, entry[0]);
      }
    }
    return { ...empty(), text, entries, hashes };
  } catch {
    return empty();
  }
}

/** `[hash, data]` or `[hash, data, passed]`, as `readCacheFile` accepts an entry. */
function isEntry(entry: unknown): entry is Entry {
  if (!Array.isArray(entry) || typeof entry[0] !== 'string') return false;
  if (entry.length === 2) return true;
  const passed: unknown = entry[2];
  return entry.length === 3 && Array.isArray(passed) && passed.every((k) => typeof k === 'string');
}

/**
 * The new cache file: this run's entries, then the earlier ones of files that still exist (read
 * again from the old text, since the objects handed out may have been changed by their users),
 * each with the checks its text passed.
 */
function formatCacheFile(folderPath: string, folder: FolderCache): string {
  const parts: string[] = [];
  const passedPart = (passed: Iterable<string>): string => {
    const kinds = [...passed].sort();
    return kinds.length > 0 ? `,${JSON.stringify(kinds)}` : '';
  };
  for (const [name, [hash, json]] of folder.added) {
    const seen = folder.seen.get(name);
    const passed = seen && !seen.hit && seen.hash === hash ? seen.passed : [];
    parts.push(`${JSON.stringify(name)}:[${JSON.stringify(hash)},${json}${passedPart(passed)}]`);
  }
  if (folder.text) {
    for (const [name, entry] of Object.entries(oldEntries(folder.text))) {
      if (folder.added.has(name) || !existsSync(join(folderPath, name))) continue;
      const seen = folder.marked.has(name) ? folder.seen.get(name) : undefined;
      if (seen && isEntry(entry) && seen.hash === entry[0]) {
        const passed = new Set([...(entry[2] ?? []), ...seen.passed]);
        parts.push(
          `${JSON.stringify(name)}:${JSON.stringify([entry[0], entry[1]]).slice(0, -1)}${passedPart(passed)}]`,
        );
      } else {
        parts.push(`${JSON.stringify(name)}:${JSON.stringify(entry)}`);
      }
    }
  }
  return `{"stamp":${JSON.stringify(stamp)},"entries":{${parts.join(',')}}}\n`;
}

function oldEntries(text: string): Record<string, unknown> {
  const parsed = JSON.parse(text) as { entries: Record<string, unknown> };
  return parsed.entries;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A 64-bit hash of a text (cyrb53's mixing, twice over 32 bits) with its length, as hex. Not
 * cryptographic: it tells an edited file from the cached one; `node:crypto` would cost ~10 ms
 * of loading on every run.
 */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${(h1 >>> 0).toString(16)}${(h2 >>> 0).toString(16).padStart(8, '0')}-${text.length.toString(36)}`;
}
