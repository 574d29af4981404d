import { failed } from '../../core/issues.js';
import type { MissingPolicy, Ranking } from '../../core/model/ranking.js';
import { prepareRanking, rankPrepared, type PreparedRanking } from '../../core/scoring/rank.js';
import { validateWeightOverrides } from '../../core/scoring/weight-overrides.js';
import { resolveMethod } from '../../core/scoring/resolve-method.js';
import { loadProject, type LoadedProject } from '../../io/project.js';
import type { CliContext } from '../context.js';
import { placedWarnings, unwrap } from '../unwrap.js';
import type { CacheView } from '../../io/parse-cache.js';
import type { SourceCache } from '../../io/source-cache.js';

/** The scoring options `rank`, `explain` and `compare` share, as commander parses them. */
export type ScoringOptions = Omit<ScoreRequest, 'example'>;

/** What `rank`, `explain` and `compare` share: which set, which vendors, how to score them. */
export interface ScoreRequest {
  paths: string[];
  criteria?: string | undefined;
  method?: string | undefined;
  weights?: Map<string, number> | undefined;
  missing: MissingPolicy;
  /** A command line for the "name some vendors" message. */
  example: string;
  /** `rank --skip-invalid`: rank the valid vendor files, list the others. */
  skipInvalid?: boolean | undefined;
}

/**
 * Loads the project and ranks its vendors the same way for `rank`, `explain` and `compare`:
 * the method (`-m`, else the project file's, else the set's), `--weights`, `--missing`; any
 * problem rankVendors finds (cost criteria, bad `--weights`, …) is an error here.
 * The project's warnings include those found weighting (a constant entropy/CRITIC column).
 */
export function scoreProject(
  request: ScoreRequest,
  ctx: Pick<CliContext, 'cwd' | 'cacheDir'> & {
    cacheView?: CacheView | undefined;
    /** the command's source cache, if it has one (`ProjectRequest.cache`) */
    cache?: SourceCache | undefined;
  },
): { project: LoadedProject; ranking: Ranking; prepared: PreparedRanking } {
  const load = loadProject({
    cwd: ctx.cwd,
    criteria: request.criteria,
    paths: request.paths,
    example: request.example,
    // the command's name, for hints: `vendor-eval explain …` → explain
    command: request.example.split(' ')[1],
    skipInvalid: request.skipInvalid,
    cacheDir: ctx.cacheDir,
    cacheView: ctx.cacheView,
    cache: ctx.cache,
  });
  // `-m` is checked even when loading failed, so both mistakes are reported in one run
  const methodId = request.method ?? load.value?.config?.input?.method ?? load.value?.set.method;
  const methodResult = methodId === undefined ? undefined : resolveMethod(methodId);
  // likewise `--weights`, once the set is known
  const overrides = load.value ? validateWeightOverrides(load.value.set, request.weights) : [];
  if (!load.ok || methodResult?.ok === false || overrides.length > 0) {
    unwrap(failed([...(methodResult?.issues ?? []), ...overrides, ...load.issues]));
  }
  const loaded = unwrap(load);
  const method = unwrap(methodResult ?? resolveMethod(loaded.set.method));
  const prepared = unwrap(
    prepareRanking(loaded.set, loaded.vendors, {
      missing: request.missing,
      weightOverrides: request.weights,
      skipped: loaded.skipped,
    }),
    loaded.sources,
  );
  const result = rankPrepared(prepared, method);
  const ranking = unwrap(result, loaded.sources);
  const project = {
    ...loaded,
    warnings: [...loaded.warnings, ...placedWarnings(result, loaded.sources)],
  };
  return { project, ranking, prepared };
}
