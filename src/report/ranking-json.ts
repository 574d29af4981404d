import type { Ranking, VendorResult } from '../core/model/ranking.js';
import type { Format } from './format.js';
import { evaluatorPanels } from './evaluator-panels.js';
import { jsonChunks } from './json-chunks.js';
import { rankingJsonHeader } from './json-header.js';

/**
 * The `rank --format json` document (SPEC "rank --format json"); numbers unrounded. Each
 * vendor's entry is made by its `toJSON` when the document is written (JSON.stringify or
 * {@link jsonChunks}): a thousand vendors' entries, ~100 MB of JSON, never exist at once.
 */
export function rankingToJson(ranking: Ranking, toolVersion: string): object {
  const panels = evaluatorPanels(ranking);
  return {
    ...rankingJsonHeader(ranking, toolVersion),
    // additive: present only when some vendor combines several evaluators' answers
    ...(panels ? { evaluatorPanels: panels } : {}),
    vendors: ranking.vendors.map((v) => ({ toJSON: () => rankedVendorToJson(ranking, v) })),
  };
}

/** One vendor's entry of the `rank` document: {@link vendorToJson}, and its robustness. */
function rankedVendorToJson(ranking: Ranking, v: VendorResult): object {
  const entry = vendorToJson(v);
  const robust = ranking.robustness;
  if (!robust) return entry;
  // additive (`rank --robustness`): null for a vendor never ranked (ineligible)
  const { iterations, spread, seed } = robust;
  const pRank1 = robust.pRank1.get(v.id) ?? null;
  return { ...entry, robustness: { pRank1, iterations, spread, seed } };
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
      ...(c.moderated ? { moderated: c.moderated } : {}),
    })),
    cost: v.cost,
    details: detailsToJson(v),
    evaluators: v.evaluators,
    profile: v.profile,
    files: v.files,
  };
}

/**
 * A vendor's `details` (SPEC "Decision methods"): the method's vendor-level figures, the criteria
 * that zeroed its product (`zeroedBy`, weighted-product and waspas), and `criteria`: each
 * criterion's own terms of the method's score, `{id, …}` in criterion order.
 */
export function detailsToJson(v: VendorResult): object {
  return {
    ...v.details,
    ...(v.zeroedBy.length ? { zeroedBy: v.zeroedBy } : {}),
    criteria: v.terms.map((t, j) => ({ id: v.criteria[j]?.id ?? '', ...t })),
  };
}

/** The JSON text of a ranking, pretty-printed, with a final newline. */
export function formatRankingJson(ranking: Ranking, toolVersion: string): string {
  return `${JSON.stringify(rankingToJson(ranking, toolVersion), null, 2)}\n`;
}

/** `rank --format json`. */
export const rankingJsonFormat: Format<Ranking> = {
  id: 'json',
  description: 'every score, unrounded, for other tools (SPEC "rank --format json")',
  extension: 'json',
  userText: 'encoded',
  render: (ranking, ctx) => formatRankingJson(ranking, ctx.toolVersion),
  // the same text, one vendor's entry at a time
  *renderPieces(ranking, ctx) {
    yield* jsonChunks(rankingToJson(ranking, ctx.toolVersion), 2);
    yield '\n';
  },
};
