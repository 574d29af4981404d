import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { packageRoot } from './builtin.js';

/** The file kinds vendor-eval publishes a JSON Schema for (`schema/<kind>.schema.json`). */
export type SchemaKind = 'criteria' | 'vendor' | 'policy';

/**
 * The JSON Schema of this vendor-eval for `kind`, relative to `folder`, for an editor modeline:
 * when `folder` lies inside the project that holds vendor-eval (its `node_modules`, or the
 * vendor-eval repository itself). Undefined for a global or npx install: a path out of the
 * project holds one machine's layout and breaks for everyone who clones it.
 */
export function installedSchemaPath(folder: string, kind: SchemaKind): string | undefined {
  const root = packageRoot();
  const project = basename(dirname(root)) === 'node_modules' ? dirname(dirname(root)) : root;
  if (!inside(project, folder)) return undefined;
  return posix(relative(folder, join(root, 'schema', `${kind}.schema.json`)));
}

/** A path with forward slashes, as YAML comments and URLs in git expect on every system. */
export function posix(path: string): string {
  return path.split(sep).join('/');
}

/** True when `path` is `folder` or lies below it. */
function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
