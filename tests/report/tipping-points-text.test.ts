import { describe, expect, it } from 'vitest';
import type { TippingPoints } from '../../src/core/analysis/tipping-points.js';
import type { TippingPoint } from '../../src/core/model/sensitivity.js';
import {
  noTippingPointText,
  renderTippingPoints,
  tippingChangeText,
  tippingPointsMarkdown,
  tippingWeightText,
} from '../../src/report/tipping-points-text.js';

const point = (
  id: string,
  weight: number,
  newWeight: number,
  newLeader = 'puente-contact',
): TippingPoint => ({ id, weight, newWeight, newLeader, leader: 'harbourline-care' });

const tipping: TippingPoints = {
  categories: [point('pricing', 0.2, 0.269388), point('sla', 0.2, 0.0712, 'tala-global')],
  criteria: [
    point('pricing-rate-card', 0.042, 0.098),
    point('sla-digital', 0.05, 0.4896),
    point('capability-social-media', 0.0092, 0.103532),
  ],
};

describe('tipping point figures', () => {
  it.each([
    [0.042, 0.098, 'weight 4.2% → 9.8%', '+5.6 pp'],
    [0.2, 0.0712, 'weight 20.0% → 7.1%', '−12.9 pp'],
    // apart only at the second decimal, and a difference that must not read 0.0
    [0.0424, 0.0426, 'weight 4.24% → 4.26%', '+0.02 pp'],
    [0.0421, 0.0424, 'weight 4.21% → 4.24%', '+0.03 pp'],
    [0, 0.090909, 'weight 0.0% → 9.1%', '+9.1 pp'],
    // the change is the difference of the weights as shown (unrounded it would read +5.0)
    [0.2196, 0.2694, 'weight 22.0% → 26.9%', '+4.9 pp'],
  ])('%s → %s', (weight, newWeight, weightText, changeText) => {
    expect(tippingWeightText({ weight, newWeight })).toBe(weightText);
    expect(tippingChangeText({ weight, newWeight })).toBe(changeText);
  });
});

describe('renderTippingPoints', () => {
  it('categories first, then the criteria, aligned', () => {
    expect(renderTippingPoints(tipping, 'harbourline-care')).toEqual([
      'Tipping points: the smallest change of one weight (the others rescaled in proportion; pp: percentage points of the total weight) that makes another vendor the leader instead of harbourline-care',
      'Categories:',
      '  pricing  weight 20.0% → 26.9%  (+6.9 pp)   puente-contact takes the lead',
      '  sla      weight 20.0% → 7.1%   (−12.9 pp)  tala-global takes the lead',
      'Criteria (smallest relative change first):',
      '  pricing-rate-card        weight 4.2% → 9.8%   (+5.6 pp)   puente-contact takes the lead',
      '  sla-digital              weight 5.0% → 49.0%  (+44.0 pp)  puente-contact takes the lead',
      '  capability-social-media  weight 0.9% → 10.4%  (+9.5 pp)   puente-contact takes the lead',
    ]);
  });

  it('the first `limit` criteria, the rest counted', () => {
    const lines = renderTippingPoints(tipping, 'harbourline-care', undefined, 1);
    expect(lines.slice(-3)).toEqual([
      'Criteria (smallest relative change first):',
      '  pricing-rate-card  weight 4.2% → 9.8%  (+5.6 pp)  puente-contact takes the lead',
      '  … and 2 more criteria that can change the leader',
    ]);
    expect(renderTippingPoints(tipping, 'harbourline-care', undefined, 2).at(-1)).toBe(
      '  … and 1 more criterion that can change the leader',
    );
  });

  it('one sentence when nothing can change the leader', () => {
    expect(renderTippingPoints({ criteria: [], categories: [] }, 'harbourline-care')).toEqual([
      'No single weight change makes another vendor the leader: harbourline-care leads whatever weight one criterion or category is given.',
    ]);
    expect(noTippingPointText(null)).toBe(
      'No vendor is eligible, so no weight change makes one the leader.',
    );
  });
});

describe('tippingPointsMarkdown', () => {
  it('a sentence and two tables', () => {
    expect(tippingPointsMarkdown(tipping, 'harbourline-care', 2)).toBe(
      [
        '## Tipping points',
        '',
        'The smallest change of one weight (the others rescaled in proportion; pp: percentage points of the total weight) that makes another vendor the leader instead of harbourline-care.',
        '',
        '| Category | Weight | Tipping weight | Change | New leader |',
        '| --- | ---: | ---: | ---: | --- |',
        '| pricing | 20.0% | 26.9% | +6.9 pp | puente-contact |',
        '| sla | 20.0% | 7.1% | −12.9 pp | tala-global |',
        '',
        '| Criterion | Weight | Tipping weight | Change | New leader |',
        '| --- | ---: | ---: | ---: | --- |',
        '| pricing-rate-card | 4.2% | 9.8% | +5.6 pp | puente-contact |',
        '| sla-digital | 5.0% | 49.0% | +44.0 pp | puente-contact |',
        '',
        '… and 1 more criterion that can change the leader.',
        '',
      ].join('\n'),
    );
  });

  it('the sentence alone when nothing can change the leader', () => {
    expect(tippingPointsMarkdown({ criteria: [], categories: [] }, 'harbourline-care')).toBe(
      [
        '## Tipping points',
        '',
        'No single weight change makes another vendor the leader: harbourline-care leads whatever weight one criterion or category is given.',
        '',
      ].join('\n'),
    );
  });
});
