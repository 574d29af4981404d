import { describe, expect, it } from 'vitest';
import {
  answerRangeSampler,
  drawAnswerRange,
  triangularQuantile,
} from '../../../src/core/analysis/sensitivity/answer-ranges.js';
import type { Answer, AnswerRange } from '../../../src/core/model/types.js';
import { prepareRanking, type PreparedRanking } from '../../../src/core/scoring/rank.js';
import { answer, number, scale, set, valueOf, vendor } from '../builders.js';
import { ksCritical, ksDistance, testRandom } from './seeded.js';

function ranged(range: AnswerRange, value: number, evaluator?: string): Answer {
  return { ...answer(value, evaluator ? { evaluator } : {}), range };
}

/** The decision matrix as the engine holds it: row-major, NaN for an excluded cell. */
function matrices(prepared: PreparedRanking): {
  utilities: Float64Array;
  performance: Float64Array;
} {
  const rows = prepared.input.alternatives;
  return {
    utilities: Float64Array.from(rows.flatMap((r) => r.utilities.map((u) => u ?? Number.NaN))),
    performance: Float64Array.from(rows.flatMap((r) => r.performance.map((p) => p ?? Number.NaN))),
  };
}

describe('triangular draws', () => {
  it('mean and variance match the closed form within the sample-size tolerance', () => {
    const [low, mode, high] = [80, 83, 95];
    const rng = testRandom(3);
    const n = 40_000;
    const xs = Array.from({ length: n }, () => triangularQuantile(rng.next(), low, mode, high));
    const mean = xs.reduce((s, x) => s + x, 0) / n;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
    const trueMean = (low + mode + high) / 3;
    const trueVariance =
      (low ** 2 + mode ** 2 + high ** 2 - low * mode - low * high - mode * high) / 18;
    // 4 standard errors: σ/√n for the mean; σ²·√((κ − 1)/n) with kurtosis κ = 2.4 for the variance
    expect(Math.abs(mean - trueMean)).toBeLessThan(4 * Math.sqrt(trueVariance / n));
    expect(Math.abs(variance - trueVariance)).toBeLessThan(4 * trueVariance * Math.sqrt(1.4 / n));
    // and the whole distribution (KS against the triangular CDF)
    const cdf = (x: number) =>
      x <= low
        ? 0
        : x >= high
          ? 1
          : x <= mode
            ? (x - low) ** 2 / ((high - low) * (mode - low))
            : 1 - (high - x) ** 2 / ((high - low) * (high - mode));
    expect(ksDistance(xs, cdf)).toBeLessThan(ksCritical(n));
  });

  it('a triangle with low = high is that value', () => {
    expect(triangularQuantile(0.3, 4, 4, 4)).toBe(4);
  });
});

describe('uniform draws', () => {
  it('stay within min–max and are uniform (KS)', () => {
    const rng = testRandom(5);
    const n = 10_000;
    const xs = Array.from({ length: n }, () =>
      drawAnswerRange({ kind: 'uniform', min: 80, max: 85 }, rng),
    );
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(80);
    expect(Math.max(...xs)).toBeLessThanOrEqual(85);
    expect(ksDistance(xs, (x) => (x - 80) / 5)).toBeLessThan(ksCritical(n));
  });

  it('min = max is the point', () => {
    expect(drawAnswerRange({ kind: 'uniform', min: 82, max: 82 }, testRandom(1))).toBe(82);
  });
});

