import { existsSync, lstatSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { displayPath } from '../../io/display-path.js';
import type { CiSystem } from '../../io/ci-systems.js';
import { ciWorkflowPath, loadScaffold, type ScaffoldFile } from '../../io/init-templates.js';
import { installedSchemaPath, posix, type SchemaKind } from '../../io/schema-path.js';
import { version } from '../../version.js';
import { UsageError } from '../errors.js';
import type { CliContext, CommandResult } from '../context.js';

/**
 * `init [dir]`: writes a working project (project file with a policy, a criteria set that
 * includes a built-in one, two example vendors, a CI workflow, a README) into `dir`, created if
 * missing. Refuses, writing nothing, when any of those files exists, unless `force`.
 */
export function runInit(
  options: { dir?: string | undefined; ci: CiSystem; force?: boolean | undefined },
  ctx: CliContext,
): CommandResult {
  const shown = options.dir ?? '.';
  const dir = resolve(ctx.cwd, shown);
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    throw new UsageError(
      'cannot-write',
      `cannot create a project in ${shown}: it is a file`,
      'name a new folder, or an existing folder',
    );
  }
  const files = loadScaffold({
    version,
    ci: options.ci,
    schemaPath: (folder, kind) => schemaPathFor(dir, folder, kind),
  });
  const blocked = inTheWay(
    files.map((f) => join(dir, f.path)),
    ctx.cwd,
  );
  if (blocked.length > 0) {
    throw new UsageError(
      'cannot-write',
      `init writes nothing: ${blocked.join('; ')}`,
      'move or rename what is in the way (--force replaces files, never folders), or run init in another folder',
    );
  }
  const existing = files.filter((f) => exists(join(dir, f.path)));
  if (existing.length > 0 && !options.force) {
    const names = existing.map((f) => displayPath(join(dir, f.path), ctx.cwd)).join(', ');
    throw new UsageError(
      'init-would-overwrite',
      `init writes nothing: ${existing.length === 1 ? 'this file exists' : `these ${existing.length} files exist`} already: ${names}`,
      'run init in a new or empty folder, or add --force to replace them (your other files are left alone)',
    );
  }
  for (const f of files) mkdirFor(join(dir, f.path), ctx.cwd);
  return {
    files: files.map((f) => ({ path: join(dir, f.path), content: f.content })),
    stdout: summary(files, existing, dir, shown, ctx.cwd, options.ci),
  };
}

/**
 * The modeline's schema path for a file in `folder` of the project: this vendor-eval's own
 * schema when the project lies inside the one that holds it, else where `npm install --save-dev
 * vendor-eval` puts it, which the README recommends (a path inside the project, never one
 * machine's layout).
 */
function schemaPathFor(dir: string, folder: string, kind: SchemaKind): string {
  const at = join(dir, folder);
  return (
    installedSchemaPath(at, kind) ??
    posix(relative(at, join(dir, 'node_modules', 'vendor-eval', 'schema', `${kind}.schema.json`)))
  );
}

/** True when something (a file, a folder, a dangling symlink) is at `path`. */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** True when `path` is a folder or a link to one. */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * What stops init before it writes anything, even with --force: a folder where it writes a file,
 * a file (or a broken link) where it makes a folder. Each as a phrase, relative to `cwd`.
 */
function inTheWay(targets: readonly string[], cwd: string): string[] {
  const found = new Set<string>();
  for (const target of targets) {
    if (isFolder(target))
      found.add(`${displayPath(target, cwd)} is a folder, and init writes a file there`);
    // the nearest thing that exists on the way up must be a folder to make the others in
    let up = dirname(target);
    while (!exists(up) && dirname(up) !== up) up = dirname(up);
    if (!isFolder(up))
      found.add(`${displayPath(up, cwd)} is a file, and init makes a folder there`);
  }
  return [...found];
}

/** Creates the folder `path` goes into; a path through a file is the user's to fix (exit 2). */
function mkdirFor(path: string, cwd: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST' && code !== 'ENOTDIR' && code !== 'EACCES' && code !== 'EPERM')
      throw error;
    throw new UsageError(
      'cannot-write',
      `cannot create the folder ${displayPath(dirname(path), cwd)}: ${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : 'a file is in the way'}`,
      'choose another folder, or move the file out of the way',
    );
  }
}

/** What was written, one line per file, and what to do next. */
function summary(
  files: readonly ScaffoldFile[],
  replaced: readonly ScaffoldFile[],
  dir: string,
  shown: string,
  cwd: string,
  ci: CiSystem,
): string {
  const lines = files.map(
    (f) =>
      `${replaced.includes(f) ? 'replaced' : 'created'} ${displayPath(join(dir, f.path), cwd)}`,
  );
  const run = `npx vendor-eval@${version}`;
  const change = ci === 'github' ? 'pull request' : 'merge request';
  const inDir = relative(cwd, dir) === '' ? [] : [`  cd ${shown}`];
  return `${[
    ...lines,
    '',
    'Next steps:',
    ...inDir,
    `  ${run} rank     rank the two example vendors`,
    `  ${run} check    test them against the policy in vendor-eval.config.yaml`,
    '  Replace the example vendors in vendors/ with the real bidders, and set `selected:` in the',
    '  policy to the one you recommend (README.md says how).',
    `  Commit the folder to git: ${ciWorkflowPath(ci)} runs the check on every ${change}.`,
  ].join('\n')}\n`;
}
