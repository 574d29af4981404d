/** Fixed inputs of the chart tests: a small project with hostile and overlong names. */
import type {
  CategoryProfile,
  CategorySplit,
  RobustnessSection,
  ValueMap,
} from '../../../src/report/decision-record/model.js';
import type { VendorAcceptability } from '../../../src/core/model/sensitivity.js';

export const scriptName = '<script>alert(1)</script>';
export const quoteName = '" onload="x';
/** 200 characters: the label is cut with an ellipsis, the full name stays in the tooltip. */
export const longName = `Northwind Omnichannel Customer Experience & Contact Centre Outsourcing Group ${'Z'.repeat(123)}`;

export const categories: CategorySplit['categories'] = [
  { id: 'service', name: 'Service levels', weight: 0.5 },
  { id: 'price', name: 'Pricing & <terms>', weight: 0.3 },
  { id: 'risk', name: 'Risk', weight: 0.2 },
];

export const split: CategorySplit = {
  categories,
  bars: [
    {
      id: 'acme',
      name: 'Acme Care',
      rank: 1,
      eligible: true,
      score: 72.5,
      segments: [40, 20, 12.5],
    },
    {
      id: 'bolt',
      name: scriptName,
      rank: 2,
      eligible: true,
      score: 61.25,
      segments: [30, 25, 6.25],
    },
    { id: 'long', name: longName, rank: 3, eligible: true, score: 33, segments: [3, 0, 30] },
    {
      id: 'quote',
      name: quoteName,
      rank: null,
      eligible: false,
      score: 80,
      segments: [45, 20, 15],
    },
  ],
  exact: true,
  basis: "each segment is the category's points",
};

export const profiles: CategoryProfile[] = [
  { id: 'acme', name: 'Acme Care', rank: 1, eligible: true, scores: [80, 66.7, 62.5] },
  { id: 'bolt', name: scriptName, rank: 2, eligible: true, scores: [60, 83.3, null] },
  { id: 'long', name: longName, rank: 3, eligible: true, scores: [6, 0, 100] },
  { id: 'quote', name: quoteName, rank: null, eligible: false, scores: [90, 66.7, 75] },
];

export const valueMap: ValueMap = {
  currency: 'EUR',
  points: [
    {
      id: 'acme',
      name: 'Acme Care',
      score: 72.5,
      monthly: 152_000,
      contract: 5_472_000,
      eligible: true,
      onFront: true,
    },
    {
      id: 'bolt',
      name: scriptName,
      score: 61.25,
      monthly: 98_500,
      contract: 3_546_000,
      eligible: true,
      onFront: true,
    },
    {
      id: 'long',
      name: longName,
      score: 33,
      monthly: 120_000,
      contract: 4_320_000,
      eligible: true,
      onFront: false,
    },
    {
      id: 'quote',
      name: quoteName,
      score: 80,
      monthly: 99_000,
      contract: 3_564_000,
      eligible: false,
      onFront: false,
    },
  ],
  front: ['bolt', 'acme'],
  uncosted: ['zeta'],
};

function acceptability(
  id: string,
  name: string,
  baseRank: number | null,
  shares: number[],
): VendorAcceptability {
  const eligible = baseRank !== null;
  return {
    id,
    name,
    baseRank,
    eligible,
    pRank1: shares[0] ?? 0,
    meanRank: eligible ? shares.reduce((s, x, r) => s + x * (r + 1), 0) : null,
    rankMin: eligible ? 1 : null,
    rankMax: eligible ? shares.length : null,
    rankP5: eligible ? 1 : null,
    rankP95: eligible ? shares.length : null,
    shares,
    centralWeights: null,
    confidence: null,
  };
}

export const robustness: RobustnessSection = {
  result: {
    method: 'weighted-sum',
    iterations: 10_000,
    seed: 42,
    spread: 0.2,
    vendors: [
      acceptability('acme', 'Acme Care', 1, [0.812, 0.15, 0.038]),
      acceptability('bolt', scriptName, 2, [0.15, 0.6, 0.25]),
      acceptability('long', longName, 3, [0.038, 0.25, 0.712]),
      acceptability('quote', quoteName, null, []),
    ],
    tippingPoints: [],
    categoryTippingPoints: [],
    rangedWeights: [],
    uncertainAnswers: 0,
  },
  groups: categories.map((c) => ({ ...c, criteria: [c.id] })),
  centralWeights: [],
};
