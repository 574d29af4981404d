import { describe, it, expect } from 'vitest';
import { weightedSum } from '../../src/core/methods/weighted-sum.js';
import { findMethod } from '../../src/core/methods/index.js';
import {
  knockoutCriteria,
  type MissingPolicy,
  type Ranking,
  type VendorResult,
} from '../../src/core/model/ranking.js';
import type { CriteriaSet, Vendor } from '../../src/core/model/types.js';
import { rankVendors } from '../../src/core/scoring/rank.js';
import { boolean, choice, group, multi, number, ranked, scale, set, vendor } from './builders.js';
import { match } from '../helpers/match.js';

const rank = (s: CriteriaSet, vs: Vendor[], missing: MissingPolicy = 'zero'): Ranking =>
  ranked(s, vs, { method: weightedSum, missing });

const byId = (r: Ranking, id: string): VendorResult => {
  const v = r.vendors.find((x) => x.id === id);
  if (!v) throw new Error(`no vendor ${id}`);
  return v;
};

describe('weighted sum on a small set', () => {
  // security (weight 3): soc2 (boolean), screening (scale 1–5)
  // operations (weight 1): service level (number, linear 60 → 90 %), tier (choice)
  const s = set([
    group('security', [boolean('soc2'), scale('screening')], { weight: 3 }),
    group(
      'operations',
      [
        number('sl', { scoring: { kind: 'linear', worst: 60, best: 90 }, unit: '%' }),
        choice('tier', [
          ['gold', 4],
          ['silver', 2],
        ]),
      ],
      { weight: 1 },
    ),
  ]);
  const vendors = [
    vendor('northwind', { soc2: true, screening: 4, sl: 84, tier: 'silver' }),
    vendor('acme', { soc2: false, screening: 5, sl: 90, tier: 'gold' }),
  ];
  // global weights: soc2 .375, screening .375, sl .125, tier .125
  // northwind: .375·1 + .375·.75 + .125·.8 + .125·.5 = .81875
  // acme:      .375·0 + .375·1   + .125·1  + .125·1  = .625
  const r = rank(s, vendors);

  it('is registered as the default method', () => {
    expect(findMethod('weighted-sum')).toBe(weightedSum);
  });

  it('scores Σ w·u × 100 and orders by score', () => {
    expect(r.method).toBe('weighted-sum');
    expect(r.vendors.map((v) => [v.id, v.rank])).toEqual([
      ['northwind', 1],
      ['acme', 2],
    ]);
    expect(byId(r, 'northwind').score).toBeCloseTo(81.875, 10);
    expect(byId(r, 'acme').score).toBeCloseTo(62.5, 10);
  });

  it('reports every criterion with value, utility, global weight and contribution', () => {
    const n = byId(r, 'northwind');
    expect(
      n.criteria.map((c) => [c.id, c.value, c.utility, c.weight, c.contribution, c.path]),
    ).toEqual([
      ['soc2', true, 1, 0.375, 37.5, ['security']],
      ['screening', 4, 0.75, 0.375, 28.125, ['security']],
      ['sl', 84, match.closeTo(0.8, 12), 0.125, match.closeTo(10, 10), ['operations']],
      ['tier', 'silver', 0.5, 0.125, 6.25, ['operations']],
    ]);
    expect(n.criteria[2]?.unit).toBe('%');
  });

  it('contributions sum to the score', () => {
    for (const v of r.vendors) {
      const total = v.criteria.reduce((sum, c) => sum + c.contribution, 0);
      expect(total).toBeCloseTo(v.score, 10);
    }
  });

  it('category scores are the weighted mean utility of the criteria below each top-level node', () => {
    expect(r.topLevel).toEqual([
      { id: 'security', name: 'security', weight: 0.75 },
      { id: 'operations', name: 'operations', weight: 0.25 },
    ]);
    expect(byId(r, 'northwind').categories).toEqual([
      { id: 'security', name: 'security', score: 87.5, weight: 0.75 },
      { id: 'operations', name: 'operations', score: match.closeTo(65, 10), weight: 0.25 },
    ]);
    expect(byId(r, 'acme').categories.map((c) => c.score)).toEqual([50, 100]);
  });

  it('category weights × category scores add up to the vendor score', () => {
    for (const v of r.vendors) {
      const total = v.categories.reduce((sum, c) => sum + c.weight * (c.score ?? NaN), 0);
      expect(total).toBeCloseTo(v.score, 10);
    }
  });

  it('--weights overrides change the ranking', () => {
    const over = ranked(s, vendors, {
      method: weightedSum,
      missing: 'zero',
      weightOverrides: new Map([['operations', 9]]),
    });
    // security .25, operations .75: northwind 21.875 + 48.75 = 70.625, acme 12.5 + 75 = 87.5
    expect(over.vendors.map((v) => v.id)).toEqual(['acme', 'northwind']);
    expect(byId(over, 'acme').score).toBeCloseTo(87.5, 10);
    expect(byId(over, 'northwind').score).toBeCloseTo(70.625, 10);
    // the ranking carries what was overridden, so every output can state it
    expect(over.weightOverrides).toEqual([
      { id: 'operations', name: 'operations', weight: 9, setWeight: 1, global: 0.75 },
    ]);
    expect(rank(s, vendors).weightOverrides).toEqual([]);
  });
});

