import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  erlangB,
  erlangC,
  erlangCAgents,
  erlangCMeasures,
  staffingSearchBound,
} from '../../../src/core/cost/erlang-c.js';
import { referenceErlangB, referenceErlangC, referenceServiceLevel } from './queue-reference.js';

const target8020 = { percent: 80, seconds: 20 };

describe('Erlang C: published worked examples', () => {
  // Example A (contact-centre notes §4.2): Call Centre Helper's inputs — 100 calls in 30 min,
  // AHT 180 s, 80 % in 20 s, max occupancy 85 % — with the outputs printed in the README of the
  // R package ErlangC 0.1.0 (CRAN, Damonsoul 2024): A = 10, N = 14 → Pw 0.1741319,
  // SL 0.88835, ASA "7.83593701177724s", occupancy 0.7142857, required agents 14; its search
  // table starts at N = 11 with Pw 0.6821182, SL 0.3896138.
  it('Example A, N = 14 (R ErlangC 0.1.0 README)', () => {
    const m = erlangCMeasures(14, 10, 180, 20);
    expect(m.agents).toBe(14);
    expect(m.traffic).toBe(10);
    expect(m.waitProbability).toBeCloseTo(0.1741319, 7);
    expect(m.serviceLevel).toBeCloseTo(0.88835, 5);
    expect(m.asaSeconds).toBeCloseTo(7.83593701177724, 12);
    expect(m.occupancy).toBeCloseTo(0.7142857, 7);
    expect(m.abandonProbability).toBe(0);
  });

  it('Example A, N = 11 (R ErlangC 0.1.0 README, first row of its search)', () => {
    const m = erlangCMeasures(11, 10, 180, 20);
    expect(m.waitProbability).toBeCloseTo(0.6821182, 7);
    expect(m.serviceLevel).toBeCloseTo(0.3896138, 7);
  });

  it('Example A needs 14 agents for 80/20 at ≤ 85 % occupancy (R ErlangC README; pyworkforce test_erlang.py)', () => {
    expect(erlangCAgents(10, 180, target8020, 0.85)).toEqual(erlangCMeasures(14, 10, 180, 20));
    // N = 13 misses by a whisker: 79.56 % (notes §4.2 table)
    expect(erlangCMeasures(13, 10, 180, 20).serviceLevel).toBeCloseTo(0.795595, 6);
  });

  // pyworkforce (rodrigo-arenas/pyworkforce) pyworkforce/queuing/tests/test_erlang.py,
  // test_over_occupancy_erlangc: the same example with max occupancy 0.7 → raw positions 15,
  // service level 0.941, occupancy 0.667, waiting probability 0.102 (3 decimals).
  it('Example A with occupancy ≤ 70 % needs 15 (pyworkforce test_over_occupancy_erlangc)', () => {
    const m = erlangCAgents(10, 180, target8020, 0.7);
    expect(m?.agents).toBe(15);
    expect(m?.serviceLevel).toBeCloseTo(0.941, 3);
    expect(m?.occupancy).toBeCloseTo(0.667, 3);
    expect(m?.waitProbability).toBeCloseTo(0.102, 3);
  });

  // Example B (notes §4.3): Mitan's step-by-step example — 360 calls per half hour (0.2/s),
  // average call 240 s, target answer time 15 s. The page's own outputs were unreadable; the
  // figures are the notes' independent computation: A = 48, N = 55 → Pw 0.238701,
  // SL(15 s) 0.845883, ASA 8.18 s, occupancy 0.8727; N = 54 → SL 0.7929; N = 53 → SL 0.7245.
  it('Example B, N = 55 (Mitan inputs, notes §4.3)', () => {
    const m = erlangCMeasures(55, 0.2 * 240, 240, 15);
    expect(m.traffic).toBe(48);
    expect(m.waitProbability).toBeCloseTo(0.238701, 6);
    expect(m.serviceLevel).toBeCloseTo(0.845883, 6);
    expect(m.asaSeconds).toBeCloseTo(8.18, 2);
    expect(m.occupancy).toBeCloseTo(0.8727, 4);
    expect(erlangCMeasures(54, 48, 240, 15).serviceLevel).toBeCloseTo(0.7929, 4);
    expect(erlangCMeasures(53, 48, 240, 15).serviceLevel).toBeCloseTo(0.7245, 4);
  });

  it('Example B: the minimum for 80 % in 15 s is 55 (notes §4.3)', () => {
    expect(erlangCAgents(48, 240, { percent: 80, seconds: 15 }, 1)?.agents).toBe(55);
  });
});

