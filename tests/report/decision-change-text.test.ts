import { describe, expect, it } from 'vitest';
import type { DecisionChange } from '../../src/core/model/check.js';
import {
  againstText,
  answerChangeText,
  placeChangeText,
  renderDecisionChange,
  weightChangeText,
  winnerSentence,
} from '../../src/report/decision-change-text.js';
import type { Theme } from '../../src/report/theme.js';

const at = (rank: number | null, score: number, eligible = rank !== null) => ({
  rank,
  score,
  eligible,
});

function changeOf(over: Partial<DecisionChange> = {}): DecisionChange {
  return {
    base: 'main',
    commit: '3f2a1c9',
    baseProblem: null,
    winner: { before: 'tala-global', after: 'tala-global', changed: false },
    vendors: [
      { id: 'tala-global', name: 'Tala', before: at(1, 80), after: at(1, 80) },
      { id: 'puente-contact', name: 'Puente', before: at(2, 70), after: at(2, 70) },
    ],
    groups: [],
    weights: [],
    answers: [],
    other: [],
    ...over,
  };
}

describe('renderDecisionChange', () => {
  it('nothing changed: one line', () => {
    expect(renderDecisionChange(changeOf())).toEqual([
      'Against main (3f2a1c9): nothing changed; the winner is still tala-global',
    ]);
  });

  it('a base that could not be evaluated: one line with the problem', () => {
    const change = changeOf({
      baseProblem: 'no vendor-eval.config.yaml at main',
      winner: { before: null, after: null, changed: false },
      vendors: [],
    });
    expect(renderDecisionChange(change)).toEqual([
      'Against main (3f2a1c9): not compared: no vendor-eval.config.yaml at main',
    ]);
  });

  it('a changed winner: vendors aligned, new and removed ones, weights, answers, other', () => {
    const change = changeOf({
      winner: { before: 'tala-global', after: 'puente-contact', changed: true },
      vendors: [
        { id: 'puente-contact', name: 'P', before: at(2, 71.4), after: at(1, 74.9) },
        { id: 'tala-global', name: 'T', before: at(1, 72.5), after: at(2, 72.5) },
        { id: 'kestrel', name: 'K', before: at(3, 60), after: at(null, 61) },
        { id: 'new-one', name: 'N', before: null, after: at(3, 50) },
        { id: 'gone', name: 'G', before: at(null, 40), after: null },
      ],
      groups: [],
      weights: [
        { id: 'price', name: 'Price', before: 0.2, after: 0.4 },
        { id: 'speed', name: 'Speed', before: null, after: 0.1 },
        { id: 'old', name: 'Old', before: 0.05, after: null },
      ],
      answers: [
        {
          vendor: 'tala-global',
          criterion: 'channels',
          before: ['voice'],
          after: ['voice', 'chat'],
        },
        { vendor: 'puente-contact', criterion: 'soc2', before: false, after: true },
        { vendor: 'kestrel', criterion: 'fcr', before: 70, after: null },
      ],
      other: ['method: weighted-sum → topsis'],
    });
    expect(renderDecisionChange(change)).toEqual([
      'Against main (3f2a1c9): the winner changed: tala-global → puente-contact',
      '  puente-contact  rank 2 → 1               score 71.4 → 74.9',
      '  tala-global     rank 1 → 2               score 72.5',
      '  kestrel         rank 3 → ineligible      score 60.0 → 61.0',
      '  new-one         new, rank 3              score 50.0',
      '  gone            removed, was ineligible  score 40.0',
      'Weights changed (3 criteria, largest change first):',
      '  price  20.0% → 40.0%',
      '  speed  10.0% (added)',
      '  old    5.0% (removed)',
      'Answers changed (3):',
      '  tala-global     channels  voice → voice, chat',
      '  puente-contact  soc2      no → yes',
      '  kestrel         fcr       70 → —',
      'Also changed:',
      '  method: weighted-sum → topsis',
    ]);
  });

  it('groups the thousands of a large number (a cost computed from a bid), decimals kept', () => {
    const answers = [
      { vendor: 'puente', criterion: 'total-cost', before: 5913845.09, after: 5244813.78 },
      { vendor: 'puente', criterion: 'seats', before: 9999, after: 12000 },
    ];
    expect(renderDecisionChange(changeOf({ answers })).slice(-3)).toEqual([
      'Answers changed (2):',
      '  puente  total-cost  5,913,845.09 → 5,244,813.78',
      '  puente  seats       9999 → 12,000',
    ]);
  });

  it('stops weights and answers at the limit and counts the rest', () => {
    const weights = [1, 2, 3].map((k) => ({
      id: `c${k}`,
      name: `c${k}`,
      before: 0.1,
      after: 0.1 + k / 100,
    }));
    const lines = renderDecisionChange(changeOf({ weights }), undefined, 2);
    expect(lines).toEqual([
      'Against main (3f2a1c9): the winner is unchanged: tala-global',
      '  No rank or score moved.',
      'Weights changed (3 criteria, largest change first):',
      '  c3  10.0% → 13.0%',
      '  c2  10.0% → 12.0%',
      '  … and 1 more',
    ]);
  });

  it('shows as many decimals as the scores need to read apart', () => {
    const change = changeOf({
      vendors: [
        { id: 'a', name: 'A', before: at(1, 80.04), after: at(1, 80.01) },
        { id: 'b', name: 'B', before: at(2, 70), after: at(2, 70) },
      ],
    });
    expect(renderDecisionChange(change).slice(1)).toEqual([
      '  a  rank 1  score 80.04 → 80.01',
      '  b  rank 2  score 70.00',
    ]);
  });

  it('styles the heading through the theme', () => {
    const mark = (tag: string) => (text: string) => `<${tag}>${text}</${tag}>`;
    const theme: Theme = {
      red: mark('r'),
      yellow: mark('y'),
      green: mark('g'),
      cyan: mark('c'),
      dim: mark('d'),
      bold: mark('b'),
      underline: mark('u'),
    };
    const change = changeOf({ winner: { before: 'a', after: 'b', changed: true } });
    expect(renderDecisionChange(change, theme)[0]).toBe(
      '<b>Against main (3f2a1c9):</b> <y>the winner changed: a → b</y>',
    );
  });
});

