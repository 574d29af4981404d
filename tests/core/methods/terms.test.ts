import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { promethee2 } from '../../../src/core/methods/promethee2.js';
import { topsis } from '../../../src/core/methods/topsis.js';
import { vikor } from '../../../src/core/methods/vikor.js';
import type {
  CriterionTerms,
  DecisionMethod,
  MethodInput,
  MethodOutput,
  ScoredAlternative,
} from '../../../src/core/methods/types.js';
import { methodInput, optionsArb, problemArb, type Problem } from './fixtures.js';

/**
 * How TOPSIS, VIKOR and PROMETHEE II split their own scores over the criteria (issue 8, SPEC
 * "Decision methods" `details.criteria`): the terms add up to the method's figures, a category's
 * column is the method's own formula, and a lead splits exactly into per-criterion rows.
 */

/** Equal within `rel` of the larger magnitude (at least 1). */
function near(a: number, b: number, rel = 1e-9): boolean {
  return Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
}
const expectNear = (a: number, b: number, rel = 1e-9): void => {
  if (!near(a, b, rel)) expect(a).toBe(b);
};

const num = (x: number | boolean | null | undefined): number => (typeof x === 'number' ? x : 0);
const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);
const all = (inp: MethodInput): number[] => inp.criteria.map((_, j) => j);
const weightsOf = (inp: MethodInput): number[] => inp.criteria.map((c) => c.weight);

/** Alternative i as `MethodExplanation` reads it. */
function scored(inp: MethodInput, out: MethodOutput, i: number): ScoredAlternative {
  return {
    score: out.scores[i] ?? NaN,
    details: out.details?.[i],
    terms: out.terms[i] ?? [],
    utilities: inp.alternatives[i]?.utilities ?? [],
  };
}

/** The problem on the criteria at `indices` only, weights as given (not renormalised). */
function restricted(inp: MethodInput, indices: readonly number[], weights?: number[]): MethodInput {
  return {
    ...inp,
    criteria: indices.map((j, k) => ({
      ...inp.criteria[j]!,
      weight: weights?.[k] ?? inp.criteria[j]!.weight,
    })),
    alternatives: inp.alternatives.map((a) => ({
      ...a,
      utilities: indices.map((j) => a.utilities[j] ?? null),
      performance: indices.map((j) => a.performance[j] ?? null),
    })),
  };
}

/** A random problem with its method options, and a non-empty subset of its criteria. */
const caseArb = (method: DecisionMethod, shape: Parameters<typeof problemArb>[0] = {}) =>
  problemArb(shape).chain((p) =>
    fc.record({
      p: fc.constant(p),
      options: optionsArb(method),
      group: fc.subarray(
        p.weights.map((_, j) => j),
        { minLength: 1 },
      ),
    }),
  );

/** Every pair of reference alternatives (a ≠ b), in input order. */
function referencePairs(inp: MethodInput): [number, number][] {
  const ref = inp.alternatives.flatMap((_, i) => (inp.reference[i] ? [i] : []));
  return ref.flatMap((a) => ref.filter((b) => b !== a).map((b): [number, number] => [a, b]));
}

/** Every lead between reference vendors adds up to their score difference. */
function expectLeadsAddUp(method: DecisionMethod, inp: MethodInput, out: MethodOutput): void {
  for (const [a, b] of referencePairs(inp)) {
    const rows = method.explanation.lead(scored(inp, out, a), scored(inp, out, b), weightsOf(inp));
    expect(rows).toHaveLength(inp.criteria.length);
    for (const r of rows) expect(Number.isFinite(r)).toBe(true);
    expectNear(sum(rows), (out.scores[a] ?? NaN) - (out.scores[b] ?? NaN));
  }
}

const termsOf = (out: MethodOutput, i: number): CriterionTerms[] => out.terms[i] ?? [];

describe('every method declares its explanation', () => {
  it.each([topsis, vikor, promethee2])('$id: columns are keys of its terms', (method) => {
    const out = method.score(
      methodInput({
        performance: [
          [1, 2],
          [3, 1],
        ],
        weights: [0.5, 0.5],
      }),
    );
    const keys = Object.keys(out.terms[0]?.[0] ?? {});
    for (const c of method.explanation.columns) expect(keys).toContain(c.key);
    expect(out.terms.map((row) => row.length)).toEqual([2, 2]);
  });

  it.each([topsis, vikor, promethee2])(
    '$id: every term is its own plain object, left-out ones too (a consumer may add its id)',
    (method) => {
      const out = method.score(
        methodInput({
          performance: [
            [1, null],
            [null, 1],
            [2, 2],
          ],
          weights: [0.5, 0.5],
          missing: 'exclude',
        }),
      );
      const all = out.terms.flat();
      expect(new Set(all).size).toBe(all.length);
      for (const t of all) expect(Object.isExtensible(t)).toBe(true);
    },
  );
});

