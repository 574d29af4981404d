// End-to-end properties (issue 16): generated schema-valid criteria sets and vendors
// (arbitraries.ts), written as YAML files and ranked by the real CLI in process, under every
// decision method and missing-answer policy. tests/core/properties.test.ts holds the same
// invariants on the core's own objects; here they must survive the loaders, the set's options,
// file order and the JSON writer too.
//
// Which invariant holds for which method (docs/methods.md, docs/methods/*.md):
// - no crash, scores in 0–100, competition ranks, ineligible after eligible: every method;
// - permuting the vendor files: every method (scores equal to 1e-9: sums are reordered);
// - scaling every weight by a power of two: every method, bit for bit (the normalised weights
//   are the same doubles); by any other factor the order of vendors more than 1e-9 apart stays;
// - monotonicity: improving one answer of one vendor never lowers its own score, in a new run:
//   weighted-sum, weighted-product and waspas, whose score of a vendor depends only on its own
//   utilities (and a utility only rises with the answer, relative scorings included). Not claimed
//   for topsis, vikor and promethee2: a vendor's figure moves the column's norm, ideal or the
//   others' flows, so its own score is not a function of its own answers alone;
// - a vendor improved on every answered criterion (eligible) never ranks below the original:
//   every method, in one run. What is NOT claimed: that adding or removing a vendor keeps the
//   others' order (rank reversal: TOPSIS, VIKOR, PROMETHEE II and every relative scoring can
//   reorder the rest of the field, docs/methods/promethee2.md "Things to know").
//
// Runs are bounded (numRuns below) and seeded: FC_SEED=<n> tries another seed, FC_RUNS=<n>
// multiplies the runs; fast-check prints the seed and the shrunk counterexample on failure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tiesWith } from '../../src/core/scoring/competition-rank.js';
import { makeTempDir } from '../helpers/temp.js';
import {
  criteriaOf,
  improveAnswer,
  improvedVendor,
  methods,
  problemArb,
  type VendorSpec,
} from './arbitraries.js';
import {
  expectCleanOutcome,
  rankGenerated,
  type GeneratedRun,
  type RankedVendor,
} from './run-generated.js';

const seed = Number(process.env.FC_SEED ?? 20261207);
/** FC_RUNS=<n> multiplies every property's runs, for a longer hunt by hand. */
const factor = Number(process.env.FC_RUNS ?? 1);
const params = (numRuns: number) => ({ seed, numRuns: Math.max(1, Math.round(numRuns * factor)) });

/**
 * Refusals a schema-valid input may legitimately meet: rules the schema cannot express.
 * `zero-weights`: every sibling weighs 0; `missing-answer`: `--missing fail` and an unanswered
 * criterion.
 */
const legitimateRefusals = new Set(['zero-weights', 'missing-answer']);

const missingArb = fc.constantFrom('zero' as const, 'exclude' as const);
const styleArb = fc.constantFrom('block' as const, 'json' as const);

/** The run's vendors, after checking its outcome is clean; undefined when legitimately refused. */
function rankedOf(run: GeneratedRun): RankedVendor[] | undefined {
  const refusals = expectCleanOutcome(run);
  for (const rule of refusals) expect(legitimateRefusals, run.stderr).toContain(rule);
  return run.vendors;
}

/** The JSON's vendors obey SPEC "rank --format json": scores, ranks, order, dominance. */
function expectWellFormedRanking(vendors: RankedVendor[]): void {
  const eligible = vendors.filter((v) => v.eligible);
  // eligible first, each ineligible with rank null
  vendors.forEach((v, i) => {
    expect(Number.isFinite(v.score), `${v.id} score ${v.score}`).toBe(true);
    expect(v.score).toBeGreaterThanOrEqual(0);
    expect(v.score).toBeLessThanOrEqual(100);
    expect(v.eligible).toBe(i < eligible.length);
    if (!v.eligible) expect(v.rank).toBeNull();
  });
  // competition ranks (1, 2, 2, 4) over scores that tie within the contract's tolerance
  let top = Infinity;
  eligible.forEach((v, i) => {
    const previous = eligible[i - 1];
    if (previous && tiesWith(top, v.score)) {
      expect(v.rank).toBe(previous.rank);
    } else {
      expect(v.score).toBeLessThan(top);
      expect(v.rank).toBe(i + 1);
      top = v.score;
    }
  });
  // a dominator is eligible, listed first, ranked at least as well and scored at least as high
  const position = new Map(vendors.map((v, i) => [v.id, i]));
  for (const v of vendors) {
    for (const id of v.dominatedBy) {
      const d = vendors[position.get(id) ?? -1];
      expect(d?.eligible, `${id} dominates ${v.id}`).toBe(true);
      expect(position.get(id) ?? Infinity).toBeLessThan(position.get(v.id) ?? -1);
      if (v.rank !== null) expect(d?.rank ?? Infinity).toBeLessThanOrEqual(v.rank);
    }
  }
}

