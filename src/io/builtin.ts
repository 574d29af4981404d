import { isId } from '../core/model/ids.js';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | undefined;

/**
 * The package's root folder (the one holding `criteria/`), found by walking up from this
 * module: the bundle lives in `dist/`, the sources in `src/io/`, so the depth differs.
 */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'criteria'))) {
      cachedRoot = dir;
      return dir;
    }
    dir = dirname(dir);
  }
  throw new Error('vendor-eval cannot find its criteria/ folder');
}

/** Folder of the shipped criteria sets. */
export function builtinCriteriaDir(): string {
  return join(packageRoot(), 'criteria');
}

/** Ids of the shipped criteria sets, sorted. */
export function builtinSetIds(): string[] {
  return readdirSync(builtinCriteriaDir())
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

/** The file of a built-in set, or undefined when `id` names none. */
export function builtinSetFile(id: string): string | undefined {
  if (!isId(id)) return undefined;
  const file = join(builtinCriteriaDir(), `${id}.yaml`);
  return existsSync(file) ? file : undefined;
}

/**
 * A shipped file as the build parsed it (and, for a set that loads, validated it: see
 * builtin-prevalidated). Its text is what a run compares; its data and its set are read from
 * files of their own on first use, since a run that takes a set from the build reads only the
 * texts of the files the set includes.
 */
export interface ShippedEntry {
  text: string;
  /** the file's data, read on first use */
  data: () => unknown;
  /** for a shipped set: the files it read, and its loaded result as `encodeValue` wrote it */
  prevalidated?: { files: string[]; loaded: () => string } | undefined;
}

const shippedCache = new Map<string, ShippedEntry | undefined>();

/**
 * A shipped YAML file (the criteria sets, the examples) as parsed at build time
 * (`dist/shipped/<its path>.json`, with `.data.json` and, for a set, `.set.json` beside it;
 * scripts/build.mjs), or undefined for any other file or when not built. Parsing YAML is most of
 * a first run's work, so `readSource` uses the entry when the file's text is still exactly the
 * text that was parsed. One small file per shipped file: a run reads only what it needs.
 */
export function shippedParse(path: string): ShippedEntry | undefined {
  if (shippedCache.has(path)) return shippedCache.get(path);
  let entry: ShippedEntry | undefined;
  try {
    const root = packageRoot();
    const rel = relative(root, path);
    if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) {
      const base = join(root, 'dist', 'shipped', rel);
      if (existsSync(`${base}.json`)) {
        const head = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as {
          text: string;
          files?: string[];
        };
        entry = {
          text: head.text,
          data: () => JSON.parse(readFileSync(`${base}.data.json`, 'utf8')) as unknown,
          prevalidated: head.files && {
            files: head.files,
            loaded: () => readFileSync(`${base}.set.json`, 'utf8'),
          },
        };
      }
    }
  } catch {
    // a missing or unreadable entry only costs speed: the file is parsed as usual
  }
  shippedCache.set(path, entry);
  return entry;
}
