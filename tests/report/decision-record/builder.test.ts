// The decision record's builder pieces (src/report/decision-record): figures every format draws.
import { describe, expect, it } from 'vitest';
import { topsis } from '../../../src/core/methods/topsis.js';
import { weightedSum } from '../../../src/core/methods/weighted-sum.js';
import type { Ranking, VendorResult } from '../../../src/core/model/ranking.js';
import { categorySplit } from '../../../src/report/decision-record/category-split.js';
import { glanceOf } from '../../../src/report/decision-record/glance.js';
import { decidingLimit, topTwo } from '../../../src/report/decision-record/top-two.js';
import { valueMap } from '../../../src/report/decision-record/value-map.js';
import { evidenceCount } from '../../../src/report/decision-record/vendor-sections.js';
import { weightSources } from '../../../src/report/decision-record/weight-sources.js';
import { answer, boolean, group, number, ranked, scale, set, vendor } from '../../core/builders.js';

/** Two categories of unequal weight, three vendors that differ on both. */
const twoCategories = () =>
  set([
    group('service', [scale('csat'), scale('fcr', { weight: 2 })], { weight: 3 }),
    group('security', [scale('iso'), boolean('soc2', { must: { kind: 'true' } })], { weight: 2 }),
  ]);

const field = () => [
  vendor('a', { csat: 5, fcr: 4, iso: 3, soc2: true }),
  vendor('b', { csat: 3, fcr: 5, iso: 5, soc2: true }),
  vendor('c', { csat: 1, fcr: 2, iso: 1, soc2: true }),
];

const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

describe('categorySplit', () => {
  it('weighted sum: each segment is the category points, and the segments add up to the score', () => {
    const r = ranked(twoCategories(), field(), { method: weightedSum, missing: 'zero' });
    const split = categorySplit(r);
    expect(split.exact).toBe(true);
    expect(split.categories.map((c) => c.id)).toEqual(['service', 'security']);
    for (const bar of split.bars) {
      const v = r.vendors.find((x) => x.id === bar.id) as VendorResult;
      const points = (cat: string) =>
        sum(v.criteria.filter((c) => c.path[0] === cat).map((c) => c.contribution));
      expect(bar.segments[0]).toBeCloseTo(points('service'), 12);
      expect(bar.segments[1]).toBeCloseTo(points('security'), 12);
      expect(sum(bar.segments)).toBeCloseTo(bar.score, 9);
    }
  });

  it('another method: segments in proportion to weight × category figure, adding up to the score', () => {
    const r = ranked(twoCategories(), field(), { method: topsis, missing: 'zero' });
    const split = categorySplit(r);
    expect(split.exact).toBe(false);
    expect(split.basis).toMatch(/^a topsis score does not split into category points; /);
    for (const bar of split.bars) {
      const v = r.vendors.find((x) => x.id === bar.id) as VendorResult;
      expect(sum(bar.segments)).toBeCloseTo(bar.score, 9);
      const share = split.categories.map(
        (t) => t.weight * (v.categories.find((c) => c.id === t.id)?.score ?? 0),
      );
      if (bar.score > 0 && sum(share) > 0)
        for (const [i, s] of bar.segments.entries())
          expect(s / bar.score).toBeCloseTo((share[i] ?? 0) / sum(share), 9);
    }
  });

  it('a vendor scoring 0 has segments of 0, under either method', () => {
    const s = set([group('service', [scale('csat')]), group('security', [scale('iso')])]);
    const vendors = [vendor('a', { csat: 5, iso: 5 }), vendor('z', { csat: 1, iso: 1 })];
    for (const method of [weightedSum, topsis]) {
      const r = ranked(s, vendors, { method, missing: 'zero' });
      const bar = categorySplit(r).bars.find((b) => b.id === 'z');
      expect(bar?.score, method.id).toBe(0);
      expect(bar?.segments, method.id).toEqual([0, 0]);
    }
  });
});

