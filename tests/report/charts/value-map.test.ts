import { describe, expect, it } from 'vitest';
import { valueMapSvg } from '../../../src/report/charts/value-map.js';
import type { ValueMap } from '../../../src/report/decision-record/model.js';
import { expectChartContract } from './contract.js';
import { valueMap } from './fixtures.js';
import { elementsOf, forSnapshot, textsOf } from './svg-parse.js';

const dotsOf = (svg: string) =>
  elementsOf(svg, 'circle').filter((c) => c['data-vendor'] !== undefined);

describe('valueMapSvg', () => {
  const svg = valueMapSvg(valueMap, { idPrefix: 'value' });

  it('draws the fixed project as recorded (open the .svg to look at it)', async () => {
    await expect(forSnapshot(svg)).toMatchFileSnapshot('./__snapshots__/value-map.svg');
  });

  it('keeps the chart contract', () => {
    expectChartContract(svg, 'value-map', 'value');
    expectChartContract(valueMapSvg(valueMap), 'value-map', 'value-map');
  });

  it('places each dot linearly by cost (x) and by score (y, up is better)', () => {
    const dots = dotsOf(svg);
    expect(dots.map((d) => d['data-vendor'])).toEqual(['acme', 'bolt', 'long', 'quote']);
    const [a, b] = [valueMap.points[0], valueMap.points[1]];
    const [da, db] = [dots[0], dots[1]];
    if (!a || !b || !da || !db) throw new Error('fixture');
    const perCost = (Number(da.cx) - Number(db.cx)) / (a.monthly - b.monthly);
    const perPoint = (Number(da.cy) - Number(db.cy)) / (a.score - b.score);
    expect(perCost).toBeGreaterThan(0);
    expect(perPoint).toBeLessThan(0);
    valueMap.points.forEach((p, i) => {
      const d = dots[i];
      expect(Number(d?.cx) - Number(db.cx)).toBeCloseTo((p.monthly - b.monthly) * perCost, 1);
      expect(Number(d?.cy) - Number(db.cy)).toBeCloseTo((p.score - b.score) * perPoint, 1);
    });
  });

  it('fills eligible dots, leaves knocked-out ones hollow and labels them so', () => {
    const dots = dotsOf(svg);
    expect(dots.filter((d) => d.fill === '#fff').map((d) => d['data-vendor'])).toEqual(['quote']);
    const labels = textsOf(svg).map((t) => t.content);
    expect(labels).toContain('&quot; onload=&quot;x (knocked out)');
    expect(labels).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(labels).toContain('Acme Care');
    expect(labels.some((l) => l.startsWith('Northwind') && l.endsWith('…'))).toBe(true);
  });

  it('draws the Pareto front through its vendors from the cheapest up, and names it in the legend', () => {
    const line = elementsOf(svg, 'polyline')[0];
    const dots = dotsOf(svg);
    const at = (id: string) => {
      const d = dots.find((c) => c['data-vendor'] === id);
      return `${d?.cx},${d?.cy}`;
    };
    expect(line?.points).toBe(`${at('bolt')} ${at('acme')}`);
    expect(textsOf(svg).map((t) => t.content)).toContain(
      'Pareto front: no eligible vendor scores higher for less',
    );
  });

  it('labels cost ticks with thousands separators and the currency in the axis title', () => {
    const labels = textsOf(svg).map((t) => t.content);
    expect(labels).toContain('Monthly cost (EUR)');
    expect(labels).toContain('100,000');
    expect(labels).toContain('Score (0–100)');
  });

  it('keeps labels of dots at the same place from lying on each other', () => {
    const same: ValueMap = {
      currency: null,
      points: ['a', 'b', 'c'].map((id) => ({
        id,
        name: `Vendor ${id}`,
        score: 50,
        monthly: 1000,
        contract: 12000,
        eligible: true,
        onFront: id === 'a',
      })),
      front: ['a'],
      uncosted: [],
    };
    const out = valueMapSvg(same);
    expectChartContract(out, 'value-map', 'value-map');
    const labels = textsOf(out).filter((t) => t.content.startsWith('Vendor'));
    expect(new Set(labels.map((l) => `${l.x},${l.y}`)).size).toBe(3);
    expect(textsOf(out).map((t) => t.content)).toContain('Monthly cost');
  });

  it('draws degenerate inputs: no point, one point, costs and scores of 0', () => {
    const empty = valueMapSvg({ ...valueMap, points: [], front: [] });
    expectChartContract(empty, 'value-map', 'value-map');
    expect(empty).toContain('No vendor has a cost to show.');
    const one = valueMapSvg({ ...valueMap, points: valueMap.points.slice(0, 1), front: ['acme'] });
    expectChartContract(one, 'value-map', 'value-map');
    expect(dotsOf(one)).toHaveLength(1);
    const zero = valueMapSvg({
      ...valueMap,
      points: valueMap.points.map((p) => ({ ...p, score: 0, monthly: 0 })),
    });
    expectChartContract(zero, 'value-map', 'value-map');
  });
});
