import type { Ranking } from '../core/model/ranking.js';

/**
 * The head of every JSON document about scored vendors (`rank`, `rank --all-methods`, `explain`,
 * `compare`): the tool, the criteria set, the method part, then the missing-answer policy.
 * `method` is `{ method, …methodSummary }` for one method (see {@link rankingJsonHeader}) or
 * `{ methods, orderedBy }` for several.
 */
export function jsonHeader(
  toolVersion: string,
  criteriaSet: Ranking['criteriaSet'],
  method: Readonly<Record<string, unknown>>,
  missing: Ranking['missing'],
): Record<string, unknown> {
  return {
    tool: { name: 'vendor-eval', version: toolVersion },
    criteriaSet,
    ...method,
    missingPolicy: missing,
  };
}

/** The JSON head for one ranking: its method and the method's summary (e.g. VIKOR's compromise). */
export function rankingJsonHeader(
  ranking: Pick<Ranking, 'criteriaSet' | 'method' | 'methodSummary' | 'missing'>,
  toolVersion: string,
): Record<string, unknown> {
  return jsonHeader(
    toolVersion,
    ranking.criteriaSet,
    { method: ranking.method, ...(ranking.methodSummary ?? {}) },
    ranking.missing,
  );
}
