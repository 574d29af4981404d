import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Issue } from '../core/issues.js';
import { closest, didYouMean } from '../core/suggest.js';
import { builtinSetIds } from './builtin.js';

/** A criteria reference that names neither a file nor a built-in set (no position: io adds one). */
export function unknownSet(ref: string, base: string): Issue {
  const looksLikePath = /[\\/]|\.ya?ml$/i.test(ref);
  const isFolder = existsSync(resolve(base, ref));
  if (looksLikePath && !isFolder) return notFound(ref, base);
  const ids = builtinSetIds();
  return {
    severity: 'error',
    rule: 'unknown-criteria-set',
    message: `no criteria file or built-in set named "${ref}"${isFolder ? ' (that is a folder)' : ''}`,
    hint: didYouMean(ref, ids) ?? `built-in sets: ${ids.join(', ')}`,
  };
}

/** A path that does not exist, with the closest name in its folder. */
export function notFound(path: string, base: string): Issue {
  const trailing = /[\\/]$/.test(path) ? '/' : '';
  const clean = path.replace(/[\\/]+$/, '');
  const dir = dirname(resolve(base, clean));
  let suggestion: string | undefined;
  try {
    const names = readdirSync(dir).filter((n) => !n.startsWith('.'));
    const match = closest(basename(clean), names);
    if (match) {
      const shown = join(dirname(clean), match);
      const isDir = statSync(join(dir, match)).isDirectory();
      suggestion = `did you mean "${shown}${isDir && trailing ? '/' : ''}"?`;
    }
  } catch {
    // the folder itself is missing: no suggestion
  }
  return {
    severity: 'error',
    rule: 'path-not-found',
    message: `no such file or folder: ${path}`,
    hint: suggestion,
  };
}

/**
 * True when something is at `path`, even what cannot be followed or read (a symbolic link loop,
 * a broken link, a pipe): the reader then says why it cannot read it, instead of "no such file".
 */
export function pathEntryExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
