import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { findMethod } from '../../../src/core/methods/index.js';
import { promethee2 } from '../../../src/core/methods/promethee2.js';
import {
  compilePreference,
  preferenceDegree,
  preferenceThresholds,
  validatePreference,
  type PreferenceFunction,
} from '../../../src/core/methods/preference-functions.js';
import type { MethodInput, MethodOutput } from '../../../src/core/methods/types.js';
import type { Criterion } from '../../../src/core/model/types.js';
import { boolean, number, ranked, set, vendor } from '../builders.js';
import { methodInput, problemArb, type Dir, type Problem } from './fixtures.js';

/** A method input from a performance matrix (rows = alternatives); weights normalised to sum 1. */
function input(
  rows: (number | null)[][],
  o: Omit<Partial<Problem>, 'performance'> = {},
): MethodInput {
  const weights = o.weights ?? Array.from({ length: rows[0]?.length ?? 0 }, () => 1);
  const total = weights.reduce((s, w) => s + w, 0);
  return methodInput({ ...o, performance: rows, weights: weights.map((w) => w / total) });
}

const detail = (out: MethodOutput, key: 'phiPlus' | 'phiMinus' | 'phiNet'): number[] =>
  (out.details ?? []).map((d) => d[key] ?? NaN);
const net = (out: MethodOutput): number[] => detail(out, 'phiNet');
/** Rounds as the sources print (numpy `round(x, 4)`). */
const round4 = (xs: number[]): number[] => xs.map((x) => Math.round(x * 1e4) / 1e4);
const transpose = (a: number[][]): number[][] =>
  (a[0] ?? []).map((_, j) => a.map((row) => row[j] ?? NaN));
const dirs = (types: number[]): Dir[] => types.map((t) => (t > 0 ? 'higher' : 'lower'));