const byId = (vendors: RankedVendor[]) => new Map(vendors.map((v) => [v.id, v]));

/** Generous: the properties run hundreds of in-process ranks, and a failure shrinks with more. */
const timeout = 180_000;

describe('generated sets and vendors through the real loaders and rank (fast-check)', () => {
  const root = makeTempDir('vendor-eval-props-');

  it.each(methods)(
    '%s: a vendor with every utility 1 scores 100, not 100.00000000000001 (weights 2 and 9)',
    async (method) => {
      // 100·2/11 + 100·9/11 is 100.00000000000001 in doubles: found by the improved-vendor
      // property below (seed 7), fixed by clamping reported scores to 0–100 (core/scoring/rank.ts)
      const p = {
        set: {
          method,
          categories: [],
          top: [
            { id: 'c-0', type: 'scale' as const, scale: { min: 0, max: 1 }, weight: 2 },
            { id: 'c-1', type: 'boolean' as const, must: false, weight: 9 },
          ],
          requires: [],
          hasCost: false,
        },
        vendors: [
          {
            id: 'v-0',
            answers: {
              'c-0': { kind: 'bare' as const, value: 1 },
              'c-1': { kind: 'bare' as const, value: true },
            },
          },
          {
            id: 'v-1',
            answers: {
              'c-0': { kind: 'bare' as const, value: 0 },
              'c-1': { kind: 'bare' as const, value: false },
            },
          },
        ],
      };
      const vendors = rankedOf(await rankGenerated(root, p, { missing: 'zero', style: 'block' }));
      expect(vendors?.[0]).toMatchObject({ id: 'v-0', rank: 1, score: 100 });
      expectWellFormedRanking(vendors ?? []);
    },
  );

  it(
    'every method and missing policy: exit 0 (or a legitimate refusal as issue lines), scores in 0–100, competition ranks, ineligible last',
    async () => {
      let ranked = 0;
      await fc.assert(
        fc.asyncProperty(
          problemArb(),
          fc.constantFrom('zero' as const, 'exclude' as const, 'fail' as const),
          styleArb,
          async (p, missing, style) => {
            for (const method of methods) {
              const vendors = rankedOf(await rankGenerated(root, p, { method, missing, style }));
              if (!vendors) continue;
              ranked++;
              expect(vendors.map((v) => v.id).sort()).toEqual(p.vendors.map((v) => v.id).sort());
              expectWellFormedRanking(vendors);
            }
          },
        ),
        params(14),
      );
      expect(ranked).toBeGreaterThan(0);
    },
    timeout,
  );

  it(
    'the set’s own method and options (no -m): the same guarantees',
    async () => {
      await fc.assert(
        fc.asyncProperty(problemArb(), missingArb, styleArb, async (p, missing, style) => {
          const vendors = rankedOf(await rankGenerated(root, p, { missing, style }));
          if (vendors) expectWellFormedRanking(vendors);
        }),
        params(20),
      );
    },
    timeout,
  );

  it(
    'every method: permuting the vendor files changes no score, rank or eligibility',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          problemArb().chain((p) =>
            fc.tuple(
              fc.constant(p),
              fc.shuffledSubarray(
                p.vendors.map((_, i) => i),
                { minLength: p.vendors.length },
              ),
            ),
          ),
          fc.constantFrom(...methods),
          missingArb,
          styleArb,
          async ([p, order], method, missing, style) => {
            const a = rankedOf(await rankGenerated(root, p, { method, missing, style }));
            const b = rankedOf(await rankGenerated(root, p, { method, missing, style, order }));
            expect(b === undefined).toBe(a === undefined);
            if (!a || !b) return;
            expect(b.map((v) => v.id)).toEqual(a.map((v) => v.id));
            const before = byId(a);
            for (const v of b) {
              const w = before.get(v.id) as RankedVendor;
              expect(Math.abs(v.score - w.score), `${v.id}: ${v.score} vs ${w.score}`).toBeLessThan(
                1e-9,
              );
              expect(v.rank).toBe(w.rank);
              expect(v.eligible).toBe(w.eligible);
              expect(v.dominatedBy).toEqual(w.dominatedBy);
            }
          },
        ),
        params(20),
      );
    },
    timeout,
  );

  it(
    'every method: scaling every weight by a power of two changes nothing, by another factor no clear order',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          problemArb(),
          fc.constantFrom(...methods),
          missingArb,
          fc.constantFrom(2, 8, 0.5, 1024, 1 / 64),
          fc.constantFrom(3, 0.7, 12.5),
          async (p, method, missing, power, factor) => {
            const a = rankedOf(await rankGenerated(root, p, { method, missing, style: 'block' }));
            const b = rankedOf(
              await rankGenerated(root, p, { method, missing, style: 'block', k: power }),
            );
            const c = rankedOf(
              await rankGenerated(root, p, { method, missing, style: 'json', k: factor }),
            );
            expect(b === undefined).toBe(a === undefined);
            expect(c === undefined).toBe(a === undefined);
            if (!a || !b || !c) return;
            expect(b).toEqual(a);
            const scaled = byId(c);
            for (const v of a) {
              const w = scaled.get(v.id) as RankedVendor;
              expect(w.eligible).toBe(v.eligible);
              expect(Math.abs(w.score - v.score)).toBeLessThan(1e-9 * Math.max(1, v.score));
              for (const u of a) {
                if (u.eligible && v.eligible && v.score - u.score > 1e-6) {
                  expect(w.score).toBeGreaterThan((scaled.get(u.id) as RankedVendor).score);
                }
              }
            }
          },
        ),
        params(18),
      );
    },
    timeout,
  );

  it(
    'every method: a vendor improved on every answer, when eligible, never ranks or scores below the original',
    async () => {
      let compared = 0;
      await fc.assert(
        fc.asyncProperty(
          problemArb(5),
          fc.nat(),
          fc.constantFrom(...methods),
          missingArb,
          styleArb,
          async (p, pick, method, missing, style) => {
            const base = p.vendors[pick % p.vendors.length] as VendorSpec;
            const better = improvedVendor(p.set, base, 'v-better');
            const vendors = rankedOf(
              await rankGenerated(root, p, { method, missing, style, extra: [better] }),
            );
            if (!vendors) return;
            expectWellFormedRanking(vendors);
            const all = byId(vendors);
            const b = all.get(base.id) as RankedVendor;
            const d = all.get('v-better') as RankedVendor;
            if (!d.eligible) return; // improving can trip a `max` must or a `when` rule
            compared++;
            // an ineligible original is listed after every eligible vendor (checked above); an
            // identical copy ties with it, listed by id
            const why = `${method}, missing ${missing}: ${d.score} vs ${b.score}`;
            if (b.rank !== null) expect(d.rank ?? Infinity, why).toBeLessThanOrEqual(b.rank);
            expect(d.score, why).toBeGreaterThanOrEqual(b.score - 1e-9 * 100);
          },
        ),
        params(30),
      );
      expect(compared).toBeGreaterThan(0);
    },
    timeout,
  );

  it.each(['weighted-sum', 'weighted-product', 'waspas'] as const)(
    '%s: improving one answer of one vendor never lowers its score (same eligibility)',
    async (method) => {
      let compared = 0;
      await fc.assert(
        fc.asyncProperty(
          problemArb(4),
          fc.nat(),
          fc.nat(),
          missingArb,
          async (p, pickVendor, pickCriterion, missing) => {
            const i = pickVendor % p.vendors.length;
            const vendor = p.vendors[i] as VendorSpec;
            const answered = criteriaOf(p.set).filter((c) => {
              const a = vendor.answers[c.id];
              return c.type !== 'cost' && (a?.kind === 'bare' || a?.kind === 'mapping');
            });
            const c = answered[pickCriterion % Math.max(1, answered.length)];
            if (!c) return;
            const a = vendor.answers[c.id] as { kind: 'bare'; value: never };
            const better: VendorSpec = {
              ...vendor,
              answers: {
                ...vendor.answers,
                [c.id]: { ...a, value: improveAnswer(p.set, c, a.value) },
              },
            };
            const q = { ...p, vendors: p.vendors.map((v, k) => (k === i ? better : v)) };
            const before = rankedOf(
              await rankGenerated(root, p, { method, missing, style: 'block' }),
            );
            const after = rankedOf(
              await rankGenerated(root, q, { method, missing, style: 'block' }),
            );
            if (!before || !after) return;
            const b = byId(before).get(vendor.id) as RankedVendor;
            const d = byId(after).get(vendor.id) as RankedVendor;
            if (b.eligible !== d.eligible) return; // a `max` must or a `when` rule tripped
            compared++;
            expect(d.score, `${c.id}: ${b.score} → ${d.score}`).toBeGreaterThanOrEqual(
              b.score - 1e-9 * 100,
            );
          },
        ),
        params(12),
      );
      expect(compared).toBeGreaterThan(0);
    },
    timeout,
  );
});
