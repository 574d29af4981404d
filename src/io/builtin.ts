import { isId } from '../core/model/ids.js';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
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
 * builtin-prevalidated). Its bytes are what a run compares; its data and its set are read from
 * files of their own on first use, since a run that takes a set from the build reads only the
 * bytes of the files the set includes.
 */
export interface ShippedEntry {
  /** the file's bytes as the build read them (valid UTF-8: the build leaves out any other file) */
  bytes: Buffer;
  /** the file's data, read on first use */
  data: () => unknown;
  /** for a shipped set: the files it read, and its loaded result as `encodeValue` wrote it */
  prevalidated?: { files: string[]; loaded: () => string } | undefined;
}

/** `dist/shipped/index.json`: each shipped file's place in `texts.bin`, and a set's files. */
type ShippedIndex = Record<string, [offset: number, length: number, files?: string[]]>;

const shippedCache = new Map<string, ShippedEntry | undefined>();
let shippedTexts: { index: ShippedIndex; bytes: Buffer } | null | undefined;

/**
 * Every shipped file's bytes, in one file read once per run (a read as bytes, with no decoding:
 * a run compares bytes, and decodes a file's text only when it needs it), and where each lies.
 * Null when not built or unreadable.
 */
function shippedTextsOf(root: string): { index: ShippedIndex; bytes: Buffer } | null {
  if (shippedTexts !== undefined) return shippedTexts;
  try {
    const dir = join(root, 'dist', 'shipped');
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as ShippedIndex;
    shippedTexts = { index, bytes: readFileSync(join(dir, 'texts.bin')) };
  } catch {
    // a missing or unreadable build only costs speed: the files are parsed as usual
    shippedTexts = null;
  }
  return shippedTexts;
}

/**
 * A shipped YAML file (the criteria sets, the examples) as parsed at build time: its bytes from
 * `dist/shipped/texts.bin` (placed by `index.json`), its data in `dist/shipped/<its
 * path>.data.json` and, for a set, its loaded result in `<its path>.set.json` (scripts/build.mjs);
 * undefined for any other file or when not built. Parsing YAML is most of a first run's work, so
 * `readSource` uses the entry when the file's bytes are still exactly the ones parsed.
 */
export function shippedParse(path: string): ShippedEntry | undefined {
  if (shippedCache.has(path)) return shippedCache.get(path);
  let entry: ShippedEntry | undefined;
  try {
    const root = packageRoot();
    const rel = relative(root, path);
    const texts = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && shippedTextsOf(root);
    // the index names files with `/`, whatever the system's separator
    const key = rel.split(sep).join('/');
    const place = texts && Object.hasOwn(texts.index, key) ? texts.index[key] : undefined;
    if (texts && place) {
      const [offset, length, files] = place;
      const base = join(root, 'dist', 'shipped', rel);
      entry = {
        bytes: texts.bytes.subarray(offset, offset + length),
        data: () => JSON.parse(readFileSync(`${base}.data.json`, 'utf8')) as unknown,
        prevalidated: files && {
          files,
          loaded: () => readFileSync(`${base}.set.json`, 'utf8'),
        },
      };
    }
  } catch {
    // a missing or unreadable entry only costs speed: the file is parsed as usual
  }
  shippedCache.set(path, entry);
  return entry;
}
