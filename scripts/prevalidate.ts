// Bundled and run by scripts/build.mjs: parses each shipped YAML file and loads each shipped
// criteria set as a run would, and returns what src/io/builtin.ts and
// src/io/builtin-prevalidated.ts read from dist/shipped/ at run time.
import { isDeepStrictEqual } from 'node:util';
import { loadCriteria } from '../src/io/criteria-loader.js';
import { prevalidate, type PrevalidatedSet } from '../src/io/builtin-prevalidated.js';
import { parseSource } from '../src/io/source.js';

/** Each file's stored result (undefined for a set that does not load or encode exactly). */
export function run(files: readonly string[], cwd: string): (PrevalidatedSet | undefined)[] {
  return files.map((file) => prevalidate(loadCriteria(file, cwd)));
}

/**
 * The data a run gets from `text` (the file `file`), through the run's own parser and checks;
 * undefined when that gives any issue or JSON would not give the data back exactly (then the
 * run parses the file itself).
 */
export function parse(file: string, text: string): { data: unknown } | undefined {
  const { source, issues } = parseSource(file, text.startsWith('\uFEFF') ? text.slice(1) : text);
  if (!source || issues.length > 0) return undefined;
  const data = source.data;
  return isDeepStrictEqual(JSON.parse(JSON.stringify(data)), data) ? { data } : undefined;
}