describe('promethee2: published worked examples', () => {
  it('is registered', () => {
    expect(findMethod('promethee2')).toBe(promethee2);
  });

  it('usual: Zhao, Peng & Li (2013), Procedia Computer Science 17, 181–188 (pymcdm test/test_mcdm.py TestPROMETHEE_II)', () => {
    const out = promethee2.score(
      input(
        [
          [4, 3, 2],
          [3, 2, 4],
          [5, 1, 3],
        ],
        { weights: [0.5, 0.3, 0.2] },
      ),
    );
    // Published 0.1, −0.3, 0.2 (exact: sums of weights over m − 1 = 2).
    net(out).forEach((v, i) => expect(v).toBeCloseTo([0.1, -0.3, 0.2][i] ?? NaN, 10));
    expect(out.scores[2]).toBeCloseTo(60, 10);
  });

  it('linear q = 1, p = 2: Papathanasiou & Ploskas (2018), Multiple Criteria Decision Aid, ch. 3 "PROMETHEE", Springer (pyrepo-mcda tests/test_mcda_methods_2.py Test_PROMETHEE_II)', () => {
    const lin: PreferenceFunction = { function: 'linear', q: 1, p: 2 };
    const out = promethee2.score(
      input(
        [
          [8, 7, 2, 1],
          [5, 3, 7, 5],
          [7, 5, 6, 4],
          [9, 9, 7, 3],
          [11, 10, 3, 7],
          [6, 9, 5, 4],
        ],
        { weights: [0.4, 0.3, 0.1, 0.2], prefs: [lin, lin, lin, lin] },
      ),
    );
    // Printed to 2 decimals; integer data with q = 1, p = 2 makes every P 0 or 1, so exact.
    const published = [-0.26, -0.52, -0.22, 0.36, 0.7, -0.06];
    net(out).forEach((v, i) => expect(v).toBeCloseTo(published[i] ?? NaN, 10));
  });

  it('linear (type V) with cost criteria: Ziemba (2019), Sustainability 11(6), 1555 (pyrepo-mcda Test_PROMETHEE_II_2)', () => {
    const matrix = transpose([
      [38723, 34913, 25596, 34842, 22570, 39773, 19500, 34525, 16486],
      [33207, 32085, 2123, 32095, 1445, 17485, 868, 16958, 958],
      [0, 0.2, 5, 0.2, 0.2, 0.2, 99, 99, 99],
      [3375, 3127, 3547, 3115, 3090, 4135, 3160, 4295, 3653],
      [11.36, 12.78, 12.78, 12.86, 12.86, 17, 12.86, 17, 12.86],
      [-320.9, -148.4, -148.4, -9.9, -9.9, 0, -9.9, 0, -9.9],
      [203.7, 463, 356.2, 552.5, 295, 383, 264, 352, 264],
      [0, 11.7, 44.8, 11.7, 95.9, 95.9, 116.8, 116.8, 164.9],
      [0, 4.9, 10.7, 5.4, 11.2, 11.2, 11.2, 11.2, 11.2],
      [1, 1, 1, 3.5, 4, 4, 4, 4, 4],
      [21.5, 47.9, 27.7, 39.7, 1.5, 22.7, 2.7, 23.9, 1],
      [0, 3.7, 4.5, 10.3, 11.5, 11.5, 11.3, 11.3, 11.4],
    ]);
    const p = [2100, 5000, 50, 200, 5, 20, 100, 80, 4, 2, 23, 3];
    const q = [420, 1000, 10, 40, 1, 7, 50, 20, 1, 1, 4.6, 1];
    const out = promethee2.score(
      input(matrix, {
        weights: [0.3333, 0.1667, 0.1667, 0.3333, 0.25, 0.75, 1, 1, 0.4, 0.2, 0.4, 1],
        directions: dirs([-1, -1, 1, -1, 1, 1, -1, 1, 1, -1, -1, 1]),
        prefs: p.map((pj, j) => ({ function: 'linear', q: q[j], p: pj })),
      }),
    );
    expect(round4(net(out))).toEqual([
      -0.4143, -0.5056, -0.2317, -0.2892, 0.3313, 0.0619, 0.4296, 0.1626, 0.4554,
    ]);
  });

  it('v-shape (type III) with cost criteria: Ziemba, Wątróbski, Zioło & Karczmarczyk (2017), Energies 10(11), 1755 (pyrepo-mcda Test_PROMETHEE_II_3)', () => {
    const matrix = transpose([
      [16347, 14219, 8160, 8160],
      [9, 8.5, 9, 8.5],
      [73.8, 55, 64.8, 62.5],
      [36.7, 36, 28.5, 29.5],
      [1.5, 2, 2, 1.5],
      [3730, 3240, 1860, 1860],
      [2, 1, 2, 1],
      [1, 1, 2, 3],
      [38.8, 33.1, 45.8, 27.3],
      [4, 2, 4, 3],
      [1720524, 1496512, 858830, 858830],
      [40012, 34803, 19973, 19973],
    ]);
    const p = [7280, 4, 13.4, 7.4, 3, 1662, 3, 3, 13.8, 3, 766240, 17820];
    const out = promethee2.score(
      input(matrix, {
        weights: [20, 5, 5, 1.67, 1.67, 11.67, 11.67, 5, 5, 16.67, 8.33, 8.33],
        directions: dirs([-1, -1, -1, -1, -1, 1, -1, -1, 1, -1, 1, 1]),
        prefs: p.map((pj) => ({ function: 'v-shape', p: pj })),
      }),
    );
    expect(round4(net(out))).toEqual([-0.0445, 0.1884, -0.0954, -0.0485]);
  });

  describe('one function per criterion (types I–VI): Brans, Vincke & Mareschal (1986), EJOR 24(2), 228–238, hydroelectric power station', () => {
    // Input as in Mareschal, "Exercises with Visual PROMETHEE" (2019), Table 1. f1 uses the
    // quasi-criterion (type II, q = 10), written as `linear` with q = p = 10.
    const matrix = [
      [80, 90, 600, 54, 8, 5],
      [65, 58, 200, 97, 1, 1],
      [83, 60, 400, 72, 4, 7],
      [40, 80, 1000, 75, 7, 10],
      [52, 72, 600, 20, 3, 8],
      [94, 96, 700, 36, 5, 6],
    ];
    const directions = dirs([-1, 1, -1, -1, -1, 1]);
    const prefs: PreferenceFunction[] = [
      { function: 'linear', q: 10, p: 10 },
      { function: 'v-shape', p: 30 },
      { function: 'linear', q: 50, p: 500 },
      { function: 'level', q: 10, p: 60 },
      { function: 'usual' },
      { function: 'gaussian', s: 5 },
    ];
    const flows = (weights: number[]) =>
      net(promethee2.score(input(matrix, { weights, directions, prefs })));
    const order = (phi: number[]) =>
      phi
        .map((v, i) => [v, i + 1] as const)
        .sort((a, b) => b[0] - a[0])
        .map(([, i]) => `a${i}`);

    it('net flows as published (Σ over the other five, π printed to 3 decimals)', () => {
      // The source sums π values already rounded to 3 decimals (its a4 row: 1.644 against an exact
      // 1.646), so it agrees to ±0.0025 on the sum, ±0.0005 on φ itself.
      const published = [-0.728, 0.085, -0.447, -0.102, 1.466, -0.274];
      flows([1, 1, 1, 1, 1, 1]).forEach((v, i) =>
        expect(Math.abs(v * 5 - (published[i] ?? NaN))).toBeLessThan(0.0025),
      );
    });

    it('ranks a5 > a2 > a4 > a6 > a3 > a1 as published', () => {
      expect(order(flows([1, 1, 1, 1, 1, 1]))).toEqual(['a5', 'a2', 'a4', 'a6', 'a3', 'a1']);
    });

    it("follows the teaching source's weight changes: w2 = 50 makes a6 best, w5 = 55 makes a2 best", () => {
      expect(order(flows([10, 50, 10, 10, 10, 10]))[0]).toBe('a6');
      expect(order(flows([9, 9, 9, 9, 55, 9]))[0]).toBe('a2');
    });
  });
});