describe('published worked examples of the weighted sum (simple additive weighting)', () => {
  it('Kracka, Brauers & Zavadskas (2010) heating losses, via scikit-criteria', () => {
    // Source: scikit-criteria, tests/agg/test_simple.py, test_WeightedSumModel_kracka2010ranking
    // (github.com/quatrope/scikit-criteria), data from Kracka, M., Brauers, W. K. M. &
    // Zavadskas, E. K. (2010), "Ranking heating losses in a building by applying the
    // MULTIMOORA", Inzinerine Ekonomika-Engineering Economics 21(4), 352–359.
    // There the matrix is transformed by InvertMinimize (1/x on cost criteria) then SumScaler
    // (x/Σx per column, weights scaled to sum 1): exactly our `relative: sum` scoring
    // (x/Σx for higher, (1/x)/Σ(1/x) for lower), with equal weights.
    const directions = ['lower', 'lower', 'lower', 'lower', 'higher', 'lower', 'higher'] as const;
    const matrix = [
      [33.95, 23.78, 11.45, 39.97, 29.44, 167.1, 3.852],
      [38.9, 4.17, 6.32, 0.01, 4.29, 132.52, 25.184],
      [37.59, 9.36, 8.23, 4.35, 10.22, 136.71, 10.845],
      [30.44, 37.59, 13.91, 74.08, 45.1, 198.34, 2.186],
      [36.21, 14.79, 9.17, 17.77, 17.06, 148.3, 6.61],
      [37.8, 8.55, 7.97, 2.35, 9.25, 134.83, 11.935],
    ];
    const published = [0.12040426, 0.3458235, 0.13838192, 0.12841246, 0.12346084, 0.14351701];
    const publishedRanks = [6, 1, 3, 4, 5, 2];

    const s = set(
      directions.map((direction, j) =>
        number(`c${j}`, { direction, weight: 20, scoring: { kind: 'relative', relative: 'sum' } }),
      ),
    );
    const vendors = matrix.map((row, i) =>
      vendor(`a${i}`, Object.fromEntries(row.map((x, j) => [`c${j}`, x]))),
    );
    const r = rank(s, vendors);
    published.forEach((score, i) => {
      const v = byId(r, `a${i}`);
      expect(v.score / 100).toBeCloseTo(score, 7);
      expect(v.rank).toBe(publishedRanks[i]);
    });
  });

  it('pymcdm WSM reference example (5 alternatives, 2 benefit and 2 cost criteria)', () => {
    // Source: pymcdm, test/test_mcdm.py, TestWSM.test_output (github.com/kotbaton/pymcdm):
    // sum normalisation (x/Σx benefit, (1/x)/Σ(1/x) cost), weights 8/13, 5/13, 6/13, 7/13,
    // published preferences rounded to 3 decimals. Those weights sum to 2; ours are
    // normalised to sum 1, so each of our scores is half of pymcdm's preference.
    const matrix = [
      [96, 83, 75, 7],
      [63, 5, 56, 9],
      [72, 30, 32, 48],
      [11, 4, 27, 9],
      [77, 21, 17, 11],
    ];
    const directions = ['higher', 'higher', 'lower', 'lower'] as const;
    const weights = [8, 5, 6, 7];
    const published = [0.609, 0.313, 0.334, 0.265, 0.479];
    const s = set(
      directions.map((direction, j) =>
        number(`c${j}`, {
          direction,
          weight: weights[j] ?? 0,
          scoring: { kind: 'relative', relative: 'sum' },
        }),
      ),
    );
    const r = rank(
      s,
      matrix.map((row, i) => vendor(`a${i}`, Object.fromEntries(row.map((x, j) => [`c${j}`, x])))),
    );
    published.forEach((p, i) => expect((2 * byId(r, `a${i}`).score) / 100).toBeCloseTo(p, 3));
    expect(r.vendors.map((v) => v.id)).toEqual(['a0', 'a4', 'a2', 'a1', 'a3']);
  });

  it('linear max normalisation (relative: ratio) reproduces x/max and min/x', () => {
    // Hand-checked SAW with linear max normalisation: benefit x/max, cost min/x.
    // price (cost): 250, 200, 300 → 0.8, 1, 2/3;  quality (benefit): 8, 6, 9 → 8/9, 2/3, 1
    // weights 0.6 price, 0.4 quality: x 83.56, y 86.67, z 80
    const s = set([
      number('price', {
        direction: 'lower',
        weight: 3,
        scoring: { kind: 'relative', relative: 'ratio' },
      }),
      number('quality', { weight: 2, scoring: { kind: 'relative', relative: 'ratio' } }),
    ]);
    const r = rank(s, [
      vendor('x', { price: 250, quality: 8 }),
      vendor('y', { price: 200, quality: 6 }),
      vendor('z', { price: 300, quality: 9 }),
    ]);
    expect(byId(r, 'x').score).toBeCloseTo(100 * (0.6 * 0.8 + (0.4 * 8) / 9), 10);
    expect(byId(r, 'y').score).toBeCloseTo(100 * (0.6 + (0.4 * 2) / 3), 10);
    expect(byId(r, 'z').score).toBeCloseTo(100 * ((0.6 * 2) / 3 + 0.4), 10);
    expect(r.vendors.map((v) => v.id)).toEqual(['y', 'x', 'z']);
  });
});

