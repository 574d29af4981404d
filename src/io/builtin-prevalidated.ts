// The shipped criteria sets, loaded and validated at build time (scripts/build.mjs): a run that
// uses an unchanged shipped set takes its LoadedCriteria from dist/shipped/ instead
// of checking the seven files with zod and the rules again (about 25 ms of a cold `rank`).
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import type { GroupNode, TreeNode } from '../core/model/types.js';
import type { LoadedCriteria } from './criteria-loader.js';
import { builtinCriteriaDir, shippedParse } from './builtin.js';
import { displayPath } from './display-path.js';
import { readCached, type SourceCache } from './source-cache.js';
import { isBuiltSource, type SourceFile } from './source.js';

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

/** A key of an object or an index of an array (or of a Map's entry list). */
type Step = string | number;

/**
 * One repair of the parsed JSON, made by `decodeValue`: `u` undefined, `n` a non-finite number
 * (its text follows the kind), `m` a Map from its entry list, `f` a file name to rename; then
 * the path from the document's root (`["value", …]`) to the repaired value.
 */
type Fix = [kind: 'u' | 'm' | 'f', ...path: Step[]] | [kind: 'n', text: string, ...path: Step[]];

/**
 * A Fix as stored: its path as the number of leading steps it shares with the path of the fix
 * before it, then the rest (at least the last key). Neighbouring repairs lie side by side (the
 * 775 of the largest set share 6 of their 8 steps on average): a fifth of the set's JSON before.
 */
type PackedFix =
  | [kind: 'u' | 'm' | 'f', shared: number, ...rest: Step[]]
  | [kind: 'n', text: string, shared: number, ...rest: Step[]];

/**
 * JSON that keeps what JSON alone loses in a loaded set: Maps (a scale's rubric), undefined
 * properties and non-finite numbers. The JSON holds the value with `null` (or a Map's entry
 * list) where JSON cannot say it, so every key stays where it was, and a list of the repairs
 * (`Fix`), children before parents. A decode then parses the JSON natively and visits only the
 * repaired places, not every object: walking all 1,446 objects of the largest shipped set to
 * find 775 of them cost every start that uses it about 3 ms.
 */
export function encodeValue(value: unknown): string {
  const fixes: Fix[] = [];
  const encode = (v: unknown, path: Step[]): unknown => {
    if (v === undefined) {
      fixes.push(['u', ...path]);
      return null;
    }
    if (typeof v === 'number' && !Number.isFinite(v)) {
      fixes.push(['n', String(v), ...path]);
      return null;
    }
    if (v === null || typeof v !== 'object') return v;
    if (v instanceof Map) {
      const entries = [...(v as Map<unknown, unknown>).entries()].map((e, i) =>
        e.map((x, j) => encode(x, [...path, i, j])),
      );
      fixes.push(['m', ...path]);
      return entries;
    }
    if (Array.isArray(v)) return v.map((x, i) => encode(x, [...path, i]));
    // fromEntries defines each key as its own property: a key `__proto__` stays a key
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => {
        if (k === 'file' && typeof x === 'string') fixes.push(['f', ...path, k]);
        return [k, encode(x, [...path, k])];
      }),
    );
  };
  const encoded = encode(value, ['value']);
  let previous: Step[] = [];
  const packed = fixes.map((fix): PackedFix => {
    const head = fix[0] === 'n' ? fix.slice(0, 2) : fix.slice(0, 1);
    const path = fix.slice(head.length);
    let shared = 0;
    while (
      shared < path.length - 1 &&
      shared < previous.length &&
      previous[shared] === path[shared]
    )
      shared++;
    previous = path;
    return [...head, shared, ...path.slice(shared)] as PackedFix;
  });
  return JSON.stringify({ value: encoded, fixes: packed });
}

/**
 * The inverse of `encodeValue`; a property named `file` whose value is a key of `names` is
 * renamed (the build's file names become the ones shown from the working directory). Repairs
 * the parsed JSON in place, visiting only the places its list of repairs names.
 */