describe('preference functions at their thresholds (Brans & Vincke 1985)', () => {
  const cases: [PreferenceFunction, number, number][] = [
    [{ function: 'usual' }, -1, 0],
    [{ function: 'usual' }, 0, 0],
    [{ function: 'usual' }, 1e-9, 1],
    [{ function: 'usual' }, 100, 1],
    [{ function: 'v-shape', p: 2 }, 0, 0],
    [{ function: 'v-shape', p: 2 }, 1, 0.5],
    [{ function: 'v-shape', p: 2 }, 2, 1],
    [{ function: 'v-shape', p: 2 }, 3, 1],
    [{ function: 'v-shape', p: 0 }, 0.001, 1],
    [{ function: 'level', q: 1, p: 3 }, 0.5, 0],
    [{ function: 'level', q: 1, p: 3 }, 1, 0],
    [{ function: 'level', q: 1, p: 3 }, 1.001, 0.5],
    [{ function: 'level', q: 1, p: 3 }, 3, 0.5],
    [{ function: 'level', q: 1, p: 3 }, 3.001, 1],
    [{ function: 'level', q: 2, p: 2 }, 2, 0],
    [{ function: 'level', q: 2, p: 2 }, 2.001, 1],
    [{ function: 'linear', q: 1, p: 3 }, 1, 0],
    [{ function: 'linear', q: 1, p: 3 }, 2, 0.5],
    [{ function: 'linear', q: 1, p: 3 }, 2.5, 0.75],
    [{ function: 'linear', q: 1, p: 3 }, 3, 1],
    [{ function: 'linear', q: 1, p: 3 }, 4, 1],
    [{ function: 'linear', q: 0, p: 4 }, 1, 0.25],
    [{ function: 'linear', q: 2, p: 2 }, 2, 0],
    [{ function: 'linear', q: 2, p: 2 }, 2.001, 1],
    [{ function: 'gaussian', s: 2 }, 0, 0],
    [{ function: 'gaussian', s: 2 }, 2, 1 - Math.exp(-0.5)],
    [{ function: 'gaussian', s: 2 }, 4, 1 - Math.exp(-2)],
    [{ function: 'gaussian', s: 2 }, -2, 0],
  ];

  it.each(cases)('%o at d = %s gives %s', (pref, d, expected) => {
    const c = compilePreference(pref);
    expect(preferenceDegree(c.code, c.q, c.p, c.twoS2, d)).toBeCloseTo(expected, 12);
  });

  it.each(cases.filter(([, d]) => d > 0))(
    'the flow loop agrees: %o, two alternatives d = %s apart, φ⁺ = %s',
    (pref, d, expected) => {
      for (const direction of ['higher', 'lower'] as const) {
        const rows = direction === 'higher' ? [[10 + d], [10]] : [[10], [10 + d]];
        const out = promethee2.score(input(rows, { prefs: [pref], directions: [direction] }));
        expect(detail(out, 'phiPlus')[0]).toBeCloseTo(expected, 12);
        expect(detail(out, 'phiMinus')[1]).toBeCloseTo(expected, 12);
        expect(detail(out, 'phiPlus')[1]).toBe(0);
      }
    },
  );

  it('defaults to usual', () => {
    const out = promethee2.score(input([[1.5], [1]]));
    expect(net(out)).toEqual([1, -1]);
    expect(out.scores).toEqual([100, 0]);
  });
});

