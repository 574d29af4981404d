import type { MethodComparison } from './method-comparison.js';
import { criteriaSetToJson } from './ranking-json.js';

/**
 * `rank --all-methods --format json`: each vendor's rank and score under every method, numbers
 * unrounded, vendors in the order of `orderedBy`.
 */
export function formatMethodsJson(c: MethodComparison, toolVersion: string): string {
  const doc = {
    tool: { name: 'vendor-eval', version: toolVersion },
    criteriaSet: criteriaSetToJson(c.criteriaSet),
    methods: c.methods,
    orderedBy: c.orderedBy,
    missingPolicy: c.missing,
    sameWinner: c.sameWinner,
    winners: c.winners,
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
