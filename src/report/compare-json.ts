import type { VendorResult } from '../core/model/ranking.js';
import type { Comparison, CompareSide } from './compare-rows.js';
import type { Format } from './format.js';
import { rankingJsonHeader } from './json-header.js';
import { detailsToJson } from './ranking-json.js';
import type { CompareModel } from './models.js';

/**
 * `compare --format json`: both vendors' totals, ranks and knock-outs, and the first `shown`
 * criteria by |difference| with each side's answer, utility and contribution; numbers unrounded.
 */
export function formatCompareJson(c: Comparison, shown: number, toolVersion: string): string {
  // `note` as in rank's criteria entries: the file's note (kept for an unanswered criterion too)
  const side = (s: CompareSide): object => ({
    value: s.value,
    utility: s.utility,
    contribution: s.contribution,
    note: s.note ?? null,
  });
  const vendor = (v: VendorResult): object => ({
    id: v.id,
    name: v.name,
    rank: v.rank,
    score: v.score,
    eligible: v.eligible,
    knockouts: v.knockouts,
    complete: v.complete,
    missing: v.missing,
    dominatedBy: v.dominatedBy,
    cost: v.cost,
    details: detailsToJson(v),
  });
  const doc = {
    ...rankingJsonHeader(c.ranking, toolVersion),
    a: vendor(c.a),
    b: vendor(c.b),
    scoreDifference: c.scoreDifference,
    // each criterion's part of scoreDifference under the ranking's own method: they add up to it
    differenceUnit: 'score points',
    differenceMeaning: c.differenceLabel,
    criteria: c.rows.slice(0, shown).map((r) => ({
      id: r.id,
      name: r.name,
      path: r.path,
      weight: r.weight,
      a: side(r.a),
      b: side(r.b),
      difference: r.difference,
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** `compare --format json`. */
export const compareJsonFormat: Format<CompareModel> = {
  id: 'json',
  description: 'both vendors and the criteria that differ, unrounded',
  extension: 'json',
  userText: 'encoded',
  render: (m, ctx) => formatCompareJson(m.comparison, m.shown, ctx.toolVersion),
};