describe('validatePreference: threshold problems name the criterion, at their key', () => {
  it.each<[PreferenceFunction, string[], RegExp]>([
    [{ function: 'linear', q: 5, p: 3 }, ['q'], /criterion "c1".*q \(5\).*p \(3\)/],
    [{ function: 'level', q: 5, p: 3 }, ['q'], /criterion "c1".*q must be ≤ p/],
    [{ function: 'linear', p: 3 }, [], /criterion "c1".*"linear".*missing q/],
    [{ function: 'level', q: 1 }, [], /criterion "c1".*"level".*missing p/],
    [{ function: 'v-shape' }, [], /criterion "c1".*"v-shape".*missing p/],
    [{ function: 'gaussian' }, [], /criterion "c1".*"gaussian".*missing s/],
    [{ function: 'gaussian', s: 0 }, ['s'], /criterion "c1".*s must be a positive number/],
    [{ function: 'v-shape', p: -1 }, ['p'], /criterion "c1".*p must be a number ≥ 0/],
  ])('%o', (pref, path, message) => {
    const problems = validatePreference(pref, 'c1');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toEqual(path);
    expect(problems[0]?.message).toMatch(message);
  });

  it('the exact message for q > p', () => {
    expect(validatePreference({ function: 'linear', q: 5, p: 3 }, 'speed')).toEqual([
      {
        path: ['q'],
        message:
          'criterion "speed", preference function "linear": the indifference threshold q (5) is larger than the preference threshold p (3); q must be ≤ p',
      },
    ]);
  });

  it('a function with the thresholds it needs has no problems', () => {
    for (const [fn, needs] of Object.entries(preferenceThresholds)) {
      const pref = { function: fn, ...Object.fromEntries(needs.map((k) => [k, 1] as const)) };
      expect(validatePreference(pref as PreferenceFunction, 'c')).toEqual([]);
    }
  });

  it('the method never throws on an invalid function: a missing threshold counts as 0', () => {
    const run = (pref: PreferenceFunction) =>
      promethee2.score(input([[1], [2]], { prefs: [pref] })).scores;
    expect(run({ function: 'v-shape' })).toEqual([0, 100]);
    expect(run({ function: 'gaussian' })).toEqual([0, 100]);
    expect(run({ function: 'linear', q: 5, p: 3 }).every(Number.isFinite)).toBe(true);
  });
});