/** A ranking with costs set by hand (the cost model is tested on its own). */
function costed(r: Ranking, monthly: Record<string, number | null>): Ranking {
  return {
    ...r,
    vendors: r.vendors.map((v) => {
      const m = monthly[v.id];
      return {
        ...v,
        cost:
          m === null || m === undefined
            ? null
            : { monthly: m, contract: m * 12, currency: 'EUR', abnormallyLow: false },
      };
    }),
  };
}

describe('valueMap', () => {
  const base = () =>
    ranked(
      set([scale('q'), boolean('soc2', { must: { kind: 'true' } })]),
      [
        vendor('best', { q: 5, soc2: true }),
        vendor('good', { q: 4, soc2: true }),
        vendor('same-cost', { q: 3, soc2: true }),
        vendor('cheap', { q: 2, soc2: true }),
        vendor('out', { q: 5, soc2: false }),
        vendor('no-price', { q: 1, soc2: true }),
      ],
      { method: weightedSum, missing: 'zero' },
    );

  it('is undefined when no vendor is costed', () => {
    expect(valueMap(base())).toBeUndefined();
  });

  it('puts on the front only the vendors no eligible vendor beats on score and cost', () => {
    const map = valueMap(
      costed(base(), {
        best: 300,
        good: 200,
        'same-cost': 200, // as dear as good, scores less: dominated
        cheap: 100,
        out: 50, // cheaper and better than all, but knocked out: never on the front
        'no-price': null,
      }),
    );
    expect(map?.currency).toBe('EUR');
    expect(map?.points.map((p) => [p.id, p.onFront])).toEqual([
      ['best', true],
      ['good', true],
      ['same-cost', false],
      ['cheap', true],
      ['out', false],
    ]);
    expect(map?.front).toEqual(['cheap', 'good', 'best']);
    expect(map?.uncosted).toEqual(['no-price']);
  });

  it('keeps two vendors of equal cost and equal score both on the front', () => {
    const map = valueMap(costed(base(), { good: 200, best: 500 }));
    const twins = valueMap(
      costed(
        ranked(set([scale('q')]), [vendor('x', { q: 4 }), vendor('y', { q: 4 })], {
          method: weightedSum,
          missing: 'zero',
        }),
        { x: 100, y: 100 },
      ),
    );
    expect(map?.front).toEqual(['good', 'best']);
    expect(twins?.front).toEqual(['x', 'y']);
  });

  it('a dearer vendor with a lower score is dominated', () => {
    const map = valueMap(costed(base(), { best: 100, good: 200 }));
    expect(map?.points.find((p) => p.id === 'good')?.onFront).toBe(false);
    expect(map?.front).toEqual(['best']);
  });
});

