import type { VendorResult } from '../core/model/ranking.js';
import type { Comparison, CompareSide } from './compare-rows.js';
import type { Format } from './format.js';
import { rankingJsonHeader } from './json-header.js';
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
    ...(v.details ? { details: v.details } : {}),
  });
  const doc = {
    ...rankingJsonHeader(c.ranking, toolVersion),
    a: vendor(c.a),
    b: vendor(c.b),
    scoreDifference: c.scoreDifference,
    // the per-criterion differences are weighted-sum points whatever the method; under another
    // method they explain the gap in substance but do not add up to scoreDifference
    differenceUnit: 'weighted-sum points',
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
  render: (m, ctx) => formatCompareJson(m.comparison, m.shown, ctx.toolVersion),
};
