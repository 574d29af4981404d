import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { failed, hasErrors, ok, type Issue, type Result } from '../core/issues.js';
import { builtinSetFile } from './builtin.js';
import { notFound, pathEntryExists, unknownSet } from './missing-path.js';
import { configFileName, findConfigFile, loadConfigFile, type ProjectConfig } from './config.js';
import { displayPath } from './display-path.js';
import { resolveSetRef } from './criteria-loader.js';
import { detectKind } from './detect-kind.js';
import { placeIssues } from './locate.js';
import { createSourceCache, readCached, type SourceCache } from './source-cache.js';

/** The built-in set used when neither `-c` nor a project file names one. */
export const defaultCriteria = 'customer-service';

/** What a command was asked to read, as given on its command line. */
export interface InputRequest {
  cwd: string;
  /** `-c` (or a positional set argument): a file or built-in id. */
  criteria?: string | undefined;
  /** Vendor files or folders; when empty, the project file's `vendors`. */
  paths?: readonly string[] | undefined;
  /** `required`: no vendors is a usage error; `optional`: none is fine; `none`: not read. */
  vendors: 'required' | 'optional' | 'none';
  /** The command name, for hints (`rank`, `weights`, `validate`, …). */
  command: string;
  /** A command line for the "name some vendors" message. */
  example?: string | undefined;
  cache?: SourceCache | undefined;
}

/** Where the criteria set comes from. */
export type CriteriaOrigin = 'option' | 'config' | 'default';

/** The inputs a command reads, resolved to files. */
export interface ResolvedInputs {
  config: ProjectConfig | undefined;
  /** The set as named, its file, and who named it. */
  criteria: { ref: string; file: string; origin: CriteriaOrigin };
  /** Vendor files or folders that exist (absolute when they came from the project file). */
  vendorPaths: string[];
  /** Info issues for stderr, e.g. that the built-in set is used. */
  notes: Issue[];
}

/** Finds and reads the project file; a broken one is a failed result with every error. */
export function readProjectConfig(
  cwd: string,
  cache: SourceCache = createSourceCache(),
): Result<ProjectConfig | undefined> {
  const path = findConfigFile(cwd);
  if (!path) return ok(undefined);
  const config = loadConfigFile(path, cwd, cache);
  return hasErrors(config.issues) ? failed(config.issues) : ok(config, config.issues);
}

/**
 * Resolves which criteria set and which vendor paths a command works on, the same way for every
 * command: explicit arguments first, then the project file (its paths relative to itself), then
 * the built-in default set. Every mistake is one issue with a did-you-mean; one that came from
 * the project file is placed at its entry there.
 */
export function resolveInputs(request: InputRequest): Result<ResolvedInputs> {
  const cache = request.cache ?? createSourceCache();
  const configResult = readProjectConfig(request.cwd, cache);
  if (!configResult.ok) return failed(configResult.issues);
  const config = configResult.value;
  const criteria = resolveCriteria(request, config, cache);
  const vendors =
    request.vendors === 'none' ? ok<string[]>([]) : resolveVendorPaths(request, config);
  const issues = [...criteria.issues, ...vendors.issues];
  if (!criteria.ok || !vendors.ok) return failed(issues.filter((i) => i.severity === 'error'));
  return ok(
    {
      config,
      criteria: criteria.value,
      vendorPaths: vendors.value,
      notes: issues.filter((i) => i.severity !== 'error'),
    },
    [],
  );
}

/** The criteria set of a request: `-c`, else the project file's, else the built-in default. */
export function resolveCriteria(
  request: Pick<InputRequest, 'cwd' | 'criteria' | 'command'>,
  config: ProjectConfig | undefined,
  cache: SourceCache = createSourceCache(),
): Result<ResolvedInputs['criteria']> {
  if (request.criteria !== undefined) {
    const ref = request.criteria;
    const file = resolveSetRef(ref, request.cwd);
    if (!file) return failed([unknownSet(ref, request.cwd)]);
    const wrong = vendorNotSet(file, ref, request, cache);
    return wrong ? failed([wrong]) : ok({ ref, file, origin: 'option' });
  }
  const fromConfig = config?.input?.criteria;
  if (config && fromConfig !== undefined) {
    const file = resolveSetRef(fromConfig, config.dir);
    if (!file) {
      return failed(inConfig(config, [unknownSet(fromConfig, config.dir)], ['criteria']));
    }
    const wrong = vendorNotSet(file, fromConfig, request, cache);
    if (wrong) {
      const hint = '`criteria:` names a criteria file or a built-in set id';
      return failed(inConfig(config, [{ ...wrong, hint }], ['criteria']));
    }
    return ok({ ref: fromConfig, file, origin: 'config' });
  }
  const file = resolveSetRef(defaultCriteria, request.cwd) ?? defaultCriteria;
  const notes: Issue[] = config
    ? []
    : [
        {
          severity: 'info',
          rule: 'builtin-criteria',
          message: `no ${configFileName} here: using the built-in criteria set ${defaultCriteria}`,
          hint: 'choose another with -c',
        },
      ];
  return ok({ ref: defaultCriteria, file, origin: 'default' }, notes);
}