describe('reference, missing answers, degenerate fields', () => {
  it('a single reference alternative has φ = 0 and scores 50', () => {
    const out = promethee2.score(input([[3, 1]]));
    expect(out.scores).toEqual([50]);
    expect(out.details).toEqual([{ phiPlus: 0, phiMinus: 0, phiNet: 0 }]);
  });

  it('an ineligible alternative is compared with the reference only and changes no other score', () => {
    const rows = [
      [1, 5],
      [2, 3],
      [3, 4],
    ];
    const alone = promethee2.score(input(rows));
    const withOutsider = promethee2.score(
      input([...rows, [2.5, 10]], { reference: [true, true, true, false] }),
    );
    expect(withOutsider.scores.slice(0, 3)).toEqual(alone.scores);
    // a4 beats all three on c2 (w ½) and a1, a2 on c1 (w ½); flows over r − 1 = 2, as an
    // insider's: φ⁺ = (1 + 1 + ½)/2, φ⁻ = ½/2.
    expect(detail(withOutsider, 'phiPlus')[3]).toBeCloseTo(2.5 / 2, 12);
    expect(detail(withOutsider, 'phiMinus')[3]).toBeCloseTo(0.5 / 2, 12);
  });

  it("an outsider identical to an insider gets exactly the insider's flows and score", () => {
    const rows = [
      [1, 5],
      [2, 3],
      [3, 4],
    ];
    const out = promethee2.score(
      input([...rows, [2, 3]], { reference: [true, true, true, false] }),
    );
    expect(detail(out, 'phiNet')[3]).toBeCloseTo(detail(out, 'phiNet')[1] ?? NaN, 12);
    expect(out.scores[3]).toBeCloseTo(out.scores[1] ?? NaN, 12);
  });

  it('with a single reference alternative an outsider is compared with it alone', () => {
    const out = promethee2.score(input([[1], [2]], { reference: [true, false] }));
    expect(out.scores).toEqual([50, 100]);
  });

  it('zero: an unanswered cell counts as the worst of its column among the reference', () => {
    const withNull = promethee2.score(
      input(
        [
          [null, 1],
          [4, 2],
          [6, 3],
          [1, 4],
        ],
        { directions: ['higher', 'lower'], reference: [true, true, true, false] },
      ),
    );
    const explicit = promethee2.score(
      input(
        [
          [4, 1],
          [4, 2],
          [6, 3],
          [1, 4],
        ],
        { directions: ['higher', 'lower'], reference: [true, true, true, false] },
      ),
    );
    expect(withNull.details).toEqual(explicit.details);
  });

  it('exclude: a pair is compared only on criteria both answered, π renormalised over their weights', () => {
    const out = promethee2.score(
      input(
        [
          [null, 5],
          [3, 4],
          [1, 6],
        ],
        { weights: [3, 1], missing: 'exclude' },
      ),
    );
    // π(a1,a2) = 1 (c2 only), π(a2,a1) = 0; π(a1,a3) = 0, π(a3,a1) = 1;
    // π(a2,a3) = ¾ (c1), π(a3,a2) = ¼ (c2).
    expect(detail(out, 'phiPlus')).toEqual([0.5, 0.375, 0.625]);
    expect(detail(out, 'phiMinus')).toEqual([0.5, 0.625, 0.375]);
  });

  it('exclude: a pair with no criterion in common is indifferent', () => {
    const out = promethee2.score(
      input(
        [
          [1, null],
          [null, 2],
        ],
        { missing: 'exclude' },
      ),
    );
    expect(out.scores).toEqual([50, 50]);
  });

  it('zero-weight criteria take no part', () => {
    const out = promethee2.score(
      input(
        [
          [1, 9],
          [2, 1],
        ],
        { weights: [1, 0] },
      ),
    );
    expect(out.scores).toEqual([0, 100]);
  });
});

