import { isId } from '../core/model/ids.js';
import type { PrevalidatedSet } from './builtin-prevalidated.js';
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

/** A shipped file as the build parsed it (and, for a set that loads, validated it: see builtin-prevalidated). */
export interface ShippedEntry {
  text: string;
  data: unknown;
  prevalidated?: PrevalidatedSet | undefined;
}

const shippedCache = new Map<string, ShippedEntry | undefined>();

/**
 * A shipped YAML file (the criteria sets, the examples) as parsed at build time
 * (`dist/shipped/<its path>.json`, scripts/build.mjs), or undefined for any other file or when
 * not built. Parsing YAML is most of a first run's work, so `readSource` uses the entry when
 * the file's text is still exactly the text that was parsed. One small file per shipped file:
 * a run reads only the entries of the files it reads.
 */
export function shippedParse(path: string): ShippedEntry | undefined {
  if (shippedCache.has(path)) return shippedCache.get(path);
  let entry: ShippedEntry | undefined;
  try {
    const root = packageRoot();
    const rel = relative(root, path);
    if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) {
      const file = join(root, 'dist', 'shipped', `${rel}.json`);
      if (existsSync(file)) entry = JSON.parse(readFileSync(file, 'utf8')) as ShippedEntry;
    }
  } catch {
    // a missing or unreadable entry only costs speed: the file is parsed as usual
  }
  shippedCache.set(path, entry);
  return entry;
}
