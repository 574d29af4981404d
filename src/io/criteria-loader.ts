import { defaultMethodId } from '../core/methods/index.js';
import { displayPath } from './display-path.js';
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { failed, hasErrors, ok, type Issue, type Result } from '../core/issues.js';
import {
  criteriaSetSchema,
  type CriteriaSetInput,
  type WeightInput,
} from '../core/model/criteria-schema.js';
import type {
  CriteriaSet,
  Criterion,
  GroupNode,
  Requirement,
  TreeNode,
} from '../core/model/types.js';
import { builtinSetFile, builtinSetIds, shippedParse } from './builtin.js';
import { includedPrevalidated, loadPrevalidated } from './builtin-prevalidated.js';
import { displayName, normalizeSetFile } from './criteria-normalize.js';
import { checkCriteriaFile, checkCriteriaTree } from './criteria-rules.js';
import { rawDuplicateIds } from './raw-duplicate-ids.js';
import { placeIssues } from './locate.js';
import { readComparisonFiles } from './pairwise-files.js';
import { pathEntryExists, unknownSet } from './missing-path.js';
import { shapeIssues } from './shape-issues.js';
import { knownKeysOf } from './schema-keys.js';
import { createSourceCache, readCached, type SourceCache } from './source-cache.js';
import type { ParseCache } from './parse-cache.js';
import { isBuiltSource, type SourceFile } from './source.js';
import { once } from '../core/once.js';

const criteriaKnownKeys = once(() => knownKeysOf(criteriaSetSchema));

/** A loaded set with every file it read (for positions) and every issue found (warnings too). */
export interface LoadedCriteria {
  set: CriteriaSet | undefined;
  issues: Issue[];
  sources: Map<string, SourceFile>;
}

/**
 * Resolves `ref` — a file path (relative to `baseDir`) or a built-in set id — to a file.
 * A path that exists wins over a built-in id of the same spelling.
 */
