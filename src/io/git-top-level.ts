import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

/**
 * The top folder of the git working tree `cwd` is in (`git rev-parse --show-toplevel`), or
 * undefined when git is missing, `cwd` is in no repository or git fails: the caller falls back.
 */
export function gitTopLevel(cwd: string): string | undefined {
  const run = spawnSync('git', ['rev-parse', '--show-toplevel'], {
    cwd,
    encoding: 'utf8',
    windowsHide: true,
  });
  if (run.error || run.status !== 0) return undefined;
  const top = run.stdout.trim();
  return top ? resolve(top) : undefined;
}

/** `dir` with symlinks resolved (git prints the real path); unchanged when it cannot be. */
function real(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return resolve(dir);
  }
}

/** Whether `dir` is `root` or lies inside it. */
function isInside(dir: string, root: string): boolean {
  const rel = relative(real(root), real(dir));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The folder machine-readable reports give paths relative to (annotations, code-quality and
 * SARIF locations): the git repository's top folder; else the CI checkout (`GITHUB_WORKSPACE`,
 * `CI_PROJECT_DIR`) when `cwd` is inside it; else `cwd`. Returned with symlinks resolved, with
 * `cwd` resolved the same way, so that the two compare.
 */
export function repositoryRoot(
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
): { root: string; cwd: string } {
  const here = real(cwd);
  const top = gitTopLevel(cwd);
  if (top !== undefined) return { root: real(top), cwd: here };
  for (const dir of [env.GITHUB_WORKSPACE, env.CI_PROJECT_DIR]) {
    if (dir && isAbsolute(dir) && isInside(here, dir)) return { root: real(dir), cwd: here };
  }
  return { root: here, cwd: here };
}