describe('Erlang B', () => {
  // pyworkforce pyworkforce/queuing/tests/test_erlang_b.py: B(1, A=1) = 0.5, B(2, A=1) = 0.2
  // (exact), and A = 10 with blocking ≤ 2 % needs 17 positions.
  it('exact small values and the 2 % point at A = 10 (pyworkforce test_erlang_b.py)', () => {
    expect(erlangB(1, 1)).toBe(0.5);
    expect(erlangB(2, 1)).toBeCloseTo(0.2, 15);
    expect(erlangB(17, 10)).toBeLessThanOrEqual(0.02);
    expect(erlangB(16, 10)).toBeGreaterThan(0.02);
  });

  it('B(0) = 1 and no traffic blocks nothing', () => {
    expect(erlangB(0, 7)).toBe(1);
    expect(erlangB(5, 0)).toBe(0);
  });

  it('matches its defining Poisson ratio (log space) from 1 to 60 agents', () => {
    for (let n = 1; n <= 60; n++)
      expect(erlangB(n, 23.7)).toBeCloseTo(referenceErlangB(n, 23.7), 13);
  });
});

describe('Erlang C at hundreds and thousands of agents', () => {
  it('the textbook factorial form overflows here (why the recursion)', () => {
    let factorial = 1;
    for (let k = 2; k <= 1000; k++) factorial *= k;
    expect(factorial).toBe(Infinity);
    expect(990 ** 1000 / factorial).toBeNaN();
  });

  // No published table with ≥ 500 agents could be found (searched Erlang B/C tables and the test
  // suites of pyworkforce, ErlangC for R and others: they stop near 200). The reference is
  // therefore an independent computation: (a) in this test, the defining formula summed in log
  // space (queue-reference.ts: Poisson terms by summed logarithms and log-sum-exp, no recursion);
  // (b) the values below (rounded to 16 digits), computed separately with mpmath 1.3.0 at 40 digits
  // from the factorial form A^N/N! (exact rational arithmetic in effect).
  const mpmath: [number, number, number, number][] = [
    // [N, A, B(N, A), C(N, A)]
    [1000, 990, 0.01896577643081461, 0.6590804218808544],
    [1000, 950, 0.00364929368894241, 0.0682534153771414],
    [2000, 1900, 0.0006789692964986019, 0.01340643730319034],
    [5000, 4900, 0.002215767902497243, 0.09993787723448766],
  ];

  it.each(mpmath)(
    'N = %i, A = %i: finite, in [0, 1], equal to mpmath and to the log-space sum',
    (n, a, b, c) => {
      expect(erlangB(n, a)).toBeCloseTo(b, 13);
      expect(erlangC(n, a)).toBeCloseTo(c, 12);
      expect(Math.abs(erlangC(n, a) / c - 1)).toBeLessThan(1e-11);
      expect(erlangB(n, a)).toBeCloseTo(referenceErlangB(n, a), 12);
      expect(erlangC(n, a)).toBeCloseTo(referenceErlangC(n, a), 11);
      const m = erlangCMeasures(n, a, 180, 20);
      for (const v of [m.waitProbability, m.serviceLevel, m.occupancy])
        expect(v >= 0 && v <= 1).toBe(true);
      expect(Number.isFinite(m.asaSeconds)).toBe(true);
    },
  );

  it('a probability far below 1 keeps its relative accuracy: C(1000, 500) ≈ 3.3048e-86 (mpmath)', () => {
    expect(erlangC(1000, 500) / 3.304830255502e-86 - 1).toBeLessThan(1e-9);
  });

  it('staffs 1,000 erlangs for 80/20 exactly as a search over the log-space formula does', () => {
    const found = erlangCAgents(1000, 180, target8020, 1);
    let n = 1001;
    while (referenceServiceLevel(n, 1000, 180, 20) < 0.8) n++;
    expect(found?.agents).toBe(n);
    expect(found?.serviceLevel).toBeCloseTo(referenceServiceLevel(n, 1000, 180, 20), 11);
    expect(n).toBeGreaterThan(1000);
    expect(n).toBeLessThan(1050);
  });
});

