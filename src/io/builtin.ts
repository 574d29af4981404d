import { isId } from '../core/model/ids.js';
import type { PrevalidatedSet } from './builtin-prevalidated.js';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

/** A shipped set as the build parsed it (and, when it loads, validated it: see builtin-prevalidated). */
interface BuiltEntry {
  text: string;
  data: unknown;
  prevalidated?: PrevalidatedSet | undefined;
}

let parsedCache: Map<string, BuiltEntry> | undefined;

/**
 * The shipped criteria sets as parsed at build time (`dist/builtin-criteria.json`), keyed by
 * absolute path. Parsing YAML is most of a cold start's work, so `readSource` uses an entry
 * when the file's text is still exactly the text that was parsed. Empty when not built.
 */
export function builtinParsed(): Map<string, BuiltEntry> {
  if (parsedCache) return parsedCache;
  parsedCache = new Map();
  try {
    const file = join(packageRoot(), 'dist', 'builtin-criteria.json');
    if (!existsSync(file)) return parsedCache;
    const entries = JSON.parse(readFileSync(file, 'utf8')) as (BuiltEntry & { file: string })[];
    for (const e of entries) {
      const { text, data, prevalidated } = e;
      parsedCache.set(join(builtinCriteriaDir(), e.file), { text, data, prevalidated });
    }
  } catch {
    // a missing or unreadable cache only costs speed: files are parsed as usual
  }
  return parsedCache;
}