describe('competition ranks and eligibility', () => {
  const s = set([boolean('a'), boolean('b'), boolean('ok', { must: { kind: 'true' }, weight: 0 })]);

  it('ties share a rank (1, 2, 2, 4) and are listed by id', () => {
    const r = rank(s, [
      vendor('zeta', { a: true, b: false, ok: true }),
      vendor('low', { a: false, b: false, ok: true }),
      vendor('top', { a: true, b: true, ok: true }),
      vendor('alpha', { a: false, b: true, ok: true }),
    ]);
    expect(r.vendors.map((v) => [v.id, v.rank, v.score])).toEqual([
      ['top', 1, 100],
      ['alpha', 2, 50],
      ['zeta', 2, 50],
      ['low', 4, 0],
    ]);
  });

  it('ineligible vendors follow the eligible ones with rank null, in score order', () => {
    const r = rank(s, [
      vendor('best-but-out', { a: true, b: true, ok: false }),
      vendor('weak', { a: false, b: false, ok: true }),
      vendor('half-out', { a: true, b: false }), // must-have unanswered
      vendor('good', { a: true, b: false, ok: true }),
    ]);
    expect(r.vendors.map((v) => [v.id, v.rank, v.eligible])).toEqual([
      ['good', 1, true],
      ['weak', 2, true],
      ['best-but-out', null, false],
      ['half-out', null, false],
    ]);
    expect(byId(r, 'best-but-out').score).toBe(100);
    expect(byId(r, 'best-but-out').knockouts.flatMap(knockoutCriteria)).toEqual(['ok']);
    expect(byId(r, 'half-out').knockouts[0]).toMatchObject({ value: null });
    expect(byId(r, 'half-out').missing).toEqual(['ok']);
  });
});

describe('missing answers', () => {
  const s = set([
    group('g', [scale('q'), boolean('b')], { weight: 1 }),
    boolean('c', { weight: 2 }),
  ]);
  // global: q 1/6, b 1/6, c 2/3
  const v = vendor('v', { q: 3, c: true });

  it("'zero' scores an unanswered criterion 0 and marks the vendor incomplete", () => {
    const r = rank(s, [v], 'zero');
    const out = byId(r, 'v');
    expect(out.score).toBeCloseTo(100 * (0.5 / 6 + 2 / 3), 10);
    expect(out.complete).toBe(false);
    expect(out.missing).toEqual(['b']);
    expect(out.criteria[1]).toMatchObject({ id: 'b', value: null, utility: 0, contribution: 0 });
    expect(out.categories[0]?.score).toBeCloseTo(25, 10);
  });

  it("'exclude' renormalises the remaining weights; contributions still sum to the score", () => {
    const r = rank(s, [v], 'exclude');
    const out = byId(r, 'v');
    expect(out.score).toBeCloseTo((100 * (0.5 / 6 + 2 / 3)) / (5 / 6), 10);
    expect(out.complete).toBe(false);
    expect(out.missing).toEqual(['b']);
    const total = out.criteria.reduce((sum, c) => sum + c.contribution, 0);
    expect(total).toBeCloseTo(out.score, 10);
    // category g now holds only q
    expect(out.categories[0]?.score).toBeCloseTo(50, 10);
    expect(out.categories[1]?.score).toBeCloseTo(100, 10);
  });

  it('a complete vendor scores the same under zero and exclude', () => {
    const full = vendor('full', { q: 4, b: false, c: true });
    const zero = byId(rank(s, [full], 'zero'), 'full');
    const excl = byId(rank(s, [full], 'exclude'), 'full');
    expect(zero.complete).toBe(true);
    expect(excl.score).toBeCloseTo(zero.score, 10);
  });
});