export function resolveSetRef(ref: string, baseDir: string): string | undefined {
  const asPath = resolve(baseDir, ref);
  // Anything there but a folder is the file meant (a link loop or a pipe is then reported as
  // unreadable); a folder may share its name with a built-in id.
  if (pathEntryExists(asPath) && !isFolder(asPath)) return asPath;
  return builtinSetFile(ref);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Loads a criteria set and everything it includes, collecting all problems at once. Never
 * throws for bad input: `set` is undefined when an error stops it from being built. A relative
 * `ref` is resolved against `baseDir`; file names in issues are shown relative to `cwd`.
 */
export function loadCriteria(
  ref: string,
  cwd: string,
  baseDir: string = cwd,
  cache: SourceCache = createSourceCache(),
): LoadedCriteria {
  const file = resolveSetRef(ref, baseDir);
  if (!file) return { set: undefined, issues: [unknownSet(ref, baseDir)], sources: new Map() };
  // A run loads its set more than once (`check` checks the file, then scores the project with
  // it; the scope reads it too). Every file comes from the run's cache, where a read is never
  // replaced, so the set loaded once is the set loaded again: kept per cache, the lists copied.
  const loaded = loadedSets.get(cache) ?? new Map<string, LoadedCriteria>();
  loadedSets.set(cache, loaded);
  const key = `${file}\n${cwd}`;
  const known = loaded.get(key) ?? loadSetFile(file, cwd, cache);
  loaded.set(key, known);
  return { ...known, issues: [...known.issues], sources: new Map(known.sources) };
}

/** The sets `loadCriteria` loaded, by the run's cache, then by file and working directory. */
const loadedSets = new WeakMap<SourceCache, Map<string, LoadedCriteria>>();

function loadSetFile(file: string, cwd: string, cache: SourceCache): LoadedCriteria {
  const sources = new Map<string, SourceFile>();
  const issues: Issue[] = [];
  // an unchanged shipped set: as the build loaded and checked it
  const prevalidated = loadPrevalidated(file, cwd, cache);
  if (prevalidated) return prevalidated;
  const root = loadSetNode(file, cwd, [], [], [], sources, issues, cache);
  if (!root) return { set: undefined, issues: placeIssues(issues, sources), sources };
  issues.push(
    ...checkCriteriaTree(
      root.group,
      issues.some((i) => i.severity === 'error'),
      // only a missing include hides criteria that `requires` rules may name
      issues.some(
        (i) => i.severity === 'error' && (i.file !== root.display || i.rule.startsWith('include-')),
      ),
    ),
  );
  const placed = placeIssues(issues, sources);
  if (hasErrors(placed)) return { set: undefined, issues: placed, sources };
  const input = root.input;
  const set: CriteriaSet = {
    id: input.id,
    name: displayName(input.name, input.id),
    version: input.version,
    description: input.description,
    method: input.method ?? defaultMethodId,
    methodOptions: input.methodOptions ?? {},
    root: root.group,
    criteria: collectCriteria(root.group),
    demand: root.demand,
    requires: collectRequires(root.group),
    file: root.display,
    builtin: file === builtinSetFile(input.id),
  };
  return { set, issues: placed, sources };
}

/** A set that loaded, with its warnings and sources. */
export interface CheckedCriteria {
  set: CriteriaSet;
  warnings: Issue[];
  sources: Map<string, SourceFile>;
}

/** Loads a set as a `Result`: the set and its warnings, or every error (never throws). */
export function loadCriteriaResult(
  ref: string,
  cwd: string,
  baseDir: string = cwd,
  cache: SourceCache = createSourceCache(),
): Result<CheckedCriteria> {
  const loaded = loadCriteria(ref, cwd, baseDir, cache);
  if (!loaded.set) return failed(loaded.issues.filter((i) => i.severity === 'error'));
  return ok({ set: loaded.set, warnings: loaded.issues, sources: loaded.sources });
}

/** Every criterion of a tree in depth-first order. */
export function collectCriteria(node: GroupNode): Criterion[] {
  const out: Criterion[] = [];
  const visit = (n: TreeNode): void => {
    if (n.kind === 'criterion') out.push(n);
    else n.children.forEach(visit);
  };
  node.children.forEach(visit);
  return out;
}

/** Every `requires` rule of a tree, a group's own before its children's. */
export function collectRequires(node: GroupNode): Requirement[] {
  return [
    ...node.requires,
    ...node.children.flatMap((c) => (c.kind === 'group' ? collectRequires(c) : [])),
  ];
}

function loadSetNode(
  absFile: string,
  cwd: string,
  chain: string[],
  groupPath: string[],
  childAncestorsPrefix: string[],
  sources: Map<string, SourceFile>,
  issues: Issue[],
  cache: SourceCache,
): { group: GroupNode; input: CriteriaSetInput; display: string; demand?: SetDemand } | undefined {
  const display = displayPath(absFile, cwd);
  const read = readCached(absFile, display, cache);
  issues.push(...read.issues);
  if (!read.source || read.issues.length > 0) return undefined;
  const source = read.source;
  sources.set(source.file, source);
  const input = checkedShape(absFile, source, cache.parseCache, issues);
  if (!input) return undefined;
  issues.push(...checkCriteriaFile(input, source.file));

  const isRoot = chain.length === 0;
  const childAncestors = isRoot ? [] : [...childAncestorsPrefix, input.id];
  const included: { node: GroupNode; weight: WeightInput | undefined; index: number }[] = [];
  let includedDemand: SetDemand | undefined;
  const nextChain = [...chain, absFile];
  (input.include ?? []).forEach((inc, index) => {
    const incFile = resolveSetRef(inc.set, dirname(absFile));
    const at = { file: source.file, path: ['include', index, 'set'] };
    if (!incFile) {
      issues.push({
        severity: 'error',
        rule: 'include-not-found',
        message: `included set "${inc.set}" is neither a file nor a built-in set`,
        hint: `paths are relative to ${source.file}; built-in sets: ${builtinSetIds().join(', ')}`,
        ...at,
      });
      return;
    }
    if (nextChain.includes(incFile)) {
      const cycle = [...nextChain.slice(nextChain.indexOf(incFile)), incFile]
        .map((f) => displayPath(f, cwd))
        .join(' → ');
      issues.push({
        severity: 'error',
        rule: 'include-cycle',
        message: `include cycle: ${cycle}`,
        hint: 'a set may not include itself, directly or through other sets',
        ...at,
      });
      return;
    }
    // an unchanged shipped set as the build loaded it: its seven files are not checked and
    // normalised again in every run of a project that includes it
    const child =
      includedPrevalidated(incFile, cwd, childAncestors, sources, cache) ??
      loadSetNode(incFile, cwd, nextChain, childAncestors, childAncestors, sources, issues, cache);
    if (child) included.push({ node: child.group, weight: inc.weight, index });
    includedDemand ??= child?.demand;
  });
  const group = normalizeSetFile(input, source.file, included, groupPath, childAncestors);
  readComparisonFiles(group, absFile, cwd, sources, issues, cache);
  // the set's own demand, else the first included set's (depth first)
  const demand = input.demand
    ? { input: input.demand, origin: { file: source.file, path: ['demand'] } }
    : includedDemand;
  return { group, input, display: source.file, ...(demand ? { demand } : {}) };
}

/** What the parse cache calls the criteria shape check (`ParseCache.markPassed`). */
const shapeCheck = 'criteria-set';

/**
 * The file's data as a criteria set, or undefined with its shape errors in `issues`. The schema
 * check (zod, ~50 ms to load and run on a first use) is skipped for a text known to pass it:
 * one the parse cache marked, or an unchanged shipped file. That needs the check to give back
 * the data unchanged (the schema has no defaults or transforms), so only a result deep-equal to
 * the data is marked (tests/io/criteria-shape-memo.test.ts checks the shipped files).
 */
function checkedShape(
  absFile: string,
  source: SourceFile,
  parseCache: ParseCache | undefined,
  issues: Issue[],
): CriteriaSetInput | undefined {
  // The schema module loads on first use: it is not touched on this path. The data itself is
  // the input (no copy, ~3 ms of a warm `check`): the set is built from it and nothing changes
  // it (the whole suite passed with it frozen here).
  if (shapeKnownToPass(absFile, source, parseCache)) return source.data as CriteriaSetInput;
  const parsed = criteriaSetSchema.safeParse(source.data);
  if (!parsed.success) {
    issues.push(...shapeIssues(source, parsed.error.issues, criteriaKnownKeys()));
    // a shape error must not hide the file's other mistakes: its duplicate ids are checked too
    issues.push(...rawDuplicateIds(source.data, source.file));
    return undefined;
  }
  if (parseCache && isDeepStrictEqual(parsed.data, source.data)) {
    parseCache.markPassed(absFile, source.text, shapeCheck);
  }
  return parsed.data;
}

/**
 * Whether the text of `source` passed the shape check before: marked in the parse cache, or a
 * shipped file as built whose set the build loaded without an error (with this very schema).
 */
function shapeKnownToPass(
  absFile: string,
  source: SourceFile,
  parseCache: ParseCache | undefined,
): boolean {
  if (parseCache?.passed(absFile, source.text, shapeCheck)) return true;
  return shippedParse(absFile)?.prevalidated !== undefined && isBuiltSource(source);
}

/** A set's `demand` and where it is written. */
type SetDemand = NonNullable<CriteriaSet['demand']>;
