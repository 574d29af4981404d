import type { Ranking } from '../../core/model/ranking.js';
import type { LoadedProject } from '../../io/project.js';
import type { CacheView } from '../../io/parse-cache.js';
import type { SourceCache } from '../../io/source-cache.js';
import { resolveMethod } from '../../core/scoring/resolve-method.js';
import { unwrap } from '../unwrap.js';
import { noResultMemo } from './result-memo.js';
import { rememberedRobustness, scoringMemo } from './remembered.js';
import { runSourceCache } from '../../io/source-cache.js';
import { scoreProject } from './score-project.js';

/** A project folder evaluated as `rank` would rank it there. */
export interface EvaluatedProject {
  project: LoadedProject;
  ranking: Ranking;
}

/**
 * Evaluates the project found at (or above) `cwd` exactly as `rank` with no arguments would:
 * the project file's criteria, vendors and method, unanswered criteria scored 0; with a policy
 * setting `minRobustness`, each vendor's P(rank 1) as `rank --robustness` gives it. Throws the
 * usual input error (exit 2) when the project cannot be ranked. `check` runs it on the working
 * tree; `check --base` on a snapshot of the ref. `cacheDir` is the run's cache folder; for a
 * snapshot, `cacheView` reads it as the working tree's files and writes nothing (its temporary
 * folder would leave cache files no run reads again): a file unchanged since the ref is not
 * parsed or checked again. `cache`: the command's source cache, when it has read the files
 * already (`check` on the working tree), so they are not read, nor the set loaded, again.
 */
export function evaluateProject(
  cwd: string,
  cacheDir?: string,
  cacheView?: CacheView,
  cache?: SourceCache,
): EvaluatedProject {
  const sources = cache ?? runSourceCache(cacheDir, cacheView);
  const request = { paths: [], missing: 'zero' as const };
  const { project, ranking, prepared } = scoreProject(
    { ...request, example: 'vendor-eval check' },
    { cwd, cacheDir, cacheView, cache: sources },
  );
  // minRobustness judges `rank --robustness`'s figure: the draws are made only when it is set
  if (project.config?.input?.policy?.minRobustness === undefined) return { project, ranking };
  const method = unwrap(resolveMethod(ranking.method));
  // a snapshot's files are in a temporary folder no later run reads: nothing to remember there
  const memo = cacheView ? noResultMemo : scoringMemo({ cwd, cacheDir }, sources, request);
  const robustness = rememberedRobustness(memo, prepared, method, project.sources);
  memo.flush();
  return { project, ranking: { ...ranking, robustness } };
}
