import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { krippendorffAlpha } from '../../src/core/analysis/krippendorff.js';
import type { AlphaLevel } from '../../src/core/model/consensus.js';

const _ = null;

/**
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers
 * (A–D, the rows there) × 12 units with missing values. Here one row per unit, one column per
 * observer. Unit 12 has one value only, so it is not pairable.
 */
const published: (number | null)[][] = [
  [1, 1, _, 1],
  [2, 2, 3, 2],
  [3, 3, 3, 3],
  [3, 3, 3, 3],
  [2, 2, 2, 2],
  [1, 2, 3, 4],
  [4, 4, 4, 4],
  [1, 1, 2, 1],
  [2, 2, 2, 2],
  [_, 5, 5, 5],
  [_, _, 1, 1],
  [_, 3, _, _],
];

describe('krippendorffAlpha: the published worked example (Krippendorff 2011)', () => {
  it.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
  ] as const)('%s α = %d', (level, alpha) => {
    const r = krippendorffAlpha(published, level);
    expect(r.alpha?.toFixed(3)).toBe(alpha.toFixed(3));
    // n = 40 pairable values: 11 units with 2–4 values each
    expect(r.pairable).toBe(40);
  });

  it('α = 1 − D_o/D_e', () => {
    const r = krippendorffAlpha(published, 'nominal');
    expect(1 - r.observed / r.expected).toBeCloseTo(r.alpha as number, 12);
  });
});

describe('krippendorffAlpha: the Wikipedia example (3 coders × 15 units, nominal α = 0.691)', () => {
  const a = [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3];
  const b = [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _];
  const c = [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4];
  const units = a.map((x, i) => [x, b[i] ?? null, c[i] ?? null]);
  it('matches to 3 decimals', () => {
    expect(krippendorffAlpha(units, 'nominal').alpha?.toFixed(3)).toBe('0.691');
  });
});

describe('krippendorffAlpha: edge cases', () => {
  it('perfect agreement with variation is 1 at every level', () => {
    const units = [
      [1, 1, 1],
      [3, 3, _],
      [5, 5, 5],
    ];
    for (const level of ['nominal', 'ordinal', 'interval'] as const) {
      expect(krippendorffAlpha(units, level)).toEqual({
        alpha: 1,
        pairable: 8,
        observed: 0,
        expected: expect.any(Number) as number,
      });
    }
  });

  it('is null with nothing pairable (no unit has two values)', () => {
    expect(krippendorffAlpha([[1, _, _], [_, 2], [3]], 'interval')).toEqual({
      alpha: null,
      pairable: 0,
      observed: 0,
      expected: 0,
    });
    expect(krippendorffAlpha([], 'nominal').alpha).toBeNull();
  });

  it('is null when every pairable value is the same (no variation: D_e = 0)', () => {
    const r = krippendorffAlpha(
      [
        [4, 4],
        [4, 4, 4],
        [2, _],
      ],
      'ordinal',
    );
    expect(r).toEqual({ alpha: null, pairable: 5, observed: 0, expected: 0 });
  });

  it('is negative when observers disagree systematically', () => {
    const r = krippendorffAlpha(
      [
        [1, 2],
        [2, 1],
      ],
      'nominal',
    );
    // o_12 = o_21 = 2, n = 4: α = 1 − 3 · 4 / (2·2 + 2·2) = −0.5
    expect(r.alpha).toBeCloseTo(-0.5, 12);
  });

  it('takes strings as nominal categories', () => {
    const r = krippendorffAlpha(
      [
        ['chat,email', 'chat,email'],
        ['voice', 'voice'],
        ['voice', 'chat,email'],
      ],
      'nominal',
    );
    // o: ce-ce 2, v-v 2, ce-v 1, v-ce 1; n_ce = n_v = 3, n = 6: α = 1 − 5·2/(2·3·3) = 4/9
    expect(r.alpha).toBeCloseTo(4 / 9, 12);
  });

  it('ordinal reads only the order: relabelling values monotonically keeps α', () => {
    const relabelled = published.map((u) => u.map((v) => (v === null ? null : v ** 3 + 10)));
    expect(krippendorffAlpha(relabelled, 'ordinal').alpha).toBeCloseTo(
      krippendorffAlpha(published, 'ordinal').alpha as number,
      12,
    );
    // whereas interval α reads the distances
    expect(krippendorffAlpha(relabelled, 'interval').alpha).not.toBeCloseTo(0.849, 3);
  });
});

describe('krippendorffAlpha: properties', () => {
  const value = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 4 });
  const table = fc.integer({ min: 2, max: 5 }).chain((coders) =>
    fc.array(fc.array(value, { minLength: coders, maxLength: coders }), {
      minLength: 1,
      maxLength: 12,
    }),
  );
  const level = fc.constantFrom<AlphaLevel>('nominal', 'ordinal', 'interval');

  it('α ≤ 1', () => {
    fc.assert(
      fc.property(table, level, (units, lv) => {
        const a = krippendorffAlpha(units, lv).alpha;
        return a === null || a <= 1 + 1e-12;
      }),
    );
  });

  it('is invariant under permuting units and coders', () => {
    fc.assert(
      fc.property(table, level, fc.integer(), (units, lv, seed) => {
        const coders = units[0]?.length ?? 0;
        const order = shuffled([...Array(coders).keys()], seed);
        const permuted = shuffled(units, seed + 1).map((u) => order.map((j) => u[j] ?? null));
        const a = krippendorffAlpha(units, lv);
        const b = krippendorffAlpha(permuted, lv);
        expect(b.pairable).toBe(a.pairable);
        if (a.alpha === null) expect(b.alpha).toBeNull();
        else expect(b.alpha).toBeCloseTo(a.alpha, 9);
      }),
    );
  });

  it('interval α is invariant under an affine transform of the values', () => {
    fc.assert(
      fc.property(
        table,
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.boolean(),
        (units, scale, shift, flip) => {
          const a = flip ? -scale : scale;
          const moved = units.map((u) => u.map((v) => (v === null ? null : a * v + shift)));
          const before = krippendorffAlpha(units, 'interval').alpha;
          const after = krippendorffAlpha(moved, 'interval').alpha;
          if (before === null) expect(after).toBeNull();
          else expect(after).toBeCloseTo(before, 6);
        },
      ),
    );
  });
});

/** A deterministic Fisher–Yates shuffle. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