describe('glanceOf', () => {
  const criteria = () => set([number('x'), boolean('soc2', { must: { kind: 'true' } })]);
  const rank = (vendors: Parameters<typeof vendor>[1][]) =>
    ranked(
      criteria(),
      vendors.map((a, i) => vendor(`v${i + 1}`, a)),
      { method: weightedSum, missing: 'zero' },
    );

  it('states the lead with the decimals at which scores and margin agree', () => {
    // scores 100, 99.96… and 0: at one decimal 100.0 and 100.0 would read as a tie
    const g = glanceOf(
      rank([
        { x: 10000, soc2: true },
        { x: 9999.2, soc2: true },
        { x: 0, soc2: true },
      ]),
    );
    expect(g.leaders.map((v) => v.id)).toEqual(['v1']);
    expect(g.runnerUp?.id).toBe('v2');
    expect(g.sentences[0]).toMatch(
      /^V1 ranks first with 100\.0+ \/ 100, 0\.0*[1-9]\d* points ahead of V2 \(99\.9\d+\)\.$/,
    );
    const [, score, margin, runner] =
      /with ([\d.]+) \/ 100, ([\d.]+) points ahead of V2 \(([\d.]+)\)/.exec(g.sentences[0] ?? '') ??
      [];
    expect(score?.split('.')[1]?.length).toBe(margin?.split('.')[1]?.length);
    expect((Number(score) - Number(runner)).toFixed(margin?.split('.')[1]?.length)).toBe(margin);
  });

  it('names every leader of a tie, and gives no margin', () => {
    const g = glanceOf(
      rank([
        { x: 5, soc2: true },
        { x: 5, soc2: true },
        { x: 1, soc2: true },
      ]),
    );
    expect(g.margin).toBeUndefined();
    expect(g.sentences[0]).toBe('V1 and V2 tie for first with 100.0 / 100.');
  });

  it('says when no vendor is eligible', () => {
    const g = glanceOf(
      rank([
        { x: 5, soc2: false },
        { x: 1, soc2: false },
      ]),
    );
    expect(g.leaders).toEqual([]);
    expect(g.sentences.slice(0, 2)).toEqual([
      'No vendor is eligible: both are knocked out.',
      '0 of 2 vendors are eligible; knocked out: V1 (soc2: no (must be yes)); V2 (soc2: no (must be yes)).',
    ]);
  });

  it('says when only one vendor is eligible', () => {
    const g = glanceOf(
      rank([
        { x: 1, soc2: true },
        { x: 5, soc2: false },
      ]),
    );
    expect(g.sentences[0]).toBe('V1 is the only eligible vendor, with 100.0 / 100.');
  });

  it('speaks of one vendor and of two in plain words', () => {
    expect(glanceOf(rank([{ x: 1, soc2: true }])).sentences).toEqual([
      'V1 is the only eligible vendor, with 100.0 / 100.',
      'The vendor is eligible.',
      'The vendor answered every criterion.',
    ]);
    expect(
      glanceOf(
        rank([
          { x: 5, soc2: true },
          { x: 1, soc2: true },
        ]),
      ).sentences.slice(1),
    ).toEqual(['Both vendors are eligible.', 'Every vendor answered every criterion.']);
  });

  it('states the robustness of a single leader', () => {
    const r = rank([
      { x: 5, soc2: true },
      { x: 1, soc2: true },
    ]);
    const g = glanceOf({
      ...r,
      robustness: {
        pRank1: new Map([
          ['v1', 0.812],
          ['v2', 0.188],
        ]),
        iterations: 10000,
        spread: 0.2,
        seed: 1,
      },
    });
    expect(g.robustness).toEqual({ pRank1: 0.812, iterations: 10000, spread: 0.2, seed: 1 });
    expect(g.sentences[1]).toBe(
      'V1 ranks first in 81.2% of 10,000 plausible weightings (weights drawn around the stated ones, spread 0.2, seed 1).',
    );
  });

  it('states the cost of the leader and the cheapest eligible vendor', () => {
    const r = costed(
      rank([
        { x: 5, soc2: true },
        { x: 1, soc2: true },
        { x: 0, soc2: false },
      ]),
      {
        v1: 2000,
        v2: 1000,
        v3: 10,
      },
    );
    expect(glanceOf(r).sentences[1]).toBe(
      'V1 costs EUR 2,000 in its first month (EUR 24,000 over the contract); the cheapest eligible vendor is V2 at EUR 1,000 in its first month (EUR 12,000 over the contract).',
    );
    const cheapLeader = costed(
      rank([
        { x: 5, soc2: true },
        { x: 1, soc2: true },
      ]),
      { v1: 1000, v2: 2000 },
    );
    expect(glanceOf(cheapLeader).sentences[1]).toBe(
      'V1 costs EUR 1,000 in its first month (EUR 12,000 over the contract); it is also the cheapest eligible vendor.',
    );
  });

  it('does not say weights were drawn around the stated ones under spread 0', () => {
    const r = rank([
      { x: 5, soc2: true },
      { x: 1, soc2: true },
    ]);
    const pRank1 = new Map([
      ['v1', 0.972],
      ['v2', 0.028],
    ]);
    const g = glanceOf({ ...r, robustness: { pRank1, iterations: 10000, spread: 0, seed: 1 } });
    expect(g.sentences[1]).toBe(
      'V1 ranks first in 97.2% of 10,000 plausible weightings (spread 0: only weight ranges and answer ranges drawn, seed 1).',
    );
  });

  it('states the robustness of each vendor of a tie for first', () => {
    const r = rank([
      { x: 5, soc2: true },
      { x: 5, soc2: true },
      { x: 1, soc2: true },
    ]);
    const pRank1 = new Map([
      ['v1', 0.6],
      ['v2', 0.55],
      ['v3', 0],
    ]);
    const g = glanceOf({ ...r, robustness: { pRank1, iterations: 500, spread: 0.2, seed: 7 } });
    expect(g.sentences[1]).toBe(
      'V1 ranks first in 60.0% and V2 in 55.0% of 500 plausible weightings (weights drawn around the stated ones, spread 0.2, seed 7).',
    );
  });

  it('states the cost of each vendor of a tie for first', () => {
    const tie = (monthly: Record<string, number>) =>
      glanceOf(
        costed(
          rank([
            { x: 5, soc2: true },
            { x: 5, soc2: true },
            { x: 1, soc2: true },
          ]),
          monthly,
        ),
      ).sentences[1];
    expect(tie({ v1: 2000, v2: 1500, v3: 1000 })).toBe(
      'V1 costs EUR 2,000 in its first month (EUR 24,000 over the contract); V2 costs EUR 1,500 in its first month (EUR 18,000 over the contract); the cheapest eligible vendor is V3 at EUR 1,000 in its first month (EUR 12,000 over the contract).',
    );
    expect(tie({ v1: 2000, v2: 1000, v3: 1500 })).toBe(
      'V1 costs EUR 2,000 in its first month (EUR 24,000 over the contract); V2 costs EUR 1,000 in its first month (EUR 12,000 over the contract); V2 is the cheapest eligible vendor.',
    );
    expect(tie({ v1: 1000, v2: 1000, v3: 1500 })).toBe(
      'V1 costs EUR 1,000 in its first month (EUR 12,000 over the contract); V2 costs EUR 1,000 in its first month (EUR 12,000 over the contract); V1 and V2 are the cheapest eligible vendors.',
    );
  });

  it('states --weights overrides and skipped files first', () => {
    const r = rank([
      { x: 5, soc2: true },
      { x: 1, soc2: true },
    ]);
    const g = glanceOf({
      ...r,
      weightOverrides: [
        { id: 'x', weight: 3, setWeight: 1, global: 0.75 } as Ranking['weightOverrides'][number],
      ],
      skipped: [
        {
          file: 'vendors/bad.yaml',
          vendor: 'bad',
          error: null,
        },
      ],
    });
    expect(g.sentences.slice(0, 3)).toEqual([
      "Weights overridden: x 3 (was 1) — effective weights: x 75.0% — not the set's own weighting.",
      'Partial ranking: 1 vendor file skipped (--skip-invalid): bad not ranked.',
      'V1 ranks first with 100.0 / 100, 50.0 points ahead of V2 (50.0).',
    ]);
  });

  it('states the unanswered criteria with one count per vendor', () => {
    const g = glanceOf(rank([{ x: 5, soc2: true }, { soc2: true }]));
    expect(g.sentences.at(-1)).toBe(
      '1 of 2 vendors left criteria unanswered, scored 0: V2 (1 criterion).',
    );
  });
});