/** The vendor paths of a request: the ones given, else the project file's; each must exist. */
export function resolveVendorPaths(
  request: Pick<InputRequest, 'cwd' | 'paths' | 'vendors' | 'example'>,
  config: ProjectConfig | undefined,
): Result<string[]> {
  const given = request.paths ?? [];
  if (given.length > 0) {
    const missing = given.filter((p) => !pathEntryExists(resolve(request.cwd, p)));
    return missing.length > 0
      ? failed(missing.map((p) => notFound(p, request.cwd)))
      : ok([...given]);
  }
  const fromConfig = config?.input?.vendors;
  if (config && fromConfig !== undefined) {
    const list = Array.isArray(fromConfig) ? fromConfig : [fromConfig];
    const issues = list.flatMap((p, index) =>
      pathEntryExists(resolve(config.dir, p))
        ? []
        : inConfig(
            config,
            [notFound(p, config.dir)],
            Array.isArray(fromConfig) ? ['vendors', index] : ['vendors'],
          ),
    );
    if (issues.length > 0) return failed(issues);
    if (list.length > 0) return ok(list.map((p) => resolve(config.dir, p)));
  }
  if (request.vendors !== 'required') return ok([]);
  return failed([
    {
      severity: 'error',
      rule: 'no-vendors-given',
      message: 'no vendor files given',
      hint: `name files or folders, e.g. "${request.example ?? 'vendor-eval rank vendors/'}", or set \`vendors:\` in ${configFileName}`,
    },
  ]);
}

/** Places issues about a value of the project file at that entry of the file. */
function inConfig(config: ProjectConfig, issues: Issue[], path: (string | number)[]): Issue[] {
  const source = config.source;
  if (!source) return issues;
  const located = issues.map((i) => ({ ...i, file: source.file, path }));
  return placeIssues(located, new Map([[source.file, source]]));
}

/**
 * A vendor file or the project file given where a criteria set belongs. (A file of no known
 * kind is left to the criteria loader, whose shape errors say what a set lacks.)
 */
function vendorNotSet(
  file: string,
  ref: string,
  request: Pick<InputRequest, 'cwd' | 'command'>,
  cache: SourceCache,
): Issue | undefined {
  const read = readCached(file, displayPath(file, request.cwd), cache);
  if (!read.source || read.issues.length > 0) return undefined;
  const kind = detectKind(read.source.data, file);
  if (kind === 'config') {
    return {
      severity: 'error',
      rule: 'wrong-file-kind',
      message: `${ref} is the project file, not a criteria set`,
      hint: "name the criteria set itself (the project file's `criteria:` says which), or leave -c out inside the project",
    };
  }
  if (kind !== 'vendor') return undefined;
  // rank and validate take vendor files as they are; other commands need more than the file
  const example =
    request.command === 'validate' || request.command === 'rank' || request.command === undefined
      ? `: "vendor-eval ${request.command ?? 'rank'} ${ref}"`
      : '';
  const nearby = criteriaNearby([request.cwd, join(request.cwd, 'criteria')], request.cwd, cache);
  // Only a single criteria set nearby is a likely meaning; among several, guessing one would mislead.
  const only = nearby.length === 1 ? nearby[0] : undefined;
  return {
    severity: 'error',
    rule: 'wrong-file-kind',
    message: `${ref} is a vendor file, not a criteria set`,
    hint: only
      ? `did you mean "-c ${only}"?`
      : request.command === 'criteria show'
        ? '-c names a criteria file or built-in set'
        : `-c names a criteria file or built-in set; vendor files go after the command${example}`,
  };
}

/** The criteria sets among the YAML files directly in `dirs` (up to 2), as shown from `cwd`. */
function criteriaNearby(dirs: readonly string[], cwd: string, cache: SourceCache): string[] {
  const found: string[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir)
        .filter((n) => /\.ya?ml$/i.test(n))
        .sort();
    } catch {
      continue;
    }
    // a folder of hundreds of files is not "nearby": look at the first few only
    for (const name of names.slice(0, 20)) {
      const file = join(dir, name);
      const shown = displayPath(file, cwd);
      const read = readCached(file, shown, cache);
      if (read.source && detectKind(read.source.data, name) === 'criteria') found.push(shown);
      if (found.length > 1) return found;
    }
  }
  return found;
}

/** True when `ref` names a built-in set or a file that is a criteria set. */
export function isCriteriaRef(ref: string, cwd: string): boolean {
  if (builtinSetFile(ref) && !existsSync(resolve(cwd, ref))) return true;
  const file = resolveSetRef(ref, cwd);
  if (!file) return false;
  const read = readCached(file, displayPath(file, cwd));
  return read.source !== undefined && detectKind(read.source.data, file) === 'criteria';
}