describe('the small helpers', () => {
  it('againstText names the commit unless the ref is the commit', () => {
    expect(againstText({ base: 'origin/main', commit: '3f2a1c9' })).toBe(
      'Against origin/main (3f2a1c9)',
    );
    expect(againstText({ base: '3f2a1c9e', commit: '3f2a1c9' })).toBe('Against 3f2a1c9');
    expect(againstText({ base: '3f2a', commit: '3f2a1c9' })).toBe('Against 3f2a');
    // a full commit id, as GitLab's CI_MERGE_REQUEST_DIFF_BASE_SHA passes it
    expect(
      againstText({ base: '3f2a1c9e0b7d4c2a9f8e6d5c4b3a29180f7e6d5c', commit: '3f2a1c9' }),
    ).toBe('Against 3f2a1c9');
    expect(againstText({ base: 'HEAD', commit: '3f2a1c9' })).toBe('Against HEAD (3f2a1c9)');
  });

  it.each([
    [{ before: 'a', after: 'b', changed: true }, 'the winner changed: a → b'],
    [{ before: 'a, b (tied)', after: 'a', changed: true }, 'the winner changed: a, b (tied) → a'],
    [{ before: 'a', after: null, changed: true }, 'the winner changed: a → no eligible vendor'],
    [{ before: null, after: null, changed: false }, 'still no eligible vendor'],
  ])('winnerSentence %j', (winner, text) => {
    expect(
      winnerSentence(
        changeOf({ winner, weights: [{ id: 'x', name: 'x', before: 0.1, after: 0.2 }] }),
      ),
    ).toBe(text);
  });

  it('placeChangeText', () => {
    expect(placeChangeText(at(null, 1), at(2, 1))).toBe('ineligible → rank 2');
    expect(placeChangeText(at(null, 1), at(null, 2))).toBe('ineligible');
    expect(placeChangeText(null, at(null, 2))).toBe('new, ineligible');
  });

  it('weightChangeText adds decimals until the two weights read apart', () => {
    expect(weightChangeText({ before: 0.0123, after: 0.01234 })).toBe('1.230% → 1.234%');
    expect(weightChangeText({ before: 0.1, after: 0.2 })).toBe('10.0% → 20.0%');
  });
});

describe('changed figures never read unchanged', () => {
  const answer = (before: number | boolean | null, after: number | boolean | null) => ({
    vendor: 'acme',
    criterion: 'sla-abandon-rate',
    before,
    after,
  });

  it('answers: the fewest decimals (at least 2) that tell before and after apart', () => {
    expect(answerChangeText(answer(4, 4.0001))).toBe('4 → 4.0001');
    expect(answerChangeText(answer(4.5, 4.25))).toBe('4.5 → 4.25');
    expect(answerChangeText(answer(0.3, 0.1 + 0.2))).toBe('0.3 → 0.30000000000000004');
    expect(answerChangeText(answer(false, true))).toBe('no → yes');
    expect(answerChangeText(answer(null, 75))).toBe('— → 75');
  });

  it('the terminal lines: an answer and a score that moved in the 4th decimal', () => {
    const change = changeOf({
      vendors: [
        { id: 'tala-global', name: 'Tala', before: at(1, 81.36364), after: at(1, 81.36354) },
        { id: 'puente-contact', name: 'Puente', before: at(2, 70), after: at(2, 70) },
      ],
      answers: [answer(4, 4.0001)],
    });
    expect(renderDecisionChange(change)).toEqual([
      'Against main (3f2a1c9): the winner is unchanged: tala-global',
      '  tala-global     rank 1  score 81.3636 → 81.3635',
      '  puente-contact  rank 2  score 70.0000',
      'Answers changed (1):',
      '  acme  sla-abandon-rate  4 → 4.0001',
    ]);
  });
});
