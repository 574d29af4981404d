import { describe, expect, it } from 'vitest';
import { stackedBarsSvg } from '../../../src/report/charts/stacked-bars.js';
import { expectChartContract } from './contract.js';
import { longName, split } from './fixtures.js';
import { elementsOf, fillsOf, forSnapshot, textsOf } from './svg-parse.js';

describe('stackedBarsSvg', () => {
  const svg = stackedBarsSvg(split, { idPrefix: 'contrib' });

  it('draws the fixed project as recorded (open the .svg to look at it)', async () => {
    await expect(forSnapshot(svg)).toMatchFileSnapshot('./__snapshots__/stacked-bars.svg');
  });

  it('keeps the chart contract: role, title, desc, prefixed ids, nothing to load or run', () => {
    expectChartContract(svg, 'stacked-bars', 'contrib');
    expectChartContract(stackedBarsSvg(split), 'stacked-bars', 'stacked-bars');
  });

  it('draws each segment as wide as its points on the 0–100 axis, end to end from 0', () => {
    const axis = textsOf(svg).filter((t) => t.y > 150);
    const at0 = axis.find((t) => t.content === '0')?.x ?? NaN;
    const at100 = axis.find((t) => t.content === '100')?.x ?? NaN;
    const scale = (at100 - at0) / 100;
    expect(scale).toBeGreaterThan(3);
    const rects = elementsOf(svg, 'rect').filter((r) => r['data-category'] !== undefined);
    for (const bar of split.bars) {
      const mine = rects.filter((r) => r['data-vendor'] === bar.id);
      const drawn = split.categories
        .map((c, i) => ({ c, value: bar.segments[i] ?? 0 }))
        .filter((s) => s.value > 0);
      expect(mine.map((r) => r['data-category'])).toEqual(drawn.map((s) => s.c.id));
      let x = at0;
      mine.forEach((r, k) => {
        expect(Number(r.x)).toBeCloseTo(x, 1);
        expect(Number(r.width)).toBeCloseTo((drawn[k]?.value ?? NaN) * scale, 1);
        x += Number(r.width);
      });
      // the score printed at the bar's end
      expect(
        textsOf(svg).some(
          (t) => t.content === bar.score.toFixed(1) && Math.abs(t.x - x - 6) < 0.05,
        ),
      ).toBe(true);
    }
  });

  it('puts every vendor id on its marks, in ranking order, with rank or "knocked out"', () => {
    const groups = elementsOf(svg, 'g').filter((g) => g['data-eligible'] !== undefined);
    expect(groups.map((g) => g['data-vendor'])).toEqual(['acme', 'bolt', 'long', 'quote']);
    const labels = textsOf(svg).map((t) => t.content);
    expect(labels).toEqual(expect.arrayContaining(['rank 1', 'rank 2', 'rank 3', 'knocked out']));
    // the knocked-out bar is outlined dashed, and the legend says what the outline means
    expect(elementsOf(svg, 'rect').filter((r) => r['data-knocked-out'] !== undefined)).toHaveLength(
      1,
    );
    expect(labels).toContain('knocked out (dashed outline)');
  });

  it('gives each category one colour and pattern, drawn as paths, and a legend label with its weight', () => {
    expect(fillsOf(svg)).toEqual(['#0072B2 diagonal', '#E69F00 dots', '#009E73 horizontal']);
    const labels = textsOf(svg).map((t) => t.content);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Service levels (weight 50%)',
        'Pricing &amp; &lt;terms&gt; (weight 30%)',
        'Risk (weight 20%)',
      ]),
    );
  });

  it('prints a segment value inside the segment only when it fits, and tooltips every segment', () => {
    const labels = textsOf(svg).map((t) => t.content);
    expect(labels).toContain('40.0'); // 40 points: wide
    expect(labels).not.toContain('3.0'); // 3 points: about 13 units, too narrow for its text
    expect(svg).toContain('<title>Risk: 12.5 points</title>');
    expect(svg).toContain('<title>Pricing &amp; &lt;terms&gt;: 20.0 points</title>');
  });

  it('escapes hostile names and cuts a 200-character name with an ellipsis, whole in the tooltip', () => {
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('&quot; onload=&quot;x');
    expect(longName).toHaveLength(200);
    const cut = textsOf(svg).find((t) => t.content.startsWith('Northwind'))?.content ?? '';
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThan(40);
    expect(svg).toContain(`<title>${longName.replace('&', '&amp;')} (long): rank 3</title>`);
  });

  it('draws degenerate inputs without a crash: no vendors, no categories, scores of 0', () => {
    const none = stackedBarsSvg({ ...split, bars: [] });
    expectChartContract(none, 'stacked-bars', 'stacked-bars');
    expect(none).toContain('No vendors to show.');
    const zero = stackedBarsSvg({
      ...split,
      categories: split.categories.slice(0, 1),
      bars: [{ id: 'z', name: 'Zero', rank: 1, eligible: true, score: 0, segments: [0] }],
    });
    expectChartContract(zero, 'stacked-bars', 'stacked-bars');
    expect(zero).toContain('data-vendor="z"');
    expect(elementsOf(zero, 'rect').filter((r) => r['data-category'])).toHaveLength(0);
    const noCategories = stackedBarsSvg({ ...split, categories: [] });
    expectChartContract(noCategories, 'stacked-bars', 'stacked-bars');
    expect(fillsOf(noCategories)).toHaveLength(0);
  });
});