describe('answerRangeSampler', () => {
  const sla = number('sla', { scoring: { kind: 'linear', worst: 60, best: 90 } });
  const speed = number('speed', { direction: 'lower' }); // relative min–max
  const quality = scale('quality');
  const s = set([sla, speed, quality]);
  const prepare = (vendors: ReturnType<typeof vendor>[]) =>
    valueOf(prepareRanking(s, vendors, { missing: 'zero' }));

  it('is undefined when no answer is a range', () => {
    expect(answerRangeSampler(prepare([vendor('a', { sla: 80, speed: 20, quality: 3 })]))).toBe(
      undefined,
    );
  });

  it('a range of one value (min = max, low = high) is a point answer, not an uncertain one', () => {
    const prepared = prepare([
      vendor('a', {
        sla: [ranged({ kind: 'uniform', min: 82, max: 82 }, 82)],
        speed: 20,
        quality: [ranged({ kind: 'triangular', low: 4, mode: 4, high: 4 }, 4)],
      }),
      vendor('b', { sla: 70, speed: 30, quality: 4 }),
    ]);
    expect(answerRangeSampler(prepared)).toBe(undefined);
  });

  it('draws a ranged cell, scores it with the criterion, leaves the other cells alone', () => {
    const prepared = prepare([
      vendor('a', {
        sla: [ranged({ kind: 'uniform', min: 80, max: 85 }, 82.5)],
        speed: 20,
        quality: [ranged({ kind: 'triangular', low: 2, mode: 3, high: 5 }, 10 / 3)],
      }),
      vendor('b', { sla: 70, speed: 30, quality: 4 }),
    ]);
    const sampler = answerRangeSampler(prepared);
    expect(sampler?.uncertainAnswers).toBe(2);
    const { utilities, performance } = matrices(prepared);
    const before = [...utilities];
    const rng = testRandom(9);
    for (let i = 0; i < 200; i++) {
      sampler?.draw(rng, utilities, performance);
      const x = performance[0] as number;
      expect(x).toBeGreaterThanOrEqual(80);
      expect(x).toBeLessThanOrEqual(85);
      expect(utilities[0]).toBeCloseTo((x - 60) / 30, 12);
      // a scale's performance is its utility, within the triangle's bounds
      expect(performance[2]).toBe(utilities[2]);
      expect(utilities[2]).toBeGreaterThanOrEqual(0.25);
      expect(utilities[2]).toBeLessThanOrEqual(1);
      expect([...utilities].slice(3)).toEqual(before.slice(3));
      expect(utilities[1]).toBe(before[1]);
    }
  });

  it('re-scores a relative column from the drawn values, every vendor in it', () => {
    const prepared = prepare([
      vendor('a', {
        sla: 80,
        speed: [ranged({ kind: 'uniform', min: 10, max: 40 }, 25)],
        quality: 3,
      }),
      vendor('b', { sla: 70, speed: 20, quality: 4 }),
      vendor('c', { sla: 70, speed: 30, quality: 4 }),
    ]);
    const sampler = answerRangeSampler(prepared);
    const { utilities, performance } = matrices(prepared);
    const rng = testRandom(2);
    for (let i = 0; i < 100; i++) {
      sampler?.draw(rng, utilities, performance);
      const column = [0, 1, 2].map((v) => performance[v * 3 + 1] as number);
      const [lo, hi] = [Math.min(...column), Math.max(...column)];
      column.forEach((x, v) =>
        expect(utilities[v * 3 + 1]).toBeCloseTo(1 - (x - lo) / (hi - lo), 12),
      );
      expect(column.slice(1)).toEqual([20, 30]);
    }
  });

  it('several evaluators: each range drawn, their mean used', () => {
    const prepared = prepare([
      vendor('a', {
        sla: [
          ranged({ kind: 'uniform', min: 80, max: 90 }, 85, 'ann'),
          answer(70, { evaluator: 'bo' }),
        ],
        speed: 20,
        quality: 3,
      }),
    ]);
    expect(prepared.input.alternatives[0]?.performance[0]).toBe(77.5);
    const sampler = answerRangeSampler(prepared);
    expect(sampler?.uncertainAnswers).toBe(1);
    const { utilities, performance } = matrices(prepared);
    const rng = testRandom(4);
    const drawn: number[] = [];
    for (let i = 0; i < 2000; i++) {
      sampler?.draw(rng, utilities, performance);
      drawn.push(performance[0] as number);
    }
    expect(Math.min(...drawn)).toBeGreaterThanOrEqual(75);
    expect(Math.max(...drawn)).toBeLessThanOrEqual(80);
    expect(ksDistance(drawn, (x) => (x - 75) / 5)).toBeLessThan(ksCritical(drawn.length));
  });
});
