import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankAcceptabilitySvg } from '../../../src/report/charts/rank-acceptability.js';
import { smallMultiplesSvg } from '../../../src/report/charts/small-multiples.js';
import { stackedBarsSvg } from '../../../src/report/charts/stacked-bars.js';
import { valueMapSvg } from '../../../src/report/charts/value-map.js';
import type { VendorAcceptability } from '../../../src/core/model/sensitivity.js';
import type { CategorySplit, ValueMap } from '../../../src/report/decision-record/model.js';
import { expectChartContract } from './contract.js';
import { fillsOf } from './svg-parse.js';

// Names from any characters, hostile ones made likely; never the words the test looks for.
const name = fc
  .oneof(
    fc.string({ maxLength: 60, unit: 'binary' }),
    fc.constantFrom('<script>alert(1)</script>', '" onload="x', "'&amp;<>", 'A'.repeat(200), ''),
  )
  .filter((s) => !/nan|infinity/i.test(s));
const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/);
const score = fc.double({ min: 0, max: 100, noNaN: true });
const width = fc.option(fc.integer({ min: 200, max: 1400 }), { nil: undefined });

const splitArb = fc
  .record({
    categories: fc.uniqueArray(
      fc.record({ id, name, weight: fc.double({ min: 0, max: 1, noNaN: true }) }),
      { maxLength: 10, selector: (c) => c.id },
    ),
    vendors: fc.uniqueArray(
      fc.record({
        id,
        name,
        rank: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
        parts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
          minLength: 10,
          maxLength: 10,
        }),
        score,
      }),
      { maxLength: 12, selector: (v) => v.id },
    ),
  })
  .map(({ categories, vendors }): CategorySplit => ({
    categories,
    bars: vendors.map((v) => {
      const parts = categories.map((_, i) => v.parts[i] ?? 0);
      const sum = parts.reduce((s, x) => s + x, 0);
      return {
        id: v.id,
        name: v.name,
        rank: v.rank,
        eligible: v.rank !== null,
        score: v.score,
        segments: parts.map((p) => (sum > 0 ? (v.score * p) / sum : 0)),
      };
    }),
    exact: true,
    basis: 'segments',
  }));

describe('every chart over random valid inputs', () => {
  it('stacked bars and small multiples: well-formed, no NaN or Infinity, every vendor, one pattern per category', () => {
    fc.assert(
      fc.property(splitArb, width, fc.constantFrom(undefined, 'p', 'a b<'), (split, w, prefix) => {
        const safe = prefix === undefined ? 'stacked-bars' : prefix.replace(/[^A-Za-z0-9_-]/g, '_');
        const bars = stackedBarsSvg(split, { width: w, idPrefix: prefix });
        expectChartContract(bars, 'stacked-bars', safe);
        expect(fillsOf(bars).length).toBeLessThanOrEqual(split.categories.length);
        for (const b of split.bars) expect(bars).toContain(`data-vendor="${b.id}"`);
        const profiles = split.bars.map((b) => ({
          ...b,
          scores: b.segments.map((s, i) => (i % 3 === 2 ? null : s)),
        }));
        const multiples = smallMultiplesSvg(profiles, split.categories, { width: w });
        expectChartContract(multiples, 'small-multiples', 'small-multiples');
        expect(fillsOf(multiples).length).toBeLessThanOrEqual(split.categories.length);
        for (const b of split.bars) expect(multiples).toContain(`data-vendor="${b.id}"`);
      }),
      { numRuns: 60 },
    );
  });

  it('value map: well-formed, no NaN or Infinity, every costed vendor', () => {
    const point = fc.record({
      id,
      name,
      score,
      monthly: fc.oneof(
        fc.constant(0),
        fc.constant(5000),
        fc.double({ min: 0, max: 1e8, noNaN: true }),
      ),
      eligible: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(point, { maxLength: 12, selector: (p) => p.id }),
        fc.option(fc.constantFrom('EUR', 'USD', '<b>'), { nil: null }),
        width,
        (points, currency, w) => {
          const map: ValueMap = {
            currency,
            points: points.map((p) => ({ ...p, contract: p.monthly * 36, onFront: p.eligible })),
            front: points.filter((p) => p.eligible).map((p) => p.id),
            uncosted: [],
          };
          const svg = valueMapSvg(map, { width: w });
          expectChartContract(svg, 'value-map', 'value-map');
          for (const p of points) expect(svg).toContain(`data-vendor="${p.id}"`);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('rank acceptability: well-formed, no NaN or Infinity, one pattern per rank', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id, name, eligible: fc.boolean() }), {
          maxLength: 12,
          selector: (v) => v.id,
        }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        width,
        (vendors, iterations, spread, w) => {
          const ranks = vendors.filter((v) => v.eligible).length;
          const acceptability = vendors.map((v, k): VendorAcceptability => ({
            id: v.id,
            name: v.name,
            baseRank: v.eligible ? 1 : null,
            eligible: v.eligible,
            pRank1: 0,
            meanRank: null,
            rankMin: null,
            rankMax: null,
            rankP5: null,
            rankP95: null,
            shares: v.eligible
              ? Array.from({ length: ranks }, (_, r) => ((r + k) % 3) / Math.max(1, ranks))
              : [],
            centralWeights: null,
            confidence: null,
          }));
          const svg = rankAcceptabilitySvg(
            {
              result: {
                method: 'weighted-sum',
                iterations,
                seed: 7,
                spread,
                vendors: acceptability,
                tippingPoints: [],
                categoryTippingPoints: [],
                rangedWeights: [],
                uncertainAnswers: 0,
              },
              groups: [],
              centralWeights: [],
            },
            { width: w },
          );
          expectChartContract(svg, 'rank-acceptability', 'rank-acceptability');
          expect(fillsOf(svg).length).toBeLessThanOrEqual(ranks);
        },
      ),
      { numRuns: 60 },
    );
  });
});
