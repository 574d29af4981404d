import type { Ranking } from '../../core/model/ranking.js';
import type { LoadedProject } from '../../io/project.js';
import { scoreProject } from './score-project.js';

/** A project folder evaluated as `rank` would rank it there. */
export interface EvaluatedProject {
  project: LoadedProject;
  ranking: Ranking;
}

/**
 * Evaluates the project found at (or above) `cwd` exactly as `rank` with no arguments would:
 * the project file's criteria, vendors and method, unanswered criteria scored 0. Throws the
 * usual input error (exit 2) when the project cannot be ranked. `check` runs it on the working
 * tree; `check --base` on a snapshot of the ref.
 */
export function evaluateProject(cwd: string): EvaluatedProject {
  const { project, ranking } = scoreProject(
    { paths: [], missing: 'zero', example: 'vendor-eval check' },
    { cwd },
  );
  return { project, ranking };
}
