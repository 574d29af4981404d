// Bundled and run by scripts/build.mjs: loads each shipped criteria set as a run would and
// returns what src/io/builtin-prevalidated.ts stores for it in dist/builtin-criteria.json.
import { loadCriteria } from '../src/io/criteria-loader.js';
import { prevalidate, type PrevalidatedSet } from '../src/io/builtin-prevalidated.js';

/** Each file's stored result (undefined for a set that does not load or encode exactly). */
export function run(files: readonly string[], cwd: string): (PrevalidatedSet | undefined)[] {
  return files.map((file) => prevalidate(loadCriteria(file, cwd)));
}
