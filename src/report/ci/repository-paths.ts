// Machine-readable reports (GitHub annotations, GitLab Code Quality, SARIF, JUnit) name files
// relative to the repository's top folder, whatever folder the command ran in: that is how
// GitHub and GitLab find the file in a pull request, and how a viewer resolves `%SRCROOT%`.
import type { Issue } from '../../core/issues.js';
import type { RepositoryRoot } from '../format.js';
import type { ValidateModel } from '../models.js';
import { checkOf } from './check-parts.js';

function isAbsolutePath(path: string): boolean {
  return /^([A-Za-z]:)?\//.test(path);
}

/** `path` (forward slashes) with `.` and `..` parts resolved; leading `..` kept. */
function normalize(path: string): string {
  const drive = /^[A-Za-z]:/.exec(path)?.[0] ?? '';
  const rest = path.slice(drive.length);
  const absolute = rest.startsWith('/');
  const parts: string[] = [];
  for (const part of rest.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else if (part !== '..' || !absolute) parts.push(part);
  }
  return `${drive}${absolute ? '/' : ''}${parts.join('/')}`;
}

/**
 * A file as shown (relative to the working folder, or absolute) as a path relative to the
 * repository's top folder, with forward slashes; an absolute path when it lies outside it.
 * Unchanged without a root.
 */
export function repositoryPath(file: string, repo: RepositoryRoot | undefined): string {
  const shown = file.replace(/\\/g, '/');
  if (!repo) return shown;
  const root = normalize(repo.root.replace(/\\/g, '/'));
  const full = normalize(
    isAbsolutePath(shown) ? shown : `${repo.cwd.replace(/\\/g, '/')}/${shown}`,
  );
  if (full === root) return '.';
  const prefix = root.endsWith('/') ? root : `${root}/`;
  return full.startsWith(prefix) ? full.slice(prefix.length) : full;
}

/**
 * The model with every file named relative to the repository's top folder: the problems'
 * files, the files checked and a check's project file.
 */
export function inRepository<M extends ValidateModel>(
  model: M,
  repo: RepositoryRoot | undefined,
): M {
  if (!repo) return model;
  const path = (f: string) => repositoryPath(f, repo);
  const issue = (i: Issue): Issue => (i.file === undefined ? i : { ...i, file: path(i.file) });
  const check = checkOf(model);
  return {
    ...model,
    issues: model.issues.map(issue),
    files: model.files.map(path),
    ...(check
      ? {
          configFile: path(check.configFile),
          policy: check.policy.map((o) => ({
            ...o,
            issue: o.issue && issue(o.issue),
            furtherIssues: o.furtherIssues?.map(issue),
          })),
        }
      : {}),
  };
}
