import { repositoryRoot } from '../io/git-top-level.js';
import type { RepositoryRoot } from '../report/format.js';
import type { CliContext } from './context.js';

/** The formats that name files for a CI system, relative to the repository's top folder. */
const machineFormats: ReadonlySet<string> = new Set(['github', 'gitlab', 'sarif', 'junit']);

/**
 * The repository root a report in `format` names files from: only the CI formats need it, so
 * git is run only for them (see docs/ci-formats.md, "File paths").
 */
export function repositoryFor(format: string, ctx: CliContext): RepositoryRoot | undefined {
  return machineFormats.has(format) ? repositoryRoot(ctx.cwd, ctx.env) : undefined;
}