export function decodeValue(text: string, names: ReadonlyMap<string, string>): unknown {
  const doc = JSON.parse(text) as { value: unknown; fixes: PackedFix[] };
  const path: Step[] = [];
  // parents[i]: the value the first i steps of `path` lead to; kept for the steps the next fix
  // shares (a repair never changes a value a later one passes through: children come first)
  const parents = [doc as unknown as Record<Step, unknown>];
  for (const fix of doc.fixes) {
    const at = fix[0] === 'n' ? 2 : 1;
    const shared = fix[at] as number;
    // in place, with no spread or slice: a run decodes 775 of these, and cold code allocates
    // an iterator result for every element a spread copies
    path.length = shared;
    for (let i = at + 1; i < fix.length; i++) path.push(fix[i] as Step);
    parents.length = Math.min(parents.length, shared + 1);
    while (parents.length < path.length) {
      const last = parents.length - 1;
      parents.push(
        (parents[last] as Record<Step, unknown>)[path[last] as Step] as Record<Step, unknown>,
      );
    }
    const parent = parents[path.length - 1] as Record<Step, unknown>;
    const key = path[path.length - 1] as Step;
    if (fix[0] === 'u') parent[key] = undefined;
    else if (fix[0] === 'n') parent[key] = Number(fix[1]);
    else if (fix[0] === 'm') parent[key] = new Map(parent[key] as [unknown, unknown][]);
    else parent[key] = names.get(parent[key] as string) ?? parent[key];
  }
  return doc.value;
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
  if (cache.prevalidated === false) return undefined;
  const entry = shippedParse(file)?.prevalidated;
  if (!entry) return undefined;
  const dir = builtinCriteriaDir();
  const names = new Map<string, string>();
  const sources = new Map<string, SourceFile>();
  for (const name of entry.files) {
    const abs = join(dir, name);
    const display = displayPath(abs, cwd);
    const read = readCached(abs, display, cache);
    // each file still holds the bytes the build loaded the set from
    if (!read.source || read.issues.length > 0 || !isBuiltSource(read.source)) return undefined;
    names.set(name, display);
    sources.set(read.source.file, read.source);
  }
  const { set, issues } = decodeValue(entry.loaded(), names) as Omit<LoadedCriteria, 'sources'>;
  return { set, issues, sources };
}

/**
 * A shipped set included by another set (`include: [{ set: customer-service }]`, as the
 * project `init` writes does), as the build loaded it instead of from its files: the group the
 * includer gets and the demand it passes up, exactly what loading its files gives (a test holds
 * the two equal for every shipped set, included at the top and deeper). Its files are read and
 * compared with the build's as `loadPrevalidated` does, and go into `sources` in the order the
 * load would read them. The build loaded it as a top-level set, whose children's paths leave
 * out its own id: included below `groupPath`, every node below it gets `groupPath` and its id
 * in front. Undefined when that cannot stand in for the load: a file edited since the build,
 * or a set the build found anything to say about (then the load says it, where it applies).
 */
export function includedPrevalidated(
  file: string,
  cwd: string,
  groupPath: readonly string[],
  sources: Map<string, SourceFile>,
  cache: SourceCache,
): { group: GroupNode; demand?: NonNullable<LoadedCriteria['set']>['demand'] } | undefined {
  const loaded = loadPrevalidated(file, cwd, cache);
  if (!loaded?.set || loaded.issues.length > 0) return undefined;
  for (const [name, source] of loaded.sources) sources.set(name, source);
  const { root, demand } = loaded.set;
  const prefix = [...groupPath, root.id];
  const group: GroupNode = {
    ...root,
    path: [...groupPath],
    children: root.children.map((child) => repathed(child, prefix)),
  };
  return demand ? { group, demand } : { group };
}

/** A node and everything below it, `prefix` put in front of each one's path. */
function repathed(node: TreeNode, prefix: readonly string[]): TreeNode {
  const path = [...prefix, ...node.path];
  return node.kind === 'group'
    ? { ...node, path, children: node.children.map((child) => repathed(child, prefix)) }
    : { ...node, path };
}
