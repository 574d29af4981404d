import { describe, expect, it } from 'vitest';
import { rankAcceptabilitySvg } from '../../../src/report/charts/rank-acceptability.js';
import type { RobustnessSection } from '../../../src/report/decision-record/model.js';
import { expectChartContract } from './contract.js';
import { robustness } from './fixtures.js';
import { elementsOf, fillsOf, forSnapshot, textsOf } from './svg-parse.js';

describe('rankAcceptabilitySvg', () => {
  const svg = rankAcceptabilitySvg(robustness, { idPrefix: 'smaa' });

  it('draws the fixed simulation as recorded (open the .svg to look at it)', async () => {
    await expect(forSnapshot(svg)).toMatchFileSnapshot('./__snapshots__/rank-acceptability.svg');
  });

  it('keeps the chart contract', () => {
    expectChartContract(svg, 'rank-acceptability', 'smaa');
    expectChartContract(
      rankAcceptabilitySvg(robustness),
      'rank-acceptability',
      'rank-acceptability',
    );
  });

  it('says the iterations, spread and seed in its title and above the bars', () => {
    expect(svg).toContain(
      '<title id="smaa-title">Rank acceptability: 10,000 weightings drawn, spread 0.2, seed 42</title>',
    );
    expect(textsOf(svg)[0]?.content).toBe(
      'Share of draws at each rank; 10,000 weightings drawn, spread 0.2, seed 42',
    );
  });

  it('draws a 100 % bar per eligible vendor, each rank as wide as its share, rank 1 first', () => {
    const axis = textsOf(svg).filter((t) => t.content.endsWith('%') && t.y > 140);
    const at0 = axis.find((t) => t.content === '0%')?.x ?? NaN;
    const at100 = axis.find((t) => t.content === '100%')?.x ?? NaN;
    const rects = elementsOf(svg, 'rect').filter((r) => r['data-rank'] !== undefined);
    const eligible = robustness.result.vendors.filter((v) => v.eligible);
    expect([...new Set(rects.map((r) => r['data-vendor']))]).toEqual(eligible.map((v) => v.id));
    for (const v of eligible) {
      const mine = rects.filter((r) => r['data-vendor'] === v.id);
      expect(mine.map((r) => r['data-rank'])).toEqual(['1', '2', '3']);
      let x = at0;
      mine.forEach((r, k) => {
        expect(Number(r.x)).toBeCloseTo(x, 1);
        expect(Number(r.width)).toBeCloseTo((v.shares[k] ?? NaN) * (at100 - at0), 1);
        x += Number(r.width);
      });
      expect(x).toBeCloseTo(at100, 1);
    }
    expect(svg).not.toContain('data-vendor="quote"');
  });

  it('prints percentages that fit, a pattern and a legend entry per rank', () => {
    const labels = textsOf(svg).map((t) => t.content);
    expect(labels).toEqual(expect.arrayContaining(['81%', '60%', '71%', '25%']));
    expect(labels).not.toContain('4%'); // 3.8 %: too narrow for its text
    expect(fillsOf(svg).map((f) => f.split(' ')[1])).toEqual(['diagonal', 'dots', 'horizontal']);
    expect(labels).toEqual(expect.arrayContaining(['rank 1', 'rank 2', 'rank 3']));
    expect(svg).toContain('<title>Acme Care: rank 1 in 81.2% of draws</title>');
  });

  it('draws degenerate inputs: no eligible vendor, one vendor', () => {
    const none: RobustnessSection = {
      ...robustness,
      result: { ...robustness.result, vendors: robustness.result.vendors.slice(3) },
    };
    const empty = rankAcceptabilitySvg(none);
    expectChartContract(empty, 'rank-acceptability', 'rank-acceptability');
    expect(empty).toContain('No eligible vendor to show.');
    const single: RobustnessSection = {
      ...robustness,
      result: {
        ...robustness.result,
        vendors: [{ ...robustness.result.vendors[0]!, shares: [1] }],
      },
    };
    const one = rankAcceptabilitySvg(single);
    expectChartContract(one, 'rank-acceptability', 'rank-acceptability');
    expect(textsOf(one).map((t) => t.content)).toContain('100%');
  });
});
