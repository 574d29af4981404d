import type { IndependenceResult } from '../core/model/independence.js';

/**
 * The `independence` key of `consensus --format json` (additive to the SPEC's document): one
 * entry per evaluator file of a vendor scored by two or more evaluators, `{vendor, evaluator,
 * file, status, commit, committedAt, sawFrom}`, with `reason` for an uncommitted file. Outside a
 * git repository every status is `unknown` and `commit` null.
 */
export function independenceToJson(result: IndependenceResult): object[] {
  return result.files.map((f) => ({
    vendor: f.vendor,
    evaluator: f.evaluator,
    file: f.file,
    status: f.status,
    commit: f.commit,
    committedAt: f.committedAt,
    sawFrom: f.sawFrom.map((s) => ({
      evaluator: s.evaluator,
      file: s.file,
      commit: s.commit,
      committedAt: s.committedAt,
      inHistory: s.inHistory,
    })),
    ...(f.reason ? { reason: f.reason } : {}),
  }));
}