describe('Erlang C: edges', () => {
  it('N ≤ A: everyone waits, nobody is answered in time, ASA is unbounded', () => {
    expect(erlangC(10, 10)).toBe(1);
    expect(erlangC(5, 10)).toBe(1);
    expect(erlangCMeasures(10, 10, 180, 20)).toEqual({
      agents: 10,
      traffic: 10,
      waitProbability: 1,
      serviceLevel: 0,
      asaSeconds: Infinity,
      occupancy: 1,
      abandonProbability: 0,
    });
  });

  it('no traffic: nobody waits, and one agent is the smallest N > 0', () => {
    expect(erlangC(3, 0)).toBe(0);
    expect(erlangCMeasures(3, 0, 180, 20)).toEqual({
      agents: 3,
      traffic: 0,
      waitProbability: 0,
      serviceLevel: 1,
      asaSeconds: 0,
      occupancy: 0,
      abandonProbability: 0,
    });
    expect(erlangCAgents(0, 180, { percent: 100, seconds: 0 }, 0.85)?.agents).toBe(1);
  });

  it('a target of 0 seconds is 1 − P(wait)', () => {
    const m = erlangCMeasures(14, 10, 180, 0);
    expect(m.serviceLevel).toBe(1 - m.waitProbability);
  });

  it('100 % is never met with traffic (the service level stays below 1): undefined', () => {
    expect(erlangCAgents(10, 180, { percent: 100, seconds: 20 }, 0.85)).toBeUndefined();
  });

  it('with no service target the occupancy cap alone decides: ceil(A / cap)', () => {
    expect(erlangCAgents(10, 180, { percent: 0, seconds: 20 }, 0.85)?.agents).toBe(12);
    expect(erlangCAgents(10, 180, { percent: 0, seconds: 20 }, 1)?.agents).toBe(11);
  });

  it('the search bound: ceil(A) + 50·√A + 500, or the occupancy cap if that needs more', () => {
    expect(staffingSearchBound(100, 0.85)).toBe(100 + 500 + 500);
    expect(staffingSearchBound(100, 0.01)).toBe(10_001);
  });

  it('an argument out of range is a bug in the caller: RangeError naming it', () => {
    expect(() => erlangB(2.5, 1)).toThrow(
      new RangeError('agents must be a whole number ≥ 0, got 2.5'),
    );
    expect(() => erlangC(3, -1)).toThrow(
      new RangeError('traffic must be a finite number ≥ 0, got -1'),
    );
    expect(() => erlangCMeasures(3, 1, 0, 20)).toThrow(
      new RangeError('ahtSeconds must be a finite number > 0, got 0'),
    );
    expect(() => erlangCMeasures(3, 1, 180, NaN)).toThrow(
      new RangeError('targetSeconds must be a finite number ≥ 0, got NaN'),
    );
    expect(() => erlangCAgents(10, 180, target8020, 0)).toThrow(
      new RangeError('maxOccupancy must be in (0, 1], got 0'),
    );
    expect(() => erlangCAgents(10, 180, { percent: 120, seconds: 20 }, 0.85)).toThrow(
      new RangeError('target.percent / 100 must be in [0, 1], got 1.2'),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const traffic = fc.double({ min: 0.01, max: 400, noNaN: true });
const aht = fc.double({ min: 10, max: 1200, noNaN: true });
const seconds = fc.integer({ min: 0, max: 120 });
const percent = fc.integer({ min: 1, max: 99 });
// A cap a hair below 1 sits inside the rounding of an occupancy near 1, so which N passes it
// is noise: caps stop at 0.99, and 1 itself (no cap) is drawn on its own.
const occupancyCap = fc.oneof(fc.double({ min: 0.5, max: 0.99, noNaN: true }), fc.constant(1));

describe('Erlang C: properties', () => {
  it('the service level rises with every agent added above A', () => {
    fc.assert(
      fc.property(traffic, aht, seconds, fc.integer({ min: 1, max: 60 }), (a, h, t, k) => {
        const n = Math.floor(a) + k;
        expect(erlangCMeasures(n + 1, a, h, t).serviceLevel).toBeGreaterThanOrEqual(
          erlangCMeasures(n, a, h, t).serviceLevel,
        );
        expect(erlangC(n + 1, a)).toBeLessThanOrEqual(erlangC(n, a));
      }),
    );
  });

  it('the N found meets both targets and N − 1 does not', () => {
    fc.assert(
      fc.property(traffic, aht, percent, seconds, occupancyCap, (a, h, p, t, cap) => {
        const m = erlangCAgents(a, h, { percent: p, seconds: t }, cap);
        expect(m).toBeDefined();
        if (m === undefined) return;
        expect(m.agents).toBeGreaterThan(a);
        expect(m.serviceLevel).toBeGreaterThanOrEqual(p / 100);
        expect(m.occupancy).toBeLessThanOrEqual(cap);
        const fewer = m.agents - 1;
        if (fewer > a) {
          const below = erlangCMeasures(fewer, a, h, t);
          expect(below.serviceLevel < p / 100 || below.occupancy > cap).toBe(true);
        }
      }),
    );
  });

  it('more traffic never needs fewer agents', () => {
    fc.assert(
      fc.property(traffic, traffic, aht, percent, seconds, occupancyCap, (a1, a2, h, p, t, cap) => {
        const [low, high] = a1 <= a2 ? [a1, a2] : [a2, a1];
        const target = { percent: p, seconds: t };
        expect(erlangCAgents(high, h, target, cap)?.agents ?? Infinity).toBeGreaterThanOrEqual(
          erlangCAgents(low, h, target, cap)?.agents ?? Infinity,
        );
      }),
    );
  });

  it('a stricter target (higher percent, fewer seconds, lower cap) never needs fewer agents', () => {
    fc.assert(
      fc.property(
        traffic,
        aht,
        fc.tuple(percent, percent),
        fc.tuple(seconds, seconds),
        fc.tuple(occupancyCap, occupancyCap),
        (a, h, ps, ts, caps) => {
          const loose = { percent: Math.min(...ps), seconds: Math.max(...ts) };
          const strict = { percent: Math.max(...ps), seconds: Math.min(...ts) };
          expect(
            erlangCAgents(a, h, strict, Math.min(...caps))?.agents ?? Infinity,
          ).toBeGreaterThanOrEqual(
            erlangCAgents(a, h, loose, Math.max(...caps))?.agents ?? Infinity,
          );
        },
      ),
    );
  });

  it('every measure is finite and every share in [0, 1], up to 3,000 agents', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 3000, noNaN: true }),
        fc.integer({ min: 0, max: 3000 }),
        aht,
        seconds,
        (a, n, h, t) => {
          const m = erlangCMeasures(n, a, h, t);
          for (const v of [m.waitProbability, m.serviceLevel, m.occupancy])
            expect(v >= 0 && v <= 1).toBe(true);
          if (n <= a && a > 0) expect(m.asaSeconds).toBe(Infinity);
          else expect(Number.isFinite(m.asaSeconds) && m.asaSeconds >= 0).toBe(true);
        },
      ),
    );
  });
});