describe('relative scoring uses the eligible vendors as the field', () => {
  it('an ineligible vendor does not set the column maximum', () => {
    const s = set([
      number('seats', { scoring: { kind: 'relative', relative: 'ratio' } }),
      boolean('ok', { must: { kind: 'true' }, weight: 0 }),
    ]);
    const r = rank(s, [
      vendor('big', { seats: 1000, ok: false }),
      vendor('mid', { seats: 400, ok: true }),
      vendor('small', { seats: 100, ok: true }),
    ]);
    expect(byId(r, 'mid').score).toBeCloseTo(100, 10);
    expect(byId(r, 'small').score).toBeCloseTo(25, 10);
  });
});

describe('dominatedBy', () => {
  // lang is a must-have (en); `out` lacks en, so it is ineligible although its utilities are high.
  const s = set([
    scale('q'),
    multi(
      'lang',
      [
        ['en', 1],
        ['es', 2],
        ['fr', 2],
      ],
      { must: { kind: 'includes', values: ['en'] } },
    ),
  ]);
  const r = rank(s, [
    vendor('strong', { q: 5, lang: ['en', 'es', 'fr'] }),
    vendor('weak', { q: 3, lang: ['en'] }),
    vendor('twin', { q: 3, lang: ['en'] }),
    vendor('other', { q: 4, lang: ['en'] }),
    vendor('out', { q: 5, lang: ['es', 'fr'] }),
  ]);

  it('lists the eligible vendors at least as good everywhere and strictly better somewhere', () => {
    expect(byId(r, 'weak').dominatedBy).toEqual(['other', 'strong']);
    expect(byId(r, 'twin').dominatedBy).toEqual(['other', 'strong']); // an equal twin does not dominate
    expect(byId(r, 'other').dominatedBy).toEqual(['strong']);
    expect(byId(r, 'strong').dominatedBy).toEqual([]);
  });

  it('an ineligible vendor dominates no one, but may be dominated', () => {
    // out (q 1, lang 0.8) is at least as good as weak, twin and other everywhere, but it is not
    // a candidate; strong (q 1, lang 1) dominates it.
    expect(byId(r, 'out').eligible).toBe(false);
    expect(byId(r, 'out').dominatedBy).toEqual(['strong']);
    for (const v of r.vendors) expect(v.dominatedBy).not.toContain('out');
  });
});

describe("dominatedBy under missing: 'exclude'", () => {
  it('does not call a vendor dominated by one that answered different criteria', () => {
    // Regression: `partial` left `b` unanswered (utility 0 in the report), so on utilities
    // `full` looked dominant; but under `exclude` partial's score is the mean over `a` alone
    // (100), above full's (75), so a dominated vendor would have ranked above its dominator.
    const s = set([boolean('a'), scale('b')]);
    const vs = [vendor('full', { a: true, b: 3 }), vendor('partial', { a: true })];
    const excl = rank(s, vs, 'exclude');
    expect(excl.vendors.map((v) => [v.id, v.rank, v.score])).toEqual([
      ['partial', 1, 100],
      ['full', 2, 75],
    ]);
    expect(byId(excl, 'partial').dominatedBy).toEqual([]);
    // Under 'zero' the missing answer counts as 0, so the dominance stands.
    const zero = rank(s, vs, 'zero');
    expect(byId(zero, 'partial').dominatedBy).toEqual(['full']);
    expect(byId(zero, 'full').rank).toBe(1);
  });

  it('still finds dominance between vendors that answered the same criteria', () => {
    const s = set([boolean('a'), scale('b'), boolean('c')]);
    const excl = rank(
      s,
      [
        vendor('x', { a: true, b: 4 }),
        vendor('y', { a: false, b: 4 }),
        vendor('z', { a: true, c: true }),
      ],
      'exclude',
    );
    expect(byId(excl, 'y').dominatedBy).toEqual(['x']);
    expect(byId(excl, 'x').dominatedBy).toEqual([]);
  });
});

