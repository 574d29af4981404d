import type { Format } from './format.js';
import { rankingJsonHeader } from './json-header.js';
import type { ExplainModel } from './models.js';
import { vendorToJson } from './ranking-json.js';

/** `explain --format json`: the ranking's header, then the vendor's entry as in `rank`. */
export function formatExplainJson(m: ExplainModel, toolVersion: string): string {
  const doc = { ...rankingJsonHeader(m.ranking, toolVersion), vendor: vendorToJson(m.vendor) };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** `explain --format json`. */
export const explainJsonFormat: Format<ExplainModel> = {
  id: 'json',
  description: "the vendor's entry as in rank --format json, with the ranking's header",
  extension: 'json',
  render: (m, ctx) => formatExplainJson(m, ctx.toolVersion),
};
