import { describe, expect, it } from 'vitest';
import { decisionChange, winnerOf } from '../../src/core/analysis/decision-change.js';
import { topsis } from '../../src/core/methods/topsis.js';
import { weightedSum } from '../../src/core/methods/weighted-sum.js';
import type { Ranking } from '../../src/core/model/ranking.js';
import type { AnswerValue, CriteriaSet, Vendor } from '../../src/core/model/types.js';
import { multi, ranked, scale, set, vendor } from './builders.js';

// Two criteria on a 1–5 scale: a is cheap and poor, b dear and good.
const setOf = (price = 1, quality = 1): CriteriaSet =>
  set([scale('price', { weight: price }), scale('quality', { weight: quality })]);
const rank = (s: CriteriaSet, vendors: Vendor[]): Ranking =>
  ranked(s, vendors, { method: weightedSum, missing: 'zero' });
const a = (answers: Record<string, AnswerValue> = {}) =>
  vendor('a', { price: 5, quality: 1, ...answers });
const b = (answers: Record<string, AnswerValue> = {}) =>
  vendor('b', { price: 1, quality: 4, ...answers });

describe('decisionChange', () => {
  it('a weight change that flips the winner: standings, weights, no answers', () => {
    const before = rank(setOf(1, 1), [a(), b()]); // a 50, b 37.5
    const after = rank(setOf(1, 3), [a(), b()]); // a 25, b 56.25
    const change = decisionChange(before, after, 'main', '3f2a1c9');
    expect(change).toEqual({
      base: 'main',
      commit: '3f2a1c9',
      baseProblem: null,
      winner: { before: 'a', after: 'b', changed: true },
      vendors: [
        {
          id: 'b',
          name: 'B',
          before: { rank: 2, score: 37.5, eligible: true },
          after: { rank: 1, score: 56.25, eligible: true },
        },
        {
          id: 'a',
          name: 'A',
          before: { rank: 1, score: 50, eligible: true },
          after: { rank: 2, score: 25, eligible: true },
        },
      ],
      groups: [],
      weights: [
        { id: 'price', name: 'price', before: 0.5, after: 0.25 },
        { id: 'quality', name: 'quality', before: 0.5, after: 0.75 },
      ],
      answers: [],
      other: [],
    });
  });

  it('an answer change that does not flip the winner', () => {
    const before = rank(setOf(), [a(), b()]);
    const after = rank(setOf(), [a(), b({ quality: 3 })]); // b 37.5 → 25
    const change = decisionChange(before, after, 'HEAD~1', 'abc1234');
    expect(change.winner).toEqual({ before: 'a', after: 'a', changed: false });
    expect(change.weights).toEqual([]);
    expect(change.answers).toEqual([{ vendor: 'b', criterion: 'quality', before: 4, after: 3 }]);
    expect(change.vendors.map((v) => [v.id, v.before?.score, v.after?.score])).toEqual([
      ['a', 50, 50],
      ['b', 37.5, 25],
    ]);
  });

  it('added and removed vendors: the ranking after, then those only before', () => {
    const c = vendor('c', { price: 2, quality: 2 });
    const before = rank(setOf(), [a(), b()]);
    const after = rank(setOf(), [a(), c]);
    const change = decisionChange(before, after, 'main', '3f2a1c9');
    expect(change.vendors.map((v) => [v.id, v.before?.rank, v.after?.rank])).toEqual([
      ['a', 1, 1],
      ['c', undefined, 2],
      ['b', 2, undefined],
    ]);
    expect(change.vendors[1]?.before).toBeNull();
    expect(change.vendors[2]?.after).toBeNull();
    // the new vendor's answers are not listed: the vendor list says it is new
    expect(change.answers).toEqual([]);
  });

  it('added and removed criteria have a null side; their answers are not listed', () => {
    const before = rank(setOf(), [a(), b()]);
    const withSpeed = set([scale('price'), scale('speed')]);
    const after = rank(withSpeed, [
      vendor('a', { price: 5, speed: 2 }),
      vendor('b', { price: 2, speed: 5 }),
    ]);
    const change = decisionChange(before, after, 'main', '3f2a1c9');
    expect(change.weights).toEqual([
      { id: 'speed', name: 'speed', before: null, after: 0.5 },
      { id: 'quality', name: 'quality', before: 0.5, after: null },
    ]);
    expect(change.answers).toEqual([{ vendor: 'b', criterion: 'price', before: 1, after: 2 }]);
  });

  it('ties: vendors sharing rank 1 are the winner together, and a broken tie is a change', () => {
    const tied = rank(setOf(), [a(), b({ quality: 5 })]); // 50 and 50
    expect(winnerOf(tied)).toBe('a, b (tied)');
    const broken = rank(setOf(), [a(), b({ quality: 4 })]);
    expect(decisionChange(tied, broken, 'main', 'x').winner).toEqual({
      before: 'a, b (tied)',
      after: 'a',
      changed: true,
    });
    expect(decisionChange(tied, tied, 'main', 'x').winner.changed).toBe(false);
  });

  it('no eligible vendor: no winner', () => {
    const strict = set([scale('price', { must: { kind: 'min', min: 5 } }), scale('quality')]);
    const none = rank(strict, [vendor('a', { price: 4, quality: 1 })]);
    expect(winnerOf(none)).toBeNull();
  });

  it('float noise in the weights is not a change; a real change is', () => {
    const before = rank(setOf(), [a(), b()]);
    const noisy = structuredClone(before);
    for (const v of noisy.vendors) for (const c of v.criteria) c.weight += 1e-15;
    expect(decisionChange(before, noisy, 'main', 'x').weights).toEqual([]);
    const moved = structuredClone(before);
    for (const v of moved.vendors)
      for (const c of v.criteria) c.weight += 1e-6 * (c.id === 'price' ? 1 : -1);
    expect(decisionChange(before, moved, 'main', 'x').weights.map((w) => w.id)).toEqual([
      'price',
      'quality',
    ]);
  });

  it('lists compare element by element: the same options are no change, another order is', () => {
    const channels = (vs: Vendor[]) =>
      rank(
        set([
          multi('channels', [
            ['voice', 1],
            ['chat', 1],
          ]),
        ]),
        vs,
      );
    const same = channels([vendor('a', { channels: ['voice', 'chat'] })]);
    expect(decisionChange(same, structuredClone(same), 'main', 'x').answers).toEqual([]);
    const more = channels([vendor('a', { channels: ['voice'] })]);
    expect(decisionChange(more, same, 'main', 'x').answers).toEqual([
      { vendor: 'a', criterion: 'channels', before: ['voice'], after: ['voice', 'chat'] },
    ]);
  });

  it('other: the method, the set version and the missing-answer policy', () => {
    const before = rank(setOf(), [a(), b()]);
    const nextSet = { ...setOf(), version: 2 };
    const after = ranked(nextSet, [a(), b()], { method: topsis, missing: 'exclude' });
    expect(decisionChange(before, after, 'main', 'x').other).toEqual([
      'method: weighted-sum → topsis',
      'criteria set: test-set v1 → test-set v2',
      'unanswered criteria: scored 0 → left out of the weights',
    ]);
  });

  it('a project that could not be evaluated at the base: only the problem', () => {
    const after = rank(setOf(), [a(), b()]);
    expect(decisionChange('no vendor-eval.config.yaml at main', after, 'main', '3f2a1c9')).toEqual({
      base: 'main',
      commit: '3f2a1c9',
      baseProblem: 'no vendor-eval.config.yaml at main',
      winner: { before: null, after: null, changed: false },
      vendors: [],
      groups: [],
      weights: [],
      answers: [],
      other: [],
    });
  });

  it('the same ranking twice: nothing changed', () => {
    const r = rank(setOf(), [a(), b()]);
    const change = decisionChange(r, structuredClone(r), 'HEAD', 'x');
    expect(change.winner).toEqual({ before: 'a', after: 'a', changed: false });
    expect([change.weights, change.answers, change.other]).toEqual([[], [], []]);
  });
});