describe('computed once, forward: no in-place changes', () => {
  const s = set([
    group('g', [scale('q'), boolean('b')], { weight: 1 }),
    boolean('c', { weight: 2 }),
  ]);
  const vs = [vendor('v', { q: 3, c: true }), vendor('w', { q: 5, b: true, c: false })];

  it.each(['zero', 'exclude'] as const)(
    'ranking twice with the same inputs gives equal rankings whose records are not shared (%s)',
    (missing) => {
      const first = rank(s, vs, missing);
      const snapshot = structuredClone(first);
      const second = rank(s, vs, missing);
      expect(second).toEqual(first);
      expect(first).toEqual(snapshot);
      first.vendors.forEach((v, i) => {
        const other = second.vendors[i];
        expect(other).not.toBe(v);
        expect(other?.criteria).not.toBe(v.criteria);
        v.criteria.forEach((r, j) => expect(other?.criteria[j]).not.toBe(r));
        expect(other?.knockouts).not.toBe(v.knockouts);
        expect(other?.missing).not.toBe(v.missing);
      });
    },
  );

  it('ranking under exclude and then zero leaves the zero contributions unscaled', () => {
    const excl = rank(s, vs, 'exclude');
    const zero = rank(s, vs, 'zero');
    const z = byId(zero, 'v').criteria.find((r) => r.id === 'c');
    const e = byId(excl, 'v').criteria.find((r) => r.id === 'c');
    expect(z?.contribution).toBeCloseTo(100 * (2 / 3), 12);
    expect(e?.contribution).toBeCloseTo((100 * (2 / 3)) / (5 / 6), 12);
  });

  it('the vendors and the set are not changed by ranking', () => {
    const before = structuredClone({ s, vs });
    rank(s, vs, 'exclude');
    expect({ s, vs }).toEqual(before);
  });
});

describe('rankVendors returns problems as issues', () => {
  const s = set([scale('quality'), boolean('soc2')]);
  const vs = [vendor('a', { quality: 4 }), vendor('b', { quality: 2, soc2: true })];

  it("missing 'fail': one missing-answer issue per unanswered criterion, at the vendor file", () => {
    const r = rankVendors(s, vs, { method: weightedSum, missing: 'fail' });
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual([
      {
        severity: 'error',
        rule: 'missing-answer',
        message: 'vendor "a" has no answer to "soc2"',
        hint: 'answer it, or use --missing zero or --missing exclude',
        file: 'a.yaml',
        path: ['answers', 'soc2'],
        atKey: true,
      },
    ]);
  });

  it("missing 'fail' with every answer given ranks as zero would", () => {
    const full = [
      vendor('a', { quality: 4, soc2: false }),
      vendor('b', { quality: 2, soc2: true }),
    ];
    const r = rankVendors(s, full, { method: weightedSum, missing: 'fail' });
    expect(r.ok).toBe(true);
    expect(r.value?.vendors.map((v) => v.score)).toEqual(
      rank(s, full, 'zero').vendors.map((v) => v.score),
    );
  });

  it('a misspelt --weights id is an invalid-weight-override issue, not a throw', () => {
    const r = rankVendors(s, vs, {
      method: weightedSum,
      missing: 'zero',
      weightOverrides: new Map([['qualty', 2]]),
    });
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual([
      expect.objectContaining({ rule: 'invalid-weight-override', hint: 'did you mean "quality"?' }),
    ]);
  });
});

describe('cost criteria', () => {
  it('without a demand to price against are one missing-demand error, at the first one’s type', () => {
    const s = set([scale('quality')]);
    const priced = {
      ...s,
      criteria: [
        ...s.criteria,
        { ...scale('fee'), type: 'cost' } as unknown as (typeof s.criteria)[number],
      ],
    };
    const r = rankVendors(priced, [vendor('a', { quality: 3 })], {
      method: weightedSum,
      missing: 'zero',
    });
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          severity: 'error',
          rule: 'missing-demand',
          message:
            'criteria set "test-set" has the cost criterion "fee" but no `demand` to turn bids into cost',
          hint: 'rank it inside a set that has `demand:` (the built-in customer-service has one), or add `demand:` with the channels, volumes and service levels to price (docs/cost-model.md)',
          file: 'test.yaml',
          path: ['type'],
        },
      ],
    });
  });
});
