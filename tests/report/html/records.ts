// Decision records built from the core builders, for the HTML tests: the same steps as
// `vendor-eval report` (prepare, rank, optionally simulate, tipping points, build), no files.
import { winnerOf } from '../../../src/core/analysis/decision-change.js';
import { robustnessOf } from '../../../src/core/analysis/sensitivity/robustness.js';
import { simulate } from '../../../src/core/analysis/sensitivity/simulate.js';
import { statedUncertainty } from '../../../src/core/analysis/sensitivity/uncertainty.js';
import { tippingPoints } from '../../../src/core/analysis/tipping-points.js';
import { resolveMethodOptions } from '../../../src/core/methods/index.js';
import type { SkippedFile } from '../../../src/core/model/ranking.js';
import type { CriteriaSet, Vendor } from '../../../src/core/model/types.js';
import { prepareRanking, rankPrepared } from '../../../src/core/scoring/rank.js';
import { resolveMethod } from '../../../src/core/scoring/resolve-method.js';
import { buildDecisionRecord } from '../../../src/report/decision-record/build.js';
import type { DecisionRecord } from '../../../src/report/decision-record/model.js';
import { valueOf } from '../../core/builders.js';

/** What a test may vary besides the set and vendors. */
export interface RecordOptions {
  /** Simulate (200 draws, spread 0.2, seed 1), as `--robustness`. */
  robustness?: boolean;
  weights?: ReadonlyMap<string, number>;
  skipped?: SkippedFile[];
  /** Replaces the input files' names (default one file per vendor). */
  files?: string[];
  command?: string;
}

/** The record `report` would build for these vendors under this set. */
export function recordOf(
  set: CriteriaSet,
  vendors: readonly Vendor[],
  o: RecordOptions = {},
): DecisionRecord {
  const method = valueOf(resolveMethod(set.method));
  const prepared = valueOf(
    prepareRanking(set, vendors, {
      missing: 'zero',
      weightOverrides: o.weights,
      skipped: o.skipped,
    }),
  );
  const base = valueOf(rankPrepared(prepared, method));
  const sensitivity = o.robustness
    ? valueOf(
        simulate(
          prepared,
          method,
          { iterations: 200, spread: 0.2, seed: 1 },
          statedUncertainty(prepared),
        ),
      )
    : undefined;
  const ranking = sensitivity ? { ...base, robustness: robustnessOf(sensitivity) } : base;
  const files = o.files ?? vendors.map((v) => `vendors/${v.id}.yaml`);
  return buildDecisionRecord({
    set,
    ranking,
    method: { id: method.id, name: method.name, summary: method.summary },
    methodOptions: resolveMethodOptions(method, set),
    sensitivity,
    tipping: tippingPoints(prepared, method),
    leader: winnerOf(ranking),
    inputHash: {
      algorithm: 'sha256',
      digest: 'a'.repeat(64),
      files: files.map((file, i) => ({ file, sha256: String(i).repeat(64) })),
    },
    toolVersion: '0.0.0-test',
    generatedAt: '2026-01-01T00:00:00.000Z',
    command: o.command ?? 'vendor-eval report vendors/',
  });
}
