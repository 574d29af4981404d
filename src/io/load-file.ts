import type { Issue } from '../core/issues.js';
import { loadConfigFile, type ProjectConfig } from './config.js';
import { loadCriteria, type LoadedCriteria } from './criteria-loader.js';
import { detectKind, type FileKind } from './detect-kind.js';
import { createSourceCache, readCached, type SourceCache } from './source-cache.js';
import type { SourceFile } from './source.js';

/** One file, read once and loaded as the kind it is. */
export type LoadedFile =
  | { kind: 'criteria'; criteria: LoadedCriteria; issues: Issue[] }
  | { kind: 'config'; config: ProjectConfig; issues: Issue[] }
  | { kind: 'vendor'; source: SourceFile; issues: Issue[] }
  | { kind: 'unknown'; source?: SourceFile | undefined; issues: Issue[] };

/**
 * Reads and parses `path` once, tells its kind and loads it as that kind: a criteria set (with
 * its includes), the project file, or a vendor file (returned parsed: its answers need a set).
 * A file that cannot be read or parsed is `unknown` with its issues.
 */
export function loadFile(
  path: string,
  display: string,
  cwd: string,
  cache: SourceCache = createSourceCache(),
): LoadedFile {
  const read = readCached(path, display, cache);
  if (!read.source || read.issues.length > 0) {
    return { kind: 'unknown', source: read.source, issues: read.issues };
  }
  const kind: FileKind = detectKind(read.source.data, display);
  switch (kind) {
    case 'criteria': {
      const criteria = loadCriteria(path, cwd, cwd, cache);
      return { kind, criteria, issues: criteria.issues };
    }
    case 'config': {
      const config = loadConfigFile(path, cwd, cache);
      return { kind, config, issues: config.issues };
    }
    case 'vendor':
      return { kind, source: read.source, issues: [] };
    default:
      return { kind: 'unknown', source: read.source, issues: [] };
  }
}
