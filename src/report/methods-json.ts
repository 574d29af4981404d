import type { Format } from './format.js';
import { jsonHeader } from './json-header.js';
import type { MethodComparison } from './method-comparison.js';

/**
 * `rank --all-methods --format json`: each vendor's rank and score under every method, numbers
 * unrounded, vendors in the order of `orderedBy`.
 */
export function formatMethodsJson(c: MethodComparison, toolVersion: string): string {
  const doc = {
    ...jsonHeader(
      toolVersion,
      c.criteriaSet,
      { methods: c.methods, orderedBy: c.orderedBy },
      c.weightOverrides,
      c.missing,
      c.skipped,
    ),
    sameWinner: c.sameWinner,
    winners: c.winners,
    noVerdict: c.noVerdict,
    vendors: c.vendors.map((v) => ({
      id: v.id,
      name: v.name,
      eligible: v.eligible,
      ranks: v.ranks,
      scores: v.scores,
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** `rank --all-methods --format json`. */
export const methodsJsonFormat: Format<MethodComparison> = {
  id: 'json',
  description: "each vendor's rank and score under every method, unrounded",
  extension: 'json',
  userText: 'encoded',
  render: (c, ctx) => formatMethodsJson(c, ctx.toolVersion),
};