describe('topTwo', () => {
  /** Three categories of five 1–5 scales each. */
  const many = () =>
    set(
      [0, 1, 2].map((gi) =>
        group(
          `g${gi}`,
          Array.from({ length: 5 }, (_, k) => scale(`c${gi}${k}`)),
        ),
      ),
    );

  it('is undefined with fewer than two vendors', () => {
    const r = ranked(twoCategories(), field().slice(0, 1), {
      method: weightedSum,
      missing: 'zero',
    });
    expect(topTwo(twoCategories(), r)).toBeUndefined();
  });

  it.each([
    ['weighted-sum', weightedSum],
    ['topsis', topsis],
  ] as const)('%s: the category parts add up to the lead', (_, method) => {
    const s = twoCategories();
    const r = ranked(s, field(), { method, missing: 'zero' });
    const t = topTwo(s, r);
    expect([t?.comparison.a.id, t?.comparison.b.id]).toEqual(
      r.vendors.slice(0, 2).map((v) => v.id),
    );
    expect(sum(t?.categories.map((c) => c.difference) ?? [])).toBeCloseTo(
      t?.comparison.scoreDifference ?? NaN,
      6,
    );
  });

  it('lists at most ten deciding criteria, none with a part of 0', () => {
    const s = many();
    const answers = (base: number, flat: number[]) =>
      Object.fromEntries(
        s.criteria.map((c, i) => [c.id, flat.includes(i) ? 3 : ((base + i) % 5) + 1]),
      );
    const r = ranked(s, [vendor('a', answers(0, [0, 1, 2])), vendor('b', answers(2, [0, 1, 2]))], {
      method: weightedSum,
      missing: 'zero',
    });
    const t = topTwo(s, r);
    const nonZero = t?.comparison.rows.filter((row) => row.difference !== 0) ?? [];
    expect(nonZero.length).toBeGreaterThan(decidingLimit);
    expect(t?.deciding).toHaveLength(decidingLimit);
    expect(t?.deciding.every((row) => row.difference !== 0)).toBe(true);
    const tied = ranked(s, [vendor('a', answers(0, [])), vendor('b', answers(0, []))], {
      method: weightedSum,
      missing: 'zero',
    });
    expect(topTwo(s, tied)?.deciding).toEqual([]);
  });
});

