import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { buildId } from '../build-id.js';
import { version } from '../version.js';
import { writeFileAtomic } from './atomic-write.js';

/**
 * Bump when what a parse gives for the same bytes changes (the fast path, `parseSource`'s
 * options): entries of another format are ignored.
 */
const formatVersion = 1;

/** What a cache file must say of itself to be used: the tool and build that wrote it. */
const stamp = `${formatVersion}:${version}:${buildId()}`;

/** One file's entry: the hash of its text and its data. */
type Entry = [hash: string, data: unknown];

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
}

/**
 * Parsed data of YAML files from earlier runs, so unchanged files are not parsed again (as
 * `eslint --cache` does). One cache file per folder of inputs, under `<cacheDir>/parse/`, named
 * by a hash of the folder's absolute path; in it each file's data under its name with the hash of
 * its text. A cache file from another tool version or build, or one that cannot be read or
 * parsed, is ignored; writing ignores every error too. Only data that JSON gives back exactly is
 * kept (no ±Infinity, NaN, -0, undefined or `__proto__` key), and only for files that parsed
 * with no issue (the caller's part).
 */
export class ParseCache {
  private readonly folders = new Map<string, FolderCache>();

  /** @param dir the run's cache folder (`CliContext.cacheDir`) */
  constructor(private readonly dir: string) {}

  /**
   * The data of the file at `path` if its `text` is the one cached (`hit`), else the hash to
   * `put` its data under once parsed.
   */
  get(path: string, text: string): { hit: true; data: unknown } | { hit: false; hash: string } {
    const folder = this.folder(path);
    const name = basename(path);
    const hash = hashText(text);
    const entry = folder.entries[name];
    if (!entry || entry[0] !== hash) return { hit: false, hash };
    folder.entries[name] = undefined;
    return { hit: true, data: entry[1] };
  }

  /**
   * Remembers the data of the file at `path`, whose text has `hash` (from `get`); data JSON
   * cannot give back exactly is skipped, as is an entry the cache file holds already.
   */
  put(path: string, hash: string, data: unknown): void {
    const name = basename(path);
    const folder = this.folder(path);
    if (folder.hashes.get(name) === hash || !roundTrips(data, 0)) return;
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
      if (folder.added.size === 0) continue;
      try {
        mkdirSync(join(this.dir, 'parse'), { recursive: true });
        writeFileAtomic(cacheFile(this.dir, folderPath), formatCacheFile(folderPath, folder));
      } catch {
        // a read-only or missing cache folder only costs speed next time
      }
    }
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

/** A parse cache in `dir`, or none when caching is off (`--no-cache`: `dir` undefined). */
export function openParseCache(dir: string | undefined): ParseCache | undefined {
  return dir === undefined ? undefined : new ParseCache(dir);
}

function cacheFile(dir: string, folderPath: string): string {
  return join(dir, 'parse', `${hashText(folderPath)}.json`);
}

function readCacheFile(file: string): FolderCache {
  const empty = (): FolderCache => ({ text: '', entries: {}, hashes: new Map(), added: new Map() });
  try {
    const text = readFileSync(file, 'utf8');
    const parsed = JSON.parse(text) as { stamp?: unknown; entries?: unknown };
    if (parsed.stamp !== stamp || !isRecord(parsed.entries)) return empty();
    const entries: FolderCache['entries'] = {};
    const hashes = new Map<string, string>();
    for (const [name, entry] of Object.entries(parsed.entries)) {
      if (Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string') {
        entries[name] = [entry[0], entry[1]];
        hashes.set(name, entry[0]);
      }
    }
    return { text, entries, hashes, added: new Map() };
  } catch {
    return empty();
  }
}

/**
 * The new cache file: this run's entries, then the earlier ones of files that still exist (read
 * again from the old text, since the objects handed out may have been changed by their users).
 */
function formatCacheFile(folderPath: string, folder: FolderCache): string {
  const parts: string[] = [];
  for (const [name, [hash, json]] of folder.added) {
    parts.push(`${JSON.stringify(name)}:[${JSON.stringify(hash)},${json}]`);
  }
  if (folder.text) {
    for (const [name, entry] of Object.entries(oldEntries(folder.text))) {
      if (folder.added.has(name) || !existsSync(join(folderPath, name))) continue;
      parts.push(`${JSON.stringify(name)}:${JSON.stringify(entry)}`);
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

/** Whether `JSON.parse(JSON.stringify(data))` gives back exactly `data` (plain, finite, no -0). */
function roundTrips(data: unknown, depth: number): boolean {
  if (depth > 64) return false;
  switch (typeof data) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(data) && !Object.is(data, -0);
    case 'object': {
      if (data === null) return true;
      if (Array.isArray(data)) {
        for (let i = 0; i < data.length; i++) {
          if (!(i in data) || !roundTrips(data[i], depth + 1)) return false;
        }
        return true;
      }
      if (Object.getPrototypeOf(data) !== Object.prototype) return false;
      for (const key of Object.keys(data)) {
        if (key === '__proto__') return false;
        if (!roundTrips((data as Record<string, unknown>)[key], depth + 1)) return false;
      }
      return true;
    }
    default:
      return false;
  }
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
