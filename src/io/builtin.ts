import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return undefined;
  const file = join(builtinCriteriaDir(), `${id}.yaml`);
  return existsSync(file) ? file : undefined;
}
