import { resolve } from 'node:path';
import { InputError, UsageError, type Issue } from '../core/issues.js';
import type { CriteriaSet, Vendor } from '../core/model/types.js';
import { findConfigFile, loadConfigFile, type ProjectConfig } from './config.js';
import { builtinSetIds } from './builtin.js';
import { loadCriteria, resolveSetRef } from './criteria-loader.js';
import { didYouMean } from '../core/suggest.js';
import type { SourceFile } from './source.js';
import { loadVendors } from './vendor-loader.js';
import { findYamlFiles } from './walk.js';

/** What a vendor-reading command was asked for. */
export interface ProjectRequest {
  cwd: string;
  /** `-c`: a file or built-in id; else the project file's `criteria`, else `customer-service`. */
  criteria?: string | undefined;
  /** Vendor files or folders; else the project file's `vendors`. */
  paths: readonly string[];
  /** The command line to show in the "name some vendors" message. */
  example: string;
}

/** A criteria set and its vendors, loaded and checked. */
export interface LoadedProject {
  set: CriteriaSet;
  vendors: Vendor[];
  /** Warnings from every file (errors stop loading with an `InputError`). */
  warnings: Issue[];
  sources: Map<string, SourceFile>;
  config: ProjectConfig | undefined;
}

/** The built-in set used when neither `-c` nor a project file names one. */
export const defaultCriteria = 'customer-service';

/** Finds and reads the project file, throwing an `InputError` when it is broken. */
export function readProjectConfig(cwd: string): ProjectConfig | undefined {
  const path = findConfigFile(cwd);
  if (!path) return undefined;
  const config = loadConfigFile(path, cwd);
  if (config.issues.some((i) => i.severity === 'error')) throw new InputError(config.issues);
  return config;
}

/**
 * Resolves which criteria set and which vendor files a command works on: explicit arguments
 * first, then the project file (its paths relative to itself), then the built-in default set.
 */
export function resolveInputs(
  request: ProjectRequest,
  config: ProjectConfig | undefined,
): {
  criteriaRef: string;
  criteriaBase: string;
  vendorPaths: string[];
} {
  const fromConfig = config?.input;
  const criteriaRef = request.criteria ?? fromConfig?.criteria ?? defaultCriteria;
  const criteriaBase =
    request.criteria === undefined && fromConfig?.criteria && config ? config.dir : request.cwd;
  let vendorPaths = [...request.paths];
  if (vendorPaths.length === 0 && fromConfig?.vendors !== undefined && config) {
    const list = Array.isArray(fromConfig.vendors) ? fromConfig.vendors : [fromConfig.vendors];
    vendorPaths = list.map((p) => resolve(config.dir, p));
  }
  if (vendorPaths.length === 0) {
    throw new UsageError(
      'no vendor files given',
      `name files or folders, e.g. "${request.example}", or set \`vendors:\` in vendor-eval.config.yaml`,
    );
  }
  return { criteriaRef, criteriaBase, vendorPaths };
}

/** Loads the criteria set and the vendors; any error in any file throws one `InputError`. */
export function loadProject(request: ProjectRequest): LoadedProject {
  const config = readProjectConfig(request.cwd);
  const { criteriaRef, criteriaBase, vendorPaths } = resolveInputs(request, config);
  if (!resolveSetRef(criteriaRef, criteriaBase)) {
    throw new UsageError(
      `no criteria file or built-in set named "${criteriaRef}"`,
      didYouMean(criteriaRef, builtinSetIds()) ?? `built-in sets: ${builtinSetIds().join(', ')}`,
    );
  }
  const criteria = loadCriteria(criteriaRef, request.cwd, criteriaBase);
  if (!criteria.set) throw new InputError(criteria.issues.filter((i) => i.severity === 'error'));
  const found = findYamlFiles(vendorPaths, request.cwd);
  if (found.notFound.length > 0) {
    throw new UsageError(`no such file or folder: ${found.notFound.join(', ')}`);
  }
  const loaded = loadVendors(found.files, criteria.set);
  const issues = [...found.issues, ...loaded.issues];
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) throw new InputError(errors);
  if (loaded.vendors.length === 0) {
    throw new UsageError(
      `no vendor files found in ${vendorPaths.join(', ')}`,
      'vendor files are *.yaml or *.yml files with `answers:`',
    );
  }
  const sources = new Map([...criteria.sources, ...loaded.sources]);
  return {
    set: criteria.set,
    vendors: loaded.vendors,
    warnings: [...criteria.issues, ...issues].filter((i) => i.severity !== 'error'),
    sources,
    config,
  };
}
