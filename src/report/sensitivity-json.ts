import type { TippingPoint, VendorAcceptability } from '../core/model/sensitivity.js';
import type { Format } from './format.js';
import { jsonHeader } from './json-header.js';
import type { SensitivityModel } from './sensitivity-model.js';

/** One vendor as SPEC's `sensitivity --format json` lists it, the additive fields after. */
function vendorToJson(v: VendorAcceptability): object {
  return {
    id: v.id,
    baseRank: v.baseRank,
    pRank1: v.pRank1,
    meanRank: v.meanRank,
    rankMin: v.rankMin,
    rankMax: v.rankMax,
    rankP5: v.rankP5,
    rankP95: v.rankP95,
    name: v.name,
    eligible: v.eligible,
    shares: v.shares,
    centralWeights: v.centralWeights,
    confidence: v.confidence,
  };
}

/** A tipping point under the key SPEC gives it: `criterion` (or `category`). */
function tippingToJson(t: TippingPoint, key: 'criterion' | 'category'): object {
  return {
    [key]: t.id,
    weight: t.weight,
    newWeight: t.newWeight,
    newLeader: t.newLeader,
    leader: t.leader,
  };
}

/**
 * `sensitivity --format json` (SPEC): the common head (tool, criteria set, method, overrides,
 * missing policy, skipped files), then `iterations`, `seed`, `spread`, `vendors` and
 * `tippingPoints` as SPEC gives them, then the additive `categoryTippingPoints`,
 * `rangedWeights` and `uncertainAnswers`. Numbers unrounded.
 */
export function formatSensitivityJson(m: SensitivityModel, toolVersion: string): string {
  const r = m.result;
  const doc = {
    ...jsonHeader(
      toolVersion,
      m.ranking.criteriaSet,
      { method: r.method },
      m.ranking.weightOverrides,
      m.ranking.missing,
      m.ranking.skipped,
    ),
    iterations: r.iterations,
    seed: r.seed,
    spread: r.spread,
    vendors: r.vendors.map(vendorToJson),
    tippingPoints: r.tippingPoints.map((t) => tippingToJson(t, 'criterion')),
    categoryTippingPoints: r.categoryTippingPoints.map((t) => tippingToJson(t, 'category')),
    rangedWeights: r.rangedWeights,
    uncertainAnswers: r.uncertainAnswers,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** `sensitivity --format json`. */
export const sensitivityJsonFormat: Format<SensitivityModel> = {
  id: 'json',
  description: 'every figure, unrounded (SPEC "sensitivity --format json")',
  extension: 'json',
  userText: 'encoded',
  render: (m, ctx) => formatSensitivityJson(m, ctx.toolVersion),
};
