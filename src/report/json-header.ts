import type { Ranking } from '../core/model/ranking.js';
import { skippedToJson } from './skipped-files.js';
import { overridesToJson } from './weight-overrides.js';

/**
 * The head of every JSON document about scored vendors (`rank`, `rank --all-methods`, `explain`,
 * `compare`): the tool, the criteria set, the method part, the `--weights` overrides (SPEC: the
 * raw values given, `{}` without), the missing-answer policy, then whether the ranking is
 * `partial` and the files `--skip-invalid` left out (`skipped`, `[]` without).
 * `method` is `{ method, …methodSummary }` for one method (see {@link rankingJsonHeader}) or
 * `{ methods, orderedBy }` for several.
 */
export function jsonHeader(
  toolVersion: string,
  criteriaSet: Ranking['criteriaSet'],
  method: Readonly<Record<string, unknown>>,
  weightOverrides: Ranking['weightOverrides'],
  missing: Ranking['missing'],
  skipped: Ranking['skipped'],
): Record<string, unknown> {
  return {
    tool: { name: 'vendor-eval', version: toolVersion },
    criteriaSet: criteriaSetToJson(criteriaSet),
    ...method,
    weightOverrides: overridesToJson(weightOverrides),
    missingPolicy: missing,
    ...skippedToJson(skipped),
  };
}

/** The JSON head for one ranking: its method and the method's summary (e.g. VIKOR's compromise). */
export function rankingJsonHeader(
  ranking: Pick<
    Ranking,
    'criteriaSet' | 'method' | 'methodSummary' | 'weightOverrides' | 'missing' | 'skipped'
  >,
  toolVersion: string,
): Record<string, unknown> {
  return jsonHeader(
    toolVersion,
    ranking.criteriaSet,
    { method: ranking.method, ...(ranking.methodSummary ?? {}) },
    ranking.weightOverrides,
    ranking.missing,
    ranking.skipped,
  );
}

/**
 * A criteria set as every JSON document heads it: `version` is null when the set has none
 * (JSON has no "absent"; the domain type leaves it out).
 */
export function criteriaSetToJson(cs: Ranking['criteriaSet']): {
  id: string;
  name: string;
  version: number | string | null;
} {
  return { id: cs.id, name: cs.name, version: cs.version ?? null };
}
