import { vendorDerivations } from '../core/scoring/utility-derivation.js';
import type { Format } from './format.js';
import { rankingJsonHeader } from './json-header.js';
import type { ExplainModel } from './models.js';
import { vendorToJson } from './ranking-json.js';

/**
 * `explain --format json`: the ranking's header, then the vendor's entry as in `rank`, each
 * criterion with its `derivation` (how its utility was derived; null when unanswered).
 */
export function formatExplainJson(m: ExplainModel, toolVersion: string): string {
  const derivations = vendorDerivations(m.set, m.ranking, m.vendor.id);
  const entry = vendorToJson(m.vendor) as { criteria: object[] };
  const vendor = {
    ...entry,
    criteria: entry.criteria.map((c, i) => ({ ...c, derivation: derivations[i] ?? null })),
  };
  const doc = { ...rankingJsonHeader(m.ranking, toolVersion), vendor };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** `explain --format json`. */
export const explainJsonFormat: Format<ExplainModel> = {
  id: 'json',
  description:
    "the vendor's entry as in rank --format json, with the ranking's header and each utility's derivation",
  extension: 'json',
  userText: 'encoded',
  render: (m, ctx) => formatExplainJson(m, ctx.toolVersion),
};
