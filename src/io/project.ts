import { failed, ok, type Issue, type Result } from '../core/issues.js';
import type { CriteriaSet, Vendor } from '../core/model/types.js';
import type { ProjectConfig } from './config.js';
import { loadCriteria } from './criteria-loader.js';
import { resolveInputs, type InputRequest, type ResolvedInputs } from './resolve-inputs.js';
import type { CacheView } from './parse-cache.js';
import { runSourceCache, type SourceCache } from './source-cache.js';
import type { SourceFile } from './source.js';
import { costVendors } from '../core/cost/cost.js';
import { placeIssues } from './locate.js';
import { cachedSources } from './source-cache.js';
import { loadVendors, type LoadedVendors, type VendorFile } from './vendor-loader.js';
import { criteriaScope } from './criteria-scope.js';
import { findYamlFiles, type FoundFile } from './walk.js';
import { loadSkippingInvalid, skippedWarnings } from './skip-invalid.js';
import type { SkippedFile } from '../core/model/ranking.js';

export { readProjectConfig, resolveInputs } from './resolve-inputs.js';

/** What a vendor-reading command was asked for. */
export interface ProjectRequest {
  cwd: string;
  /** `-c`: a file or built-in id; else the project file's `criteria`, else `customer-service`. */
  criteria?: string | undefined;
  /** Vendor files or folders; else the project file's `vendors`. */
  paths: readonly string[];
  /** The command line to show in the "name some vendors" message. */
  example: string;
  /** The command name, for hints; `rank` unless said. */
  command?: string | undefined;
  /** `rank --skip-invalid`: leave out vendor files with errors (and their vendors) and go on. */
  skipInvalid?: boolean | undefined;
  /** The run's cache folder (`CliContext.cacheDir`): files unchanged since a run are not parsed again. */
  cacheDir?: string | undefined;
  /** Read the cache as a view, never writing it (`check --base` on a snapshot: `CacheView`). */
  cacheView?: CacheView | undefined;
  /**
   * The command's own source cache, when it has read the project's files already (`check`
   * checks every file first): they are not read again, nor the set loaded again. Else one is
   * made from `cacheDir` and `cacheView`.
   */
  cache?: SourceCache | undefined;
  /**
   * Keep each vendor file as read (`LoadedProject.vendorFiles`), for `consensus --independence`.
   * Off by default: at a thousand vendors their answer maps are megabytes nobody else reads.
   */
  vendorFiles?: boolean | undefined;
}

/** A criteria set and its vendors, loaded and checked. */
export interface LoadedProject {
  set: CriteriaSet;
  vendors: Vendor[];
  /** Warnings and notes from every file and from resolving the inputs. */
  warnings: Issue[];
  sources: Map<string, SourceFile>;
  config: ProjectConfig | undefined;
  /** Vendor files `--skip-invalid` left out; empty when none were. */
  skipped: SkippedFile[];
  /**
   * Each vendor file as read, before files of one vendor are merged (`consensus --independence`);
   * only when the request asks for them (`ProjectRequest.vendorFiles`).
   */
  vendorFiles?: VendorFile[] | undefined;
}

/** Loads the criteria set and the vendors; any error anywhere fails the result with all errors. */
export function loadProject(request: ProjectRequest): Result<LoadedProject> {
  const cache = request.cache ?? runSourceCache(request.cacheDir, request.cacheView);
  const parseCache = cache.parseCache;
  const inputRequest: InputRequest = {
    cwd: request.cwd,
    criteria: request.criteria,
    paths: request.paths,
    vendors: 'required',
    command: request.command ?? 'rank',
    example: request.example,
    cache,
  };
  const resolved = resolveInputs(inputRequest);
  if (!resolved.ok) return failed(resolved.issues);
  const loaded = loadResolvedProject(
    { ...request, command: inputRequest.command },
    resolved.value,
    cache,
  );
  // every file is read by now: what this run parsed is kept for the next one
  parseCache?.flush();
  return loaded;
}

/**
 * Loads a project whose inputs are already resolved (`resolveInputs`), reading each file once
 * through `cache`: the command that resolved them (`weights`) does not resolve them again.
 */
