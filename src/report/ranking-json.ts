import type { Ranking, VendorResult } from '../core/model/ranking.js';

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

/** The `rank --format json` document (SPEC "rank --format json"); numbers unrounded. */
export function rankingToJson(ranking: Ranking, toolVersion: string): object {
  return {
    tool: { name: 'vendor-eval', version: toolVersion },
    criteriaSet: criteriaSetToJson(ranking.criteriaSet),
    method: ranking.method,
    ...(ranking.methodSummary ?? {}),
    missingPolicy: ranking.missing,
    vendors: ranking.vendors.map(vendorToJson),
  };
}

/** One vendor's entry, as in `rank` and `explain --format json`. */
export function vendorToJson(v: VendorResult): object {
  return {
    rank: v.rank,
    id: v.id,
    name: v.name,
    score: v.score,
    eligible: v.eligible,
    knockouts: v.knockouts,
    complete: v.complete,
    missing: v.missing,
    dominatedBy: v.dominatedBy,
    categories: v.categories,
    criteria: v.criteria.map((c) => ({
      id: c.id,
      name: c.name,
      path: c.path,
      value: c.value,
      utility: c.utility,
      weight: c.weight,
      contribution: c.contribution,
      evidence: c.evidence ?? null,
      note: c.note ?? null,
      ...(c.evaluations ? { evaluations: c.evaluations } : {}),
    })),
    ...(v.details ? { details: v.details } : {}),
    evaluators: v.evaluators,
    profile: v.profile,
    files: v.files,
  };
}

/** The JSON text of a ranking, pretty-printed, with a final newline. */
export function formatRankingJson(ranking: Ranking, toolVersion: string): string {
  return `${JSON.stringify(rankingToJson(ranking, toolVersion), null, 2)}\n`;
}
