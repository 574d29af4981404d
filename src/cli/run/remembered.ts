import { robustnessOf } from '../../core/analysis/sensitivity/robustness.js';
import { defaultSimulation } from '../../core/analysis/sensitivity/settings.js';
import { simulate } from '../../core/analysis/sensitivity/simulate.js';
import { statedUncertainty } from '../../core/analysis/sensitivity/uncertainty.js';
import { tippingPoints, type TippingPoints } from '../../core/analysis/tipping-points.js';
import type { DecisionMethod } from '../../core/methods/types.js';
import type {
  RankRobustness,
  SensitivityResult,
  SimulationSettings,
} from '../../core/model/sensitivity.js';
import type { PreparedRanking } from '../../core/scoring/rank.js';
import type { SourceFile } from '../../io/source.js';
import type { SourceCache } from '../../io/source-cache.js';
import type { CliContext } from '../context.js';
import { unwrap } from '../unwrap.js';
import { resultMemo, type ResultMemo } from './result-memo.js';
import type { ScoringOptions } from './score-project.js';

/**
 * The memo of a command that scored its project through `sources` with `options`: keyed by the
 * options that change the scores (the settings of each result are in its name).
 */
export function scoringMemo(
  ctx: Pick<CliContext, 'cwd' | 'cacheDir'>,
  sources: SourceCache,
  options: ScoringOptions,
): ResultMemo {
  const { paths, criteria, method, weights, missing, skipInvalid } = options;
  return resultMemo(ctx.cacheDir, ctx.cwd, sources, {
    paths,
    criteria,
    method,
    weights,
    missing,
    skipInvalid,
  });
}

/**
 * The sensitivity simulation of `prepared` under `method` (`simulate`, with the weight and
 * answer ranges the project states), remembered: `sensitivity`, `rank --robustness`, `report`
 * and `check`'s `minRobustness` share one result for the same settings. The result's tipping
 * points are left empty (see {@link rememberedTipping}).
 */
export function rememberedSimulation(
  memo: ResultMemo,
  prepared: PreparedRanking,
  method: DecisionMethod,
  settings: SimulationSettings,
  sources: ReadonlyMap<string, SourceFile>,
): SensitivityResult {
  const { iterations, spread, seed } = settings;
  return memo.remember(`simulate ${method.id} ${iterations} ${spread} ${seed}`, () =>
    unwrap(simulate(prepared, method, settings, statedUncertainty(prepared)), sources),
  );
}

/**
 * Each eligible vendor's P(rank 1) under the default simulation (10,000 draws, spread 0.2,
 * seed 1, the project's weight and answer ranges drawn too): the one figure `rank --robustness`
 * shows and `check`'s `minRobustness` judges, equal to `sensitivity`'s `pRank1` with the same
 * settings (and taken from its result when it has run on the same inputs).
 */
export function rememberedRobustness(
  memo: ResultMemo,
  prepared: PreparedRanking,
  method: DecisionMethod,
  sources: ReadonlyMap<string, SourceFile>,
): RankRobustness {
  return robustnessOf(rememberedSimulation(memo, prepared, method, defaultSimulation, sources));
}

/** The tipping points of `prepared` under `method` (`tippingPoints`), remembered. */
export function rememberedTipping(
  memo: ResultMemo,
  prepared: PreparedRanking,
  method: DecisionMethod,
): TippingPoints {
  return memo.remember(`tipping ${method.id}`, () => tippingPoints(prepared, method));
}
