// The shipped criteria sets, loaded and validated at build time (scripts/build.mjs): a run that
// uses an unchanged shipped set takes its LoadedCriteria from dist/shipped/ instead
// of checking the seven files with zod and the rules again (about 25 ms of a cold `rank`).
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import type { LoadedCriteria } from './criteria-loader.js';
import { builtinCriteriaDir, shippedParse } from './builtin.js';
import { displayPath } from './display-path.js';
import { readCached, type SourceCache } from './source-cache.js';
import type { SourceFile } from './source.js';

/**
 * One shipped set as the build loaded it, with the working directory set to criteria/, so
 * every file it read is named by its path in criteria/ (`customer-service.yaml`).
 */
export interface PrevalidatedSet {
  /** the files the set read, in the order of `LoadedCriteria.sources`, relative to criteria/ */
  files: string[];
  /** `set` and `issues` of the LoadedCriteria, in the encoding of `encodeValue` */
  loaded: string;
}

/**
 * JSON that keeps what JSON alone loses in a loaded set: Maps (a scale's rubric), undefined
 * properties and non-finite numbers.
 */
export function encodeValue(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === undefined) return { $undefined: true };
    if (typeof v === 'number' && !Number.isFinite(v)) return { $number: String(v) };
    if (v instanceof Map) return { $map: [...(v as Map<unknown, unknown>).entries()] };
    return v;
  });
}

/**
 * The inverse of `encodeValue`; a property named `file` whose value is a key of `names` is
 * renamed (the build's file names become the ones shown from the working directory). Revives
 * the parsed JSON in place rather than copying it: this runs on every start that uses a shipped
 * set, and copying 175 KB of objects cost a warm `rank` about 4 ms of its ~100.
 */
export function decodeValue(text: string, names: ReadonlyMap<string, string>): unknown {
  const revive = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = revive(v[i]);
      return v;
    }
    const o = v as Record<string, unknown>;
    if (o.$undefined === true) return undefined;
    if (typeof o.$number === 'string') return Number(o.$number);
    if (Array.isArray(o.$map))
      return new Map((o.$map as unknown[]).map((e) => revive(e) as [unknown, unknown]));
    for (const k in o) {
      const x = o[k];
      o[k] = k === 'file' && typeof x === 'string' ? (names.get(x) ?? x) : revive(x);
    }
    return o;
  };
  return revive(JSON.parse(text));
}

/**
 * The set and issues of `loaded` encoded for dist/shipped/, or undefined when the
 * encoding would not give them back exactly (then the run loads the set as usual).
 */
export function prevalidate(loaded: LoadedCriteria): PrevalidatedSet | undefined {
  if (!loaded.set) return undefined;
  const value = { set: loaded.set, issues: loaded.issues };
  const text = encodeValue(value);
  if (!isDeepStrictEqual(decodeValue(text, new Map()), value)) return undefined;
  return { files: [...loaded.sources.keys()], loaded: text };
}

/**
 * The LoadedCriteria of the shipped set at `file` as validated at build time, or undefined when
 * there is none or any file it read has changed since (a user edited the installed package):
 * then the caller loads it as usual. The sources are read through the run's cache, so the
 * files are known to the run as if the set had been loaded.
 */
export function loadPrevalidated(
  file: string,
  cwd: string,
  cache: SourceCache,
): LoadedCriteria | undefined {
  const entry = shippedParse(file)?.prevalidated;
  if (!entry) return undefined;
  const dir = builtinCriteriaDir();
  const names = new Map<string, string>();
  const sources = new Map<string, SourceFile>();
  for (const name of entry.files) {
    const abs = join(dir, name);
    const built = shippedParse(abs);
    const display = displayPath(abs, cwd);
    const read = readCached(abs, display, cache);
    const text = built?.text.startsWith('\uFEFF') ? built.text.slice(1) : built?.text;
    if (!read.source || read.issues.length > 0 || read.source.text !== text) return undefined;
    names.set(name, display);
    sources.set(read.source.file, read.source);
  }
  const { set, issues } = decodeValue(entry.loaded(), names) as Omit<LoadedCriteria, 'sources'>;
  return { set, issues, sources };
}