describe('evidenceCount', () => {
  it('counts cited, not cited and required-but-missing; unanswered criteria in none', () => {
    const s = set([
      { ...scale('cited'), evidence: 'required' as const },
      { ...scale('required'), evidence: 'required' as const },
      scale('optional'),
      scale('blank'),
      { ...scale('unanswered'), evidence: 'required' as const },
    ]);
    const r = ranked(
      s,
      [
        vendor('a', {
          cited: [answer(4, { evidence: 'audit report' })],
          required: 4,
          optional: 3,
          blank: [answer(2, { evidence: '  ' })],
          unanswered: [answer(null, { note: 'due in March' })],
        }),
      ],
      { method: weightedSum, missing: 'zero' },
    );
    expect(evidenceCount(s, r.vendors[0] as VendorResult)).toEqual({
      cited: 1,
      notCited: 2,
      requiredMissing: 1,
    });
  });
});

describe('weightSources', () => {
  it('names each group’s weighting: direct, or AHP with its consistency ratio', () => {
    const s = set([
      group('quality', [scale('a'), scale('b'), scale('c')], {
        weighting: {
          method: 'ahp',
          comparisons: [
            ['a', 'b', 3],
            ['a', 'c', 5],
            ['b', 'c', 2],
          ],
        },
      }),
      group('price', [scale('p')]),
    ]);
    const sources = weightSources(s);
    expect(sources.map((w) => [w.id, w.depth, w.method])).toEqual([
      ['root', 0, 'direct'],
      ['quality', 1, 'ahp'],
      ['price', 1, 'direct'],
    ]);
    expect(sources[0]?.name).toBe('Test set');
    expect(sources[1]?.cr).toBeGreaterThan(0);
    expect(sources[1]?.cr).toBeLessThan(0.1);
    expect(sources[1]?.consistent).toBe(true);
    expect(sources[2]).not.toHaveProperty('cr');
  });
});
