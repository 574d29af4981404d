import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { displayPath } from './display-path.js';
import type { Issue } from '../core/issues.js';

/** A YAML file found under the given paths: its absolute path and the path to show. */
export interface FoundFile {
  path: string;
  display: string;
  /** True when the user named the file itself rather than a folder holding it. */
  explicit: boolean;
}

const yamlFile = /\.ya?ml$/i;

/**
 * Whether the walk of a folder passes over an entry of this name (at any depth): `node_modules`
 * and every name that starts with a dot.
 */
export function walkSkips(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/**
 * Expands files and folders (recursively, `*.yaml`/`*.yml`, sorted) into a list where every
 * file counts once. Symlinks are followed, but a folder is entered only once, so loops end.
 * Paths that do not exist are returned in `notFound` (a usage error for the caller).
 */
export function findYamlFiles(
  paths: readonly string[],
  cwd: string,
): { files: FoundFile[]; issues: Issue[]; notFound: string[] } {
  const files: FoundFile[] = [];
  const issues: Issue[] = [];
  const notFound: string[] = [];
  const seenFiles = new Map<string, FoundFile>();
  const seenDirs = new Set<string>();
  const show = (abs: string): string => displayPath(abs, cwd);
  const addFile = (abs: string, explicit: boolean): void => {
    let real: string;
    try {
      real = realpathSync(abs);
    } catch (error) {
      issues.push(unreadable(show(abs), error));
      return;
    }
    const seen = seenFiles.get(real);
    if (seen) {
      // Named on the command line as well as found in a folder: it was asked for by name.
      if (explicit) seen.explicit = true;
      return;
    }
    const found = { path: abs, display: show(abs), explicit };
    seenFiles.set(real, found);
    files.push(found);
  };
  const walk = (dir: string): void => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (error) {
      issues.push(unreadable(show(dir), error));
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch (error) {
      issues.push(unreadable(show(dir), error));
      return;
    }
    for (const name of entries) {
      if (walkSkips(name)) continue;
      const abs = join(dir, name);
      let stat;
      try {
        stat = statSync(abs);
      } catch (error) {
        // a broken link to something that is not YAML is none of our business
        if (yamlFile.test(name)) issues.push(unreadable(show(abs), error));
        continue;
      }
      if (stat.isDirectory()) walk(abs);
      else if (yamlFile.test(name)) addFile(abs, false);
    }
  };
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let stat;
    try {
      stat = statSync(abs);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') notFound.push(p);
      else issues.push(unreadable(p, error));
      continue;
    }
    if (stat.isDirectory()) walk(abs);
    else addFile(abs, true);
  }
  return { files, issues, notFound };
}

function unreadable(file: string, error: unknown): Issue {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ELOOP'
      ? 'a symbolic link loop'
      : code === 'EACCES'
        ? 'permission denied'
        : code === 'ENOENT'
          ? 'a broken symbolic link'
          : String(code ?? error);
  return {
    severity: 'error',
    rule: 'file-unreadable',
    message: `cannot read it: ${why}`,
    file,
    line: 1,
    column: 1,
  };
}
