import { describe, expect, it } from 'vitest';
import { smallMultiplesSvg } from '../../../src/report/charts/small-multiples.js';
import { expectChartContract } from './contract.js';
import { categories, profiles } from './fixtures.js';
import { elementsOf, fillsOf, forSnapshot, textsOf } from './svg-parse.js';

describe('smallMultiplesSvg', () => {
  const svg = smallMultiplesSvg(profiles, categories, { idPrefix: 'profiles' });

  it('draws the fixed project as recorded (open the .svg to look at it)', async () => {
    await expect(forSnapshot(svg)).toMatchFileSnapshot('./__snapshots__/small-multiples.svg');
  });

  it('keeps the chart contract', () => {
    expectChartContract(svg, 'small-multiples', 'profiles');
    expectChartContract(
      smallMultiplesSvg(profiles, categories),
      'small-multiples',
      'small-multiples',
    );
  });

  it('draws one panel per vendor, three across at 720 and one across at 300', () => {
    const panels = (s: string) =>
      elementsOf(s, 'g')
        .filter((g) => g['data-eligible'] !== undefined)
        .map((g) => g['data-vendor']);
    expect(panels(svg)).toEqual(['acme', 'bolt', 'long', 'quote']);
    const frames = elementsOf(svg, 'rect').filter((r) => r.rx === '4');
    expect(new Set(frames.map((f) => f.y)).size).toBe(2); // two rows of panels
    expect(new Set(frames.slice(0, 3).map((f) => f.y)).size).toBe(1);
    const narrow = smallMultiplesSvg(profiles, categories, { width: 300 });
    const narrowFrames = elementsOf(narrow, 'rect').filter((r) => r.rx === '4');
    expect(new Set(narrowFrames.map((f) => f.x)).size).toBe(1);
  });

  it('draws each bar as its figure out of 100 of the track, and prints the figure', () => {
    const rects = elementsOf(svg, 'rect');
    const tracks = rects.filter((r) => r.fill === '#f2f2f2');
    const trackWidth = Number(tracks[0]?.width);
    expect(trackWidth).toBeGreaterThan(100);
    const bars = rects.filter((r) => r['data-category'] !== undefined);
    for (const p of profiles) {
      const mine = bars.filter((b) => b['data-vendor'] === p.id);
      const scored = categories.filter((_, i) => p.scores[i] !== null);
      expect(mine.map((b) => b['data-category'])).toEqual(scored.map((c) => c.id));
      for (const b of mine) {
        const i = categories.findIndex((c) => c.id === b['data-category']);
        expect(Number(b.width)).toBeCloseTo(((p.scores[i] ?? NaN) / 100) * trackWidth, 1);
      }
    }
    const labels = textsOf(svg).map((t) => t.content);
    expect(labels).toEqual(expect.arrayContaining(['80.0', '66.7', '62.5', '0.0', '100.0']));
  });

  it('writes "— not scored" where a figure is null, with no bar', () => {
    expect(svg.match(/>— not scored<\/text>/g)).toHaveLength(1);
    expect(svg).toMatch(/data-vendor="bolt" data-category="risk"><title>Risk: not scored<\/title>/);
  });

  it('one pattern per category, category names escaped, knocked-out panel dashed and labelled', () => {
    expect(fillsOf(svg)).toEqual(['#0072B2 diagonal', '#E69F00 dots', '#009E73 horizontal']);
    expect(svg).toContain('>Pricing &amp; &lt;terms&gt;</text>');
    expect(
      elementsOf(svg, 'rect').filter((r) => r.rx === '4' && r['stroke-dasharray']),
    ).toHaveLength(1);
    expect(textsOf(svg).filter((t) => t.content === 'knocked out')).toHaveLength(1);
  });

  it('draws degenerate inputs: no vendors, no categories, one vendor with one category', () => {
    const none = smallMultiplesSvg([], categories);
    expectChartContract(none, 'small-multiples', 'small-multiples');
    expect(none).toContain('No vendors to show.');
    const bare = smallMultiplesSvg(profiles, []);
    expectChartContract(bare, 'small-multiples', 'small-multiples');
    expect(bare).toContain('no categories');
    const one = smallMultiplesSvg(
      [{ id: 'a', name: 'A', rank: 1, eligible: true, scores: [0] }],
      categories.slice(0, 1),
    );
    expectChartContract(one, 'small-multiples', 'small-multiples');
    expect(elementsOf(one, 'rect').find((r) => r['data-vendor'] === 'a')?.width).toBe('0');
  });
});