// Permutation and dominance for every method: tests/core/properties.test.ts.
describe('properties', () => {
  it('scores lie in [0, 100], are finite, and Σ φnet over the reference is 0', () => {
    fc.assert(
      fc.property(problemArb({ min: 0, max: 10, minWeight: 1 }), (pr) => {
        const inp = methodInput(pr);
        const out = promethee2.score(inp);
        for (const s of out.scores) expect(s >= 0 && s <= 100 && Number.isFinite(s)).toBe(true);
        const sum = net(out).reduce((s, v, i) => s + (inp.reference[i] ? v : 0), 0);
        expect(Math.abs(sum)).toBeLessThan(1e-9);
      }),
    );
  });
});

describe('end to end through rankVendors', () => {
  const withPreference = (c: Criterion, preference: PreferenceFunction): Criterion => ({
    ...c,
    preference,
  });
  const s = set([
    withPreference(number('service-level', { unit: '%', weight: 2 }), {
      function: 'linear',
      q: 1,
      p: 5,
    }),
    withPreference(number('price', { direction: 'lower', weight: 1 }), {
      function: 'v-shape',
      p: 10,
    }),
    boolean('soc2', { must: { kind: 'true' }, weight: 1 }),
  ]);
  const vendors = [
    vendor('north', { 'service-level': 90, price: 30, soc2: true }),
    vendor('east', { 'service-level': 87, price: 25, soc2: true }),
    vendor('west', { 'service-level': 80, price: 20, soc2: true }),
    vendor('south', { 'service-level': 95, price: 15, soc2: false }),
  ];
  const r = ranked(s, vendors, { method: promethee2, missing: 'zero' });
  const byId = (id: string) => r.vendors.find((v) => v.id === id);

  it('ranks the eligible vendors by net flow, raw values against q and p in their unit', () => {
    // weights: service-level ½, price ¼, soc2 ¼ (all eligible answered true: no preference).
    // north–east: SL d = 3 → (3 − 1)/4 = ½ for north; price d = 5 → 5/10 = ½ for east.
    // north–west: SL d = 10 → 1 for north; price d = 10 → 1 for west.
    // east–west:  SL d = 7 → 1 for east; price d = 5 → ½ for west.
    // π(n,e) = ¼, π(e,n) = ⅛; π(n,w) = ½, π(w,n) = ¼; π(e,w) = ½, π(w,e) = ⅛.
    // φnet: north (¾ − ⅜)/2 = 3/16; east (⅝ − ⅜)/2 = ⅛; west (⅜ − 1)/2 = −5/16.
    expect(r.method).toBe('promethee2');
    expect(r.vendors.map((v) => [v.id, v.rank])).toEqual([
      ['north', 1],
      ['east', 2],
      ['west', 3],
      ['south', null],
    ]);
    expect(byId('north')?.details?.phiNet).toBeCloseTo(3 / 16, 12);
    expect(byId('east')?.details?.phiNet).toBeCloseTo(1 / 8, 12);
    expect(byId('west')?.details?.phiNet).toBeCloseTo(-5 / 16, 12);
    expect(byId('north')?.score).toBeCloseTo((3 / 16 + 1) * 50, 10);
  });

  it('scores the knocked-out vendor against the eligible field, with flows in details', () => {
    // south beats all three on SL (d = 5, 8, 15 → 1, 1, 1) and price (d = 15, 10, 5 → 1, 1, ½),
    // loses soc2 to each (usual: 1, weight ¼); flows over r − 1 = 2: φ⁺ = (¾ + ¾ + ⅝)/2, φ⁻ = ¾/2.
    const south = byId('south');
    expect(south?.details?.phiPlus).toBeCloseTo(2.125 / 2, 12);
    expect(south?.details?.phiMinus).toBeCloseTo(0.75 / 2, 12);
    expect(Object.keys(south?.details ?? {})).toEqual(['phiPlus', 'phiMinus', 'phiNet']);
  });
});