describe('topsis: the score splits over criteria by squared distances', () => {
  // Hodgett, R. "TOPSIS in Excel" (hodgett.co.uk/topsis-in-excel), the R package MCDA's TOPSIS
  // example: the page prints the weighted normalised ideal and anti-ideal to 9 decimals.
  const hodgett = methodInput({
    performance: [
      [5490, 51.4, 8.5, 285],
      [6500, 70.6, 7, 288],
      [6489, 54.3, 7.5, 290],
    ],
    weights: [0.35, 0.25, 0.25, 0.15],
    directions: ['lower', 'higher', 'higher', 'higher'],
  });

  it('Hodgett / R MCDA: each term carries the published ideal and anti-ideal of its column', () => {
    const out = topsis.score(hodgett);
    const positive = [0.179573776, 0.171636015, 0.159499658, 0.087302767];
    const negative = [0.212610118, 0.124958799, 0.131352659, 0.085797547];
    out.terms.forEach((row) =>
      row.forEach((t, j) => {
        // Price is a cost: vendor-eval takes 1 − x/‖x‖, the page x/‖x‖ with the minimum as
        // ideal; the same distances, with our figures the page's mirrored in w.
        const mirror = (x: number) => (j === 0 ? 0.35 - x : x);
        expect(num(t.ideal)).toBeCloseTo(mirror(positive[j] ?? NaN), 8);
        expect(num(t.antiIdeal)).toBeCloseTo(mirror(negative[j] ?? NaN), 8);
        expect(t.dPlusSq).toBeCloseTo((num(t.value) - num(t.ideal)) ** 2, 12);
        expect(t.dMinusSq).toBeCloseTo((num(t.value) - num(t.antiIdeal)) ** 2, 12);
      }),
    );
  });

  it('Hodgett / R MCDA: Σ d⁺² terms = D⁺², Σ d⁻² terms = D⁻², every category column its own closeness', () => {
    const out = topsis.score(hodgett);
    out.terms.forEach((row, i) => {
      expectNear(sum(row.map((t) => num(t.dPlusSq))), (out.details?.[i]?.dPlus ?? NaN) ** 2, 1e-12);
      expectNear(
        sum(row.map((t) => num(t.dMinusSq))),
        (out.details?.[i]?.dMinus ?? NaN) ** 2,
        1e-12,
      );
      const alt = scored(hodgett, out, i);
      expect(topsis.explanation.groupScore(alt, all(hodgett), weightsOf(hodgett))).toBe(
        out.scores[i],
      );
      // Price alone (one dimension: closeness is linear): Corsa 5490 is the ideal, Clio 6500 the
      // anti-ideal, Fiesta 6489 at (6500 − 6489)/(6500 − 5490).
      expect(topsis.explanation.groupScore(alt, [0], weightsOf(hodgett))).toBeCloseTo(
        [100, 0, (100 * 11) / 1010][i] ?? NaN,
        3,
      );
    });
    expectLeadsAddUp(topsis, hodgett, out);
  });

  it('a lead on one criterion alone is the whole lead, on that criterion', () => {
    const inp = methodInput({
      performance: [
        [3, 5],
        [1, 5],
        [2, 5],
      ],
      weights: [0.5, 0.5],
    });
    const out = topsis.score(inp);
    const rows = topsis.explanation.lead(scored(inp, out, 0), scored(inp, out, 1), [0.5, 0.5]);
    expect(rows[0]).toBeCloseTo(100, 12);
    expect(rows[1]).toBe(0);
  });

  it('a vendor that used no criterion (exclude) stands at the anti-ideal on the other one’s criteria', () => {
    const inp = methodInput({
      performance: [
        [4, 1, 7],
        [2, 3, null],
        [null, null, null],
        [3, 2, 5],
      ],
      weights: [0.5, 0.3, 0.2],
      missing: 'exclude',
    });
    const out = topsis.score(inp);
    expect(out.scores[2]).toBe(0);
    expect(out.terms[2]?.every((t) => Object.values(t).every((x) => x === null))).toBe(true);
    for (const [a, b] of [
      [1, 2],
      [2, 1],
      [0, 2],
    ] as const) {
      const rows = topsis.explanation.lead(
        scored(inp, out, a),
        scored(inp, out, b),
        weightsOf(inp),
      );
      expectNear(sum(rows), (out.scores[a] ?? NaN) - (out.scores[b] ?? NaN), 1e-12);
      // Only the criteria the other vendor was measured on carry any of it.
      if (a === 1 || b === 1) expect(rows[2]).toBe(0);
    }
    // Standing at the anti-ideal on c1, c2: d⁺² = (ideal − anti-ideal)², d⁻² = 0, so C = 0 = its score.
    const rows = topsis.explanation.lead(scored(inp, out, 1), scored(inp, out, 2), weightsOf(inp));
    const t1 = termsOf(out, 1);
    const pb = t1.map((t) => (t.ideal === null ? 0 : (num(t.ideal) - num(t.antiIdeal)) ** 2));
    const pa = t1.map((t) => num(t.dPlusSq));
    const ma = t1.map((t) => num(t.dMinusSq));
    const C = (P: number, M: number) =>
      P + M > 0 ? Math.sqrt(M) / (Math.sqrt(P) + Math.sqrt(M)) : 1;
    const ca = (out.scores[1] ?? NaN) / 100;
    const partP = (ca - C(sum(pb), sum(ma)) + (C(sum(pa), 0) - 0)) / 2;
    const partM = (ca - C(sum(pa), 0) + (C(sum(pb), sum(ma)) - 0)) / 2;
    const dP = sum(pa) - sum(pb);
    const dM = sum(ma);
    [0, 1].forEach((j) =>
      expect(rows[j]).toBeCloseTo(
        100 * ((partP * ((pa[j] ?? 0) - (pb[j] ?? 0))) / dP + (partM * (ma[j] ?? 0)) / dM),
        10,
      ),
    );
  });

  it('neither distance changes: the lead is shared by the criteria only one vendor used', () => {
    // Constant columns: v1 is the ideal (100); v3 answered nothing (0).
    const inp = methodInput({
      performance: [
        [5, 5],
        [5, 5],
        [null, null],
      ],
      weights: [0.5, 0.5],
      missing: 'exclude',
    });
    const out = topsis.score(inp);
    expect(out.scores).toEqual([100, 100, 0]);
    const lead = (a: number, b: number) =>
      topsis.explanation.lead(scored(inp, out, a), scored(inp, out, b), weightsOf(inp));
    expect(lead(0, 2)).toEqual([50, 50]);
    expect(lead(2, 0)).toEqual([-50, -50]);
    expect(lead(0, 1)).toEqual([0, 0]);
    expect(topsis.explanation.groupScore(scored(inp, out, 0), [1], [0.5, 0.5])).toBe(100);
    expect(topsis.explanation.groupScore(scored(inp, out, 2), [0, 1], [0.5, 0.5])).toBe(0);
  });

  it('an unchanged d⁺² sends the whole lead through the d⁻² terms', () => {
    const alt = (p: number[], m: number[]): ScoredAlternative => {
      const P = sum(p);
      const M = sum(m);
      return {
        score: (100 * Math.sqrt(M)) / (Math.sqrt(P) + Math.sqrt(M)),
        details: undefined,
        terms: p.map((x, j) => ({ dPlusSq: x, dMinusSq: m[j] ?? 0 })),
        utilities: [],
      };
    };
    const a = alt([0.01, 0.04], [0.04, 0.01]);
    const b = alt([0.04, 0.01], [0.09, 0]);
    const rows = topsis.explanation.lead(a, b, [0.5, 0.5]);
    const diff = a.score - b.score;
    // ΔM = (0.04 − 0.09) + (0.01 − 0) = −0.04: rows in proportion −0.05 : 0.01.
    expect(rows[0]).toBeCloseTo((diff * -0.05) / -0.04, 10);
    expect(rows[1]).toBeCloseTo((diff * 0.01) / -0.04, 10);
  });

  it('a change of d⁺² that is only rounding counts as none: no large rows of opposite signs', () => {
    const alt = (p: number[], m: number[]): ScoredAlternative => ({
      score: (100 * Math.sqrt(sum(m))) / (Math.sqrt(sum(p)) + Math.sqrt(sum(m))),
      details: undefined,
      terms: p.map((x, j) => ({ dPlusSq: x, dMinusSq: m[j] ?? 0 })),
      utilities: [],
    });
    // 0.1 + 0.2 and 0.3 differ by one unit in the last place.
    const a = alt([0.1, 0.2], [0.05, 0.05]);
    const b = alt([0.3, 0], [0.01, 0.04]);
    const rows = topsis.explanation.lead(a, b, [0.5, 0.5]);
    expectNear(sum(rows), a.score - b.score, 1e-12);
    // ΔM = 0.04 + 0.01: rows in proportion 4 : 1.
    expect(rows[0]).toBeCloseTo(((a.score - b.score) * 4) / 5, 10);
    expect(rows[1]).toBeCloseTo(((a.score - b.score) * 1) / 5, 10);
  });

  it('random problems: the terms add up, a category is the closeness on its criteria, leads add up', () => {
    fc.assert(
      fc.property(caseArb(topsis, { nullFreq: 3 }), ({ p, options, group }) => {
        const inp = methodInput({ ...p, options });
        const out = topsis.score(inp);
        const weights = weightsOf(inp);
        out.terms.forEach((row, i) => {
          const d = out.details?.[i];
          expectNear(sum(row.map((t) => num(t.dPlusSq))), (d?.dPlus ?? NaN) ** 2, 1e-12);
          expectNear(sum(row.map((t) => num(t.dMinusSq))), (d?.dMinus ?? NaN) ** 2, 1e-12);
          const alt = scored(inp, out, i);
          expect(topsis.explanation.groupScore(alt, all(inp), weights)).toBe(out.scores[i]);
          // The columns are independent: a category's closeness is TOPSIS on its criteria alone.
          const sub = topsis.score(restricted(inp, group));
          expectNear(topsis.explanation.groupScore(alt, group, weights), sub.scores[i] ?? NaN);
        });
        // No clamping in TOPSIS: every pair adds up, reference or not.
        inp.alternatives.forEach((_, a) =>
          inp.alternatives.forEach((_, b) => {
            const rows = topsis.explanation.lead(scored(inp, out, a), scored(inp, out, b), weights);
            expectNear(sum(rows), (out.scores[a] ?? NaN) - (out.scores[b] ?? NaN));
          }),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('vikor: the score splits over criteria by S terms and the criterion that sets R', () => {
  // Opricovic, S. & Tzeng, G.-H. (2004) EJOR 156(2), 445–455, numerical example (risk min,
  // altitude max, equal weights, v = 0.5): S = [0.5, 0.375, 0.5], R = [0.5, 0.25, 0.5], Q = [1, 0, 1].
  const ot = methodInput({
    performance: [
      [1, 3000],
      [2, 3750],
      [5, 4500],
    ],
    weights: [0.5, 0.5],
    directions: ['lower', 'higher'],
    criterionIds: ['risk', 'altitude'],
  });

  it('Opricovic & Tzeng 2004: best, worst, d, S terms and the criterion that sets R', () => {
    const out = vikor.score(ot);
    const pick = (i: number) =>
      termsOf(out, i).map(({ best, worst, d, sTerm, setsR }) => ({ best, worst, d, sTerm, setsR }));
    expect(pick(0)).toEqual([
      { best: 1, worst: 5, d: 0, sTerm: 0, setsR: false },
      { best: 4500, worst: 3000, d: 1, sTerm: 0.5, setsR: true },
    ]);
    expect(pick(1)).toEqual([
      { best: 1, worst: 5, d: 0.25, sTerm: 0.125, setsR: false },
      { best: 4500, worst: 3000, d: 0.5, sTerm: 0.25, setsR: true },
    ]);
    // A3: risk 0.5, altitude 0, so risk sets R.
    expect(pick(2).map((t) => t.setsR)).toEqual([true, false]);
  });

  it('Opricovic & Tzeng 2004: A2 leads A1 by 100 = −50 on risk + 150 on altitude (parts of Q)', () => {
    const out = vikor.score(ot);
    // qTerm = v·sTerm/(S⁻ − S*) + (1 − v)·[sets R]·R/(R⁻ − R*), S⁻ − S* = 0.125, R⁻ − R* = 0.25:
    // A1: 0, 0.5·0.5/0.125 + 0.5·0.5/0.25 = 3; A2: 0.5·0.125/0.125 = 0.5, 0.5·0.25/0.125 + 0.5·0.25/0.25 = 1.5.
    expect(termsOf(out, 0).map((t) => t.qTerm)).toEqual([0, 3]);
    expect(termsOf(out, 1).map((t) => t.qTerm)).toEqual([0.5, 1.5]);
    const rows = vikor.explanation.lead(scored(ot, out, 1), scored(ot, out, 0), [0.5, 0.5]);
    expect(rows).toEqual([-50, 150]);
    expect(sum(rows)).toBe((out.scores[1] ?? NaN) - (out.scores[0] ?? NaN));
    // A2's group utility on risk alone: 100·(1 − 0.5·0.25/0.5) = 75; on both 100·(1 − S) = 62.5.
    expect(vikor.explanation.groupScore(scored(ot, out, 1), [0], [0.5, 0.5])).toBe(75);
    expect(vikor.explanation.groupScore(scored(ot, out, 1), [0, 1], [0.5, 0.5])).toBe(62.5);
    expectLeadsAddUp(vikor, ot, out);
  });

  it('exclude: a left-out criterion has no d, S term or part of Q, and never sets R', () => {
    const inp = methodInput({
      performance: [
        [1, null],
        [2, 3750],
        [5, 4500],
        [3, 3000],
      ],
      weights: [0.5, 0.5],
      directions: ['lower', 'higher'],
      missing: 'exclude',
    });
    const out = vikor.score(inp);
    expect(termsOf(out, 0)[1]).toEqual({
      best: 4500,
      worst: 3000,
      d: null,
      sTerm: null,
      setsR: false,
      qTerm: null,
    });
    // Renormalised over the answered weight 0.5: the risk term is 1·0 = 0, S = 0, R = 0.
    expect(termsOf(out, 0)[0]).toMatchObject({ d: 0, sTerm: 0, setsR: true });
    expect(vikor.explanation.groupScore(scored(inp, out, 0), [1], [0.5, 0.5])).toBe(0);
    expect(vikor.explanation.groupScore(scored(inp, out, 0), [0, 1], [0.5, 0.5])).toBe(100);
    expectLeadsAddUp(vikor, inp, out);
  });

  it('a constant criterion has no best or worst, d = 0, and zero-weight groups use the plain mean of d', () => {
    const inp = methodInput({
      performance: [
        [1, 7, 4],
        [3, 7, 2],
      ],
      weights: [0.6, 0.4, 0],
    });
    const out = vikor.score(inp);
    expect(termsOf(out, 0)[1]).toMatchObject({
      best: null,
      worst: null,
      d: 0,
      sTerm: 0,
      setsR: false,
    });
    expect(out.summary?.constantCriteria).toEqual(['c2']);
    // c3 weighs 0: a1 is its best (d = 0), a2 its worst (d = 1).
    expect(vikor.explanation.groupScore(scored(inp, out, 1), [2], weightsOf(inp))).toBe(0);
    expect(vikor.explanation.groupScore(scored(inp, out, 0), [2], weightsOf(inp))).toBe(100);
  });

  it('a knocked-out vendor clamped to 100: its rows add up to the unclamped lead 100·(Q_b − Q_a)', () => {
    // The Opricovic & Tzeng field plus an ineligible A4 beyond f* on both criteria (Q = −4.75).
    const inp = methodInput({
      performance: [
        [1, 3000],
        [2, 3750],
        [5, 4500],
        [0, 6000],
      ],
      weights: [0.5, 0.5],
      directions: ['lower', 'higher'],
      reference: [true, true, true, false],
    });
    const out = vikor.score(inp);
    const Q = (i: number) => out.details?.[i]?.Q ?? NaN;
    expect(Q(3)).toBeCloseTo(-4.75, 12);
    expect(out.scores[3]).toBe(100);
    const rows = vikor.explanation.lead(scored(inp, out, 3), scored(inp, out, 1), weightsOf(inp));
    expect(sum(rows)).toBeCloseTo(100 * (Q(1) - Q(3)), 10);
    expect(sum(rows)).not.toBeCloseTo((out.scores[3] ?? NaN) - (out.scores[1] ?? NaN), 3);
  });

  it('random problems: Σ S terms = S, one criterion sets R, Q from the parts, category over all = 100·(1 − S), leads add up', () => {
    fc.assert(
      fc.property(caseArb(vikor, { nullFreq: 3 }), ({ p, options }) => {
        const inp = methodInput({ ...p, options });
        const out = vikor.score(inp);
        const v = (options.v as number | undefined) ?? 0.5;
        const ref = inp.alternatives.flatMap((_, i) =>
          inp.reference[i] || !inp.reference.some(Boolean) ? [i] : [],
        );
        const S = (i: number) => out.details?.[i]?.S ?? NaN;
        const R = (i: number) => out.details?.[i]?.R ?? NaN;
        const Q = (i: number) => out.details?.[i]?.Q ?? NaN;
        out.terms.forEach((row, i) => {
          expectNear(sum(row.map((t) => num(t.sTerm))), S(i), 1e-12);
          const setters = row.flatMap((t, j) => (t.setsR === true ? [j] : []));
          expect(setters).toHaveLength(1);
          expect(row[setters[0] ?? -1]?.sTerm === R(i)).toBe(true);
          const first = row.findIndex((t) => t.sTerm === R(i));
          expect(setters[0]).toBe(first);
          // clamped to 0–100 like the score (a knocked-out vendor can lie past the worst)
          expectNear(
            vikor.explanation.groupScore(scored(inp, out, i), all(inp), weightsOf(inp)),
            Math.min(100, Math.max(0, 100 * (1 - S(i)))),
          );
        });
        // Q = Σ qTerm − (v·S*/(S⁻ − S*) + (1 − v)·R*/(R⁻ − R*)): differences agree exactly.
        for (const a of inp.alternatives.keys()) {
          for (const b of ref) {
            const dq = sum(
              termsOf(out, a).map((t, j) => num(t.qTerm) - num(termsOf(out, b)[j]?.qTerm)),
            );
            const sSpan = Math.max(...ref.map(S)) - Math.min(...ref.map(S));
            const rSpan = Math.max(...ref.map(R)) - Math.min(...ref.map(R));
            const scale = Math.max(1, v / (sSpan || 1), (1 - v) / (rSpan || 1));
            expect(Math.abs(dq - (Q(a) - Q(b)))).toBeLessThanOrEqual(1e-9 * scale);
          }
        }
        expectLeadsAddUp(vikor, inp, out);
      }),
      { numRuns: 300 },
    );
  });
});

describe('promethee2: the score splits over criteria by net flows, Σ wⱼ·φⱼ = φnet', () => {
  // Zhao, Peng & Li (2013), Procedia Computer Science 17, 181–188 (pymcdm TestPROMETHEE_II),
  // usual criterion, weights 0.5, 0.3, 0.2: φnet = 0.1, −0.3, 0.2.
  const zhao = methodInput({
    performance: [
      [4, 3, 2],
      [3, 2, 4],
      [5, 1, 3],
    ],
    weights: [0.5, 0.3, 0.2],
  });

  it('Zhao, Peng & Li 2013: φⱼ per criterion, weighted sum = the published φnet', () => {
    const out = promethee2.score(zhao);
    // c1 (4, 3, 5): a3 beats both, a1 beats a2; c2 (3, 2, 1); c3 (2, 4, 3). Over m − 1 = 2.
    expect(out.terms.map((row) => row.map((t) => t.phi))).toEqual([
      [0, 1, -1],
      [-1, 0, 1],
      [1, -1, 0],
    ]);
    expect(termsOf(out, 0).map((t) => t.wPhi)).toEqual([0, 0.3, -0.2]);
    [0.1, -0.3, 0.2].forEach((want, i) => {
      expect(sum(termsOf(out, i).map((t) => num(t.wPhi)))).toBeCloseTo(want, 12);
      expect(
        promethee2.explanation.groupScore(scored(zhao, out, i), [0, 1, 2], [0.5, 0.3, 0.2]),
      ).toBeCloseTo(out.scores[i] ?? NaN, 12);
    });
    // a3 leads a1 by 5: 50·0.5·(1 − 0) + 50·0.3·(−1 − 1) + 50·0.2·(0 − (−1)) = 25 − 30 + 10.
    const rows = promethee2.explanation.lead(
      scored(zhao, out, 2),
      scored(zhao, out, 0),
      [0.5, 0.3, 0.2],
    );
    [25, -30, 10].forEach((want, j) => expect(rows[j]).toBeCloseTo(want, 12));
    expect(out.scores[2]! - out.scores[0]!).toBeCloseTo(5, 12);
    // a1 on c2 and c3 alone: 100·((0.3 − 0.2)/0.5 + 1)/2 = 60.
    expect(
      promethee2.explanation.groupScore(scored(zhao, out, 0), [1, 2], [0.5, 0.3, 0.2]),
    ).toBeCloseTo(60, 12);
  });

  it('exclude: each pair’s 1/(weight both answered) is folded into φⱼ, so Σ wⱼφⱼ = φnet still', () => {
    // As in promethee2.test.ts: π(a1,a2) = 1 (c2 only), π(a3,a1) = 1, π(a2,a3) = ¾, π(a3,a2) = ¼.
    const inp = methodInput({
      performance: [
        [null, 5],
        [3, 4],
        [1, 6],
      ],
      weights: [0.75, 0.25],
      missing: 'exclude',
    });
    const out = promethee2.score(inp);
    // c2 for (a1, a2) and (a1, a3) is compared over weight ¼: each preference counts 4 there.
    expect(out.terms.map((row) => row.map((t) => t.phi))).toEqual([
      [null, 0],
      [0.5, -2.5],
      [-0.5, 2.5],
    ]);
    out.terms.forEach((row, i) =>
      expect(0.75 * num(row[0]?.phi) + 0.25 * num(row[1]?.phi)).toBe(out.details?.[i]?.phiNet),
    );
    expect(termsOf(out, 0)[0]).toEqual({ phi: null, wPhi: null });
    expectLeadsAddUp(promethee2, inp, out);
  });

  it('a zero-weight criterion has its own net flow and adds nothing', () => {
    const inp = methodInput({
      performance: [
        [1, 9],
        [2, 1],
      ],
      weights: [1, 0],
    });
    const out = promethee2.score(inp);
    expect(out.scores).toEqual([0, 100]);
    expect(out.terms.map((row) => row.map((t) => t.phi))).toEqual([
      [-1, 1],
      [1, -1],
    ]);
    const rows = promethee2.explanation.lead(scored(inp, out, 1), scored(inp, out, 0), [1, 0]);
    expect(rows.map((x) => x + 0)).toEqual([100, 0]);
    expect(promethee2.explanation.groupScore(scored(inp, out, 0), [1], [1, 0])).toBe(50);
  });

  it('an outsider’s φⱼ is over r − 1 like its flows; clamped, its rows add up to the unclamped lead', () => {
    const inp = methodInput({
      performance: [
        [1, 5],
        [2, 3],
        [3, 4],
        [4, 6],
      ],
      weights: [0.5, 0.5],
      reference: [true, true, true, false],
    });
    const out = promethee2.score(inp);
    // a4 beats all three on both: φⱼ = 3/2, φnet = 1.5, score clamped to 100.
    expect(termsOf(out, 3).map((t) => t.phi)).toEqual([1.5, 1.5]);
    expect(out.details?.[3]?.phiNet).toBe(1.5);
    expect(out.scores[3]).toBe(100);
    const rows = promethee2.explanation.lead(scored(inp, out, 3), scored(inp, out, 2), [0.5, 0.5]);
    expect(sum(rows)).toBeCloseTo(50 * (1.5 - (out.details?.[2]?.phiNet ?? NaN)), 12);
    expect(sum(rows)).toBeGreaterThan((out.scores[3] ?? NaN) - (out.scores[2] ?? NaN));
    expect(promethee2.explanation.groupScore(scored(inp, out, 3), [0, 1], [0.5, 0.5])).toBe(100);
  });

  it('random problems: Σ wⱼφⱼ = φnet, Σ φⱼ over the reference is 0, category over all = the score, leads add up', () => {
    fc.assert(
      fc.property(caseArb(promethee2, { nullFreq: 3 }), ({ p, group }) => {
        const inp = methodInput(p);
        const out = promethee2.score(inp);
        const weights = weightsOf(inp);
        out.terms.forEach((row, i) => {
          expectNear(
            sum(row.map((t, j) => (weights[j] ?? 0) * num(t.phi))),
            out.details?.[i]?.phiNet ?? NaN,
            1e-12,
          );
          row.forEach((t, j) => {
            if (t.phi !== null) expect(t.wPhi).toBe((weights[j] ?? 0) * num(t.phi));
            const answered = inp.alternatives[i]?.performance[j] !== null;
            expect(t.phi === null).toBe(inp.missing === 'exclude' && !answered);
          });
          expectNear(
            promethee2.explanation.groupScore(scored(inp, out, i), all(inp), weights),
            out.scores[i] ?? NaN,
          );
        });
        const ref = inp.alternatives.flatMap((_, i) => (inp.reference[i] ? [i] : []));
        inp.criteria.forEach((_, j) =>
          expectNear(sum(ref.map((i) => num(termsOf(out, i)[j]?.phi))), 0, 1e-9),
        );
        expectLeadsAddUp(promethee2, inp, out);
        // Under `zero` each criterion's flow is its own: a category is PROMETHEE on its criteria alone.
        const wg = sum(group.map((j) => weights[j] ?? 0));
        if (inp.missing === 'zero' && wg > 0) {
          const sub = promethee2.score(
            restricted(
              inp,
              group,
              group.map((j) => (weights[j] ?? 0) / wg),
            ),
          );
          for (const i of ref) {
            expectNear(
              promethee2.explanation.groupScore(scored(inp, out, i), group, weights),
              sub.scores[i] ?? NaN,
            );
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** The published examples of the method tests, for the identities (sources named there). */
const published: [string, DecisionMethod, Problem][] = [
  [
    'Tzeng & Huang 2011 (topsis.test.ts)',
    topsis,
    {
      performance: [
        [5, 8, 4],
        [7, 6, 8],
        [8, 8, 6],
        [7, 4, 6],
      ],
      weights: [0.3, 0.4, 0.3],
    },
  ],
  [
    'Ersoy 2021 (topsis.test.ts)',
    topsis,
    {
      performance: [
        [256, 8, 41, 1.6, 1.77, 7347.16],
        [256, 8, 32, 1.0, 1.8, 6919.99],
        [256, 8, 53, 1.6, 1.9, 8400],
        [256, 8, 41, 1.0, 1.75, 6808.9],
        [512, 8, 35, 1.6, 1.7, 8479.99],
        [256, 4, 35, 1.6, 1.7, 7499.99],
      ],
      weights: [0.405, 0.221, 0.134, 0.199, 0.007, 0.034],
      directions: ['higher', 'higher', 'higher', 'higher', 'lower', 'lower'],
    },
  ],
  [
    'Yang & Wu 2020 (vikor.test.ts)',
    vikor,
    {
      performance: [
        [78, 56, 34, 6],
        [4, 45, 3, 97],
        [18, 2, 50, 63],
        [9, 14, 11, 92],
        [85, 9, 100, 29],
      ],
      weights: [0.25, 0.25, 0.25, 0.25],
    },
  ],
  [
    'Papathanasiou & Ploskas 2018, v = 0.625 (vikor.test.ts)',
    vikor,
    {
      performance: [
        [8, 7, 2, 1],
        [5, 3, 7, 5],
        [7, 5, 6, 4],
        [9, 9, 7, 3],
        [11, 10, 3, 7],
        [6, 9, 5, 4],
      ],
      weights: [0.4, 0.3, 0.1, 0.2],
      options: { v: 0.625 },
    },
  ],
  [
    'Papathanasiou & Ploskas 2018, linear q = 1, p = 2 (promethee2.test.ts)',
    promethee2,
    {
      performance: [
        [8, 7, 2, 1],
        [5, 3, 7, 5],
        [7, 5, 6, 4],
        [9, 9, 7, 3],
        [11, 10, 3, 7],
        [6, 9, 5, 4],
      ],
      weights: [0.4, 0.3, 0.1, 0.2],
      prefs: [0, 1, 2, 3].map(() => ({ function: 'linear' as const, q: 1, p: 2 })),
    },
  ],
  [
    'Brans, Vincke & Mareschal 1986, hydroelectric station, types I–VI (promethee2.test.ts)',
    promethee2,
    {
      performance: [
        [80, 90, 600, 54, 8, 5],
        [65, 58, 200, 97, 1, 1],
        [83, 60, 400, 72, 4, 7],
        [40, 80, 1000, 75, 7, 10],
        [52, 72, 600, 20, 3, 8],
        [94, 96, 700, 36, 5, 6],
      ],
      weights: [1, 1, 1, 1, 1, 1].map((w) => w / 6),
      directions: ['lower', 'higher', 'lower', 'lower', 'lower', 'higher'],
      prefs: [
        { function: 'linear', q: 10, p: 10 },
        { function: 'v-shape', p: 30 },
        { function: 'linear', q: 50, p: 500 },
        { function: 'level', q: 10, p: 60 },
        { function: 'usual' },
        { function: 'gaussian', s: 5 },
      ],
    },
  ],
];

describe('published examples: the terms add up to the method’s own figures', () => {
  it.each(published)('%s', (_, method, p) => {
    const inp = methodInput(p);
    const out = method.score(inp);
    const weights = weightsOf(inp);
    out.terms.forEach((row, i) => {
      const d = out.details?.[i] ?? {};
      if (method === topsis) {
        expectNear(sum(row.map((t) => num(t.dPlusSq))), (d.dPlus ?? NaN) ** 2, 1e-12);
        expectNear(sum(row.map((t) => num(t.dMinusSq))), (d.dMinus ?? NaN) ** 2, 1e-12);
      } else if (method === vikor) {
        expectNear(sum(row.map((t) => num(t.sTerm))), d.S ?? NaN, 1e-12);
        expect(row.filter((t) => t.setsR === true)).toHaveLength(1);
      } else {
        expectNear(sum(row.map((t, j) => (weights[j] ?? 0) * num(t.phi))), d.phiNet ?? NaN, 1e-12);
      }
      const g = method.explanation.groupScore(scored(inp, out, i), all(inp), weights);
      expectNear(g, method === vikor ? 100 * (1 - (d.S ?? NaN)) : (out.scores[i] ?? NaN));
    });
    expectLeadsAddUp(method, inp, out);
  });

  it('Yang & Wu 2020: A2 ties its worst regret on C1 and C3; the first, C1, sets R', () => {
    const [, , p] = published[2]!;
    const out = vikor.score(methodInput(p));
    // A2 = (4, 45, 3, 97): the worst on C1 and C3 (d = 1, term 0.25 each), the best on C4.
    expect(termsOf(out, 1).map((t) => t.sTerm)).toEqual([0.25, (0.25 * 11) / 54, 0.25, 0]);
    expect(termsOf(out, 1).map((t) => t.setsR)).toEqual([true, false, false, false]);
  });
});

describe('the methods’ explanations on the same random problems (shared fixture)', () => {
  it('no method throws and every figure is finite or null', () => {
    fc.assert(
      fc.property(problemArb({ nullFreq: 2 }), (p: Problem) => {
        const inp = methodInput(p);
        for (const method of [topsis, vikor, promethee2]) {
          const out = method.score(inp);
          expect(out.terms).toHaveLength(inp.alternatives.length);
          for (const row of out.terms) {
            expect(row).toHaveLength(inp.criteria.length);
            for (const t of row) {
              for (const x of Object.values(t)) {
                expect(x === null || typeof x === 'boolean' || Number.isFinite(x)).toBe(true);
              }
            }
          }
          inp.alternatives.forEach((_, i) => {
            const g = method.explanation.groupScore(scored(inp, out, i), all(inp), weightsOf(inp));
            expect(Number.isFinite(g)).toBe(true);
          });
        }
      }),
      { numRuns: 200 },
    );
  });
});
