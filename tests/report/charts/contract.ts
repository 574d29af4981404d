/** What every chart must be, checked the same way for each (see the shared brief, issue 14). */
import { expect } from 'vitest';
import { attributeNumbers, elementsOf, wellFormednessProblems } from './svg-parse.js';

/** Strings that must never reach the markup as written. */
export const hostileRaw = ['<script', '" onload="', 'onload="x"'];

/** Asserts the chart contract on one SVG string; returns the root's attributes. */
export function expectChartContract(
  svg: string,
  chart: string,
  prefix: string,
): Record<string, string> {
  expect(wellFormednessProblems(svg)).toEqual([]);
  expect(svg.startsWith('<svg ')).toBe(true);
  const root = elementsOf(svg, 'svg')[0] ?? {};
  expect(root['data-chart']).toBe(chart);
  expect(root.role).toBe('img');
  expect(root.width).toBe('100%');
  expect(root.height).toBeUndefined();
  expect(root.viewBox).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
  expect(root['aria-labelledby']).toBe(`${prefix}-title ${prefix}-desc`);
  expect(svg).toContain(`<title id="${prefix}-title">`);
  expect(svg).toContain(`<desc id="${prefix}-desc">`);
  // nothing to run, nothing to load
  expect(svg).not.toMatch(/<style|<script|<image|<foreignObject|<use\b|href=|javascript:|@import/i);
  expect(svg).not.toMatch(/NaN|Infinity/);
  // no <pattern> fill: Chromium's PDF printer turns each into a bitmap (a 10 MB record); the
  // marks are plain paths instead
  expect(svg).not.toMatch(/<pattern\b|url\(#[^)]*pattern/);
  for (const raw of hostileRaw) expect(svg).not.toContain(raw);
  // every id carries the prefix; every url(#…) names an id of this chart
  const ids = [...svg.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1] ?? '');
  for (const id of ids) expect(id.startsWith(`${prefix}-`)).toBe(true);
  expect(new Set(ids).size).toBe(ids.length);
  for (const m of svg.matchAll(/url\(#([^)]*)\)/g)) expect(ids).toContain(m[1]);
  // coordinates at most two decimals
  for (const n of attributeNumbers(svg)) expect(n).toMatch(/^-?\d*(\.\d{1,2})?$/);
  return root;
}