export function loadResolvedProject(
  request: Pick<ProjectRequest, 'cwd' | 'paths' | 'command' | 'skipInvalid' | 'vendorFiles'>,
  inputs: ResolvedInputs,
  cache: SourceCache,
): Result<LoadedProject> {
  const { criteria: ref, vendorPaths, config, notes } = inputs;
  const criteria = loadCriteria(ref.file, request.cwd, request.cwd, cache);
  if (!criteria.set) return failed(criteria.issues.filter((i) => i.severity === 'error'));
  const found = findYamlFiles(vendorPaths, request.cwd);
  // answers to the project's or a built-in set's other criteria are out of scope, not typos
  const scope = criteriaScope({
    cwd: request.cwd,
    command: request.command ?? 'rank',
    config,
    cache,
  });
  const set = criteria.set;
  const load = (files: readonly FoundFile[], leftOut: ReadonlySet<string>) =>
    loadVendors(files, set, cache, scope, leftOut);
  const { loaded, skipped, firstIssues } = request.skipInvalid
    ? loadSkippingInvalid(
        found.files,
        found.issues,
        (files, leftOut) => withBidErrors(set, load(files, leftOut), cache),
        cache,
        new Set(criteria.sources.keys()),
      )
    : { loaded: load(found.files, new Set()), skipped: [], firstIssues: undefined };
  // after skipping, the issues are the kept files'; otherwise (or when skipping cannot help) all
  const issues = skipped.length
    ? [...loaded.issues, ...skippedWarnings(skipped)]
    : (firstIssues ?? [...found.issues, ...loaded.issues]);
  const errors = issues.filter((i) => i.severity === 'error');
  // A criteria set named among the vendor paths (instead of with -c) means the vendors' answers
  // were checked against the wrong set: those answer errors follow from the one mistake and are
  // left out. Every other error (a syntax error, an unknown key) is the user's to see.
  const setAmongVendors = errors.some(
    (i) => i.rule === 'wrong-file-kind' && i.message.startsWith('this is a criteria set'),
  );
  const shown = setAmongVendors ? errors.filter((i) => i.path?.[0] !== 'answers') : errors;
  if (shown.length > 0) return failed(shown);
  if (loaded.vendors.length === 0) {
    const named = request.paths.length > 0 ? request.paths : vendorPaths;
    return failed([
      {
        severity: 'error',
        rule: 'no-vendor-files',
        message: `no vendor files found in ${named.join(', ')}`,
        hint: 'vendor files are *.yaml or *.yml files with `answers:`',
      },
    ]);
  }
  const sources = new Map([...criteria.sources, ...loaded.sources]);
  return ok({
    set: criteria.set,
    vendors: loaded.vendors,
    warnings: [...notes, ...criteria.issues, ...issues].filter((i) => i.severity !== 'error'),
    sources,
    config,
    skipped,
    ...(request.vendorFiles ? { vendorFiles: loaded.files } : {}),
  });
}

/**
 * For `--skip-invalid`: a bid that cannot be priced (no `pricing` where a cost criterion needs
 * one, no rate for a demanded channel) is an error of its vendor file, as `validate` says, so it
 * is left out like any other broken draft instead of stopping the ranking. Only a clean load is
 * priced: the files with other errors go first, and the next round prices the rest. Errors of
 * the demand itself name the criteria file, so skipping cannot help and they stop the run.
 */
function withBidErrors(set: CriteriaSet, loaded: LoadedVendors, cache: SourceCache): LoadedVendors {
  const costed =
    set.criteria.some((c) => c.type === 'cost') ||
    (set.demand !== undefined && loaded.vendors.some((v) => v.pricing));
  if (!costed || loaded.issues.some((i) => i.severity === 'error')) return loaded;
  const cost = costVendors(set, loaded.vendors);
  if (cost.ok) return loaded;
  const errors = cost.issues.filter((i) => i.severity === 'error');
  return { ...loaded, issues: [...loaded.issues, ...placeIssues(errors, cachedSources(cache))] };
}

/** Every file a loaded project was read from (sets, vendors, the project file): `-o` must spare them. */
export function inputFiles(project: LoadedProject): string[] {
  return [
    ...project.sources.keys(),
    // a skipped file may not have parsed (bad UTF-8, a broken link): it is an input all the same
    ...project.skipped.map((s) => s.file),
    ...(project.config ? [project.config.path] : []),
  ];
}
