import { pathEntryExists } from './missing-path.js';
import { dirname, join, resolve } from 'node:path';
import type { Issue } from '../core/issues.js';
import { configFileSchema, type ConfigFileInput } from '../core/model/config-schema.js';
import { configFileOf } from '../core/model/config-shape.js';
import { displayPath } from './display-path.js';
import { shapeIssues } from './shape-issues.js';
import { knownKeysOf } from './schema-keys.js';
import { createSourceCache, readCached, type SourceCache } from './source-cache.js';
import type { SourceFile } from './source.js';

/** The project file's name, looked for in the working directory and its parents. */
export const configFileName = 'vendor-eval.config.yaml';

/** A project file that was found and read. */
export interface ProjectConfig {
  /** Absolute path of the file. */
  path: string;
  /** Folder that relative paths in it are resolved against. */
  dir: string;
  input: ConfigFileInput | undefined;
  issues: Issue[];
  source: SourceFile | undefined;
}

/** The nearest `vendor-eval.config.yaml` at or above `cwd`, or undefined. */
export function findConfigFile(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, configFileName);
    if (pathEntryExists(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads and checks a project file. */
export function loadConfigFile(
  path: string,
  cwd: string,
  cache: SourceCache = createSourceCache(),
): ProjectConfig {
  const display = displayPath(path, cwd);
  const read = readCached(path, display, cache);
  const base = { path, dir: dirname(path), source: read.source };
  if (!read.source || read.issues.length > 0)
    return { ...base, input: undefined, issues: read.issues };
  // The zod-free check gives zod's own output for a valid file (proved equal by
  // tests/core/model/config-shape.test.ts), so zod runs only to word a file's problems.
  const input = configFileOf(read.source.data);
  if (input !== undefined) return { ...base, input, issues: [] };
  const parsed = configFileSchema.safeParse(read.source.data);
  if (!parsed.success) {
    const issues = shapeIssues(read.source, parsed.error.issues, knownKeysOf(configFileSchema));
    return { ...base, input: undefined, issues };
  }
  return { ...base, input: parsed.data, issues: [] };
}
