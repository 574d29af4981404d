/**
 * The stacked bars: one horizontal bar per vendor, in ranking order, split into a segment per
 * top-level category (the segments add up to the score), on a 0–100 axis.
 */
import type { CategorySplit } from '../decision-record/model.js';
import { legend } from './legend.js';
import { categoryFill, swatch } from './palette.js';
import { linear, niceStep } from './scale.js';
import {
  el,
  finite,
  fitLength,
  fitText,
  mutedInk,
  gridInk,
  num,
  percent,
  safePrefix,
  score1,
  svgRoot,
  text,
  tooltip,
} from './svg.js';
import { barSegment } from './segment.js';
import type { ChartOptions } from './types.js';

const rowHeight = 40;
const barHeight = 22;
const top = 8;

/** Place of a vendor for its label: `rank 2` or `knocked out`. */
function placeOf(bar: { rank: number | null; eligible: boolean }): string {
  return bar.eligible && bar.rank !== null ? `rank ${bar.rank}` : 'knocked out';
}

/**
 * The stacked bar chart of every vendor's score by category contribution, as one `<svg>`.
 * Segments are `<rect data-vendor data-category>` with a tooltip; knocked-out vendors have a
 * dashed outline and say so in their label. Recommended width 720 (the default).
 */
export function stackedBarsSvg(split: CategorySplit, options: ChartOptions = {}): string {
  const prefix = safePrefix(options.idPrefix, 'stacked-bars');
  const width = Math.max(320, finite(options.width, 720));
  const labelWidth = Math.min(240, Math.max(110, width * 0.3));
  const x0 = labelWidth + 10;
  const decimals = Math.min(6, Math.max(0, Math.round(finite(options.decimals, 1))));
  const x1 = width - 52 - 7 * (decimals - 1);
  const bars = split.bars;
  const segmentsOf = (segments: readonly number[]) =>
    split.categories.map((_, i) => Math.max(0, finite(segments[i])));
  const totals = bars.map((b) => segmentsOf(b.segments).reduce((s, x) => s + x, 0));
  // the axis is 0–100; a bar over 100 (rounding) widens it to the next tick instead of overflowing
  const domainMax = Math.max(100, Math.ceil(Math.max(0, ...totals) / 20) * 20);
  const x = linear(0, domainMax, x0, x1);
  const scale = (x1 - x0) / domainMax;
  const fills = split.categories.map((_, i) => categoryFill(i));
  const body: string[] = [];

  const axisY = top + bars.length * rowHeight + 4;
  if (bars.length === 0) {
    body.push(
      el('text', { x: width / 2, y: 30, 'text-anchor': 'middle' }, text('No vendors to show.')),
    );
  }
  // grid and ticks first, so the bars draw over them
  const step = niceStep(domainMax, 5);
  const ticks: string[] = [];
  if (bars.length > 0) {
    for (let t = 0; t <= domainMax + 1e-9; t += step) {
      ticks.push(
        el('line', { x1: x(t), x2: x(t), y1: top, y2: axisY, stroke: gridInk, 'stroke-width': 1 }),
        el(
          'text',
          { x: x(t), y: axisY + 14, 'text-anchor': 'middle', fill: mutedInk },
          text(String(t)),
        ),
      );
    }
    ticks.push(
      el('line', { x1: x0, x2: x1, y1: axisY, y2: axisY, stroke: mutedInk, 'stroke-width': 1 }),
      el(
        'text',
        { x: (x0 + x1) / 2, y: axisY + 32, 'text-anchor': 'middle', fill: mutedInk },
        text(fitText('Score points (0–100): a segment per category', x1 - x0, 11)),
      ),
    );
    body.push(el('g', { 'data-axis': 'x', 'font-size': 11 }, ...ticks));
  }

  bars.forEach((bar, row) => {
    const rowTop = top + row * rowHeight;
    const barY = rowTop + (rowHeight - barHeight) / 2;
    const name = fitText(bar.name, labelWidth - 4, 12, true);
    const label = el(
      'g',
      { 'text-anchor': 'end' },
      tooltip(`${bar.name} (${bar.id}): ${placeOf(bar)}`),
      el(
        'text',
        {
          x: labelWidth,
          y: rowTop + 17,
          'font-weight': 600,
          ...fitLength(bar.name, name, 12, true),
        },
        text(name),
      ),
      el(
        'text',
        {
          x: labelWidth,
          y: rowTop + 32,
          'font-size': 11,
          fill: mutedInk,
          'font-style': bar.eligible ? undefined : 'italic',
        },
        text(placeOf(bar)),
      ),
    );
    const parts: string[] = [label];
    if (!bar.eligible) {
      parts.push(
        el('rect', {
          x: x0 - 3,
          y: barY - 3,
          width: x1 - x0 + 6,
          height: barHeight + 6,
          fill: 'none',
          stroke: '#000',
          'stroke-width': 1,
          'stroke-dasharray': '4 3',
          'data-knocked-out': '',
        }),
      );
    }
    let offset = 0;
    segmentsOf(bar.segments).forEach((value, i) => {
      const category = split.categories[i];
      if (category === undefined || value <= 0) return;
      const w = value * scale;
      const sx = x(offset);
      offset += value;
      parts.push(
        ...barSegment(
          { x: sx, y: barY, width: w, height: barHeight },
          fills[i] ?? categoryFill(i),
          { 'data-vendor': bar.id, 'data-category': category.id },
          `${category.name}: ${score1(value)} points`,
          score1(value),
        ),
      );
    });
    parts.push(
      el(
        'text',
        { x: x(offset) + 6, y: barY + barHeight / 2 + 4, 'font-weight': 600 },
        text(finite(bar.score).toFixed(decimals)),
      ),
    );
    body.push(el('g', { 'data-vendor': bar.id, 'data-eligible': String(bar.eligible) }, ...parts));
  });

  const legendY = bars.length === 0 ? 50 : axisY + 46;
  const items = split.categories.map((c, i) => ({
    mark: (lx: number, ly: number) => swatch(fills[i] ?? categoryFill(i), lx, ly),
    label: `${c.name} (weight ${percent(c.weight)})`,
  }));
  const hasKnockOut = bars.some((b) => !b.eligible);
  if (hasKnockOut) {
    items.push({
      mark: (lx: number, ly: number) =>
        el('rect', {
          x: lx,
          y: ly,
          width: 14,
          height: 14,
          fill: 'none',
          stroke: '#000',
          'stroke-dasharray': '4 3',
        }),
      label: 'knocked out (dashed outline)',
    });
  }
  const key = legend(items, 8, legendY, width - 16);
  body.push(key.markup);

  const names = bars.map((b) => `${b.name} ${finite(b.score).toFixed(decimals)}`).join(', ');
  return svgRoot({
    chart: 'stacked-bars',
    prefix,
    width,
    height: legendY + key.height + 8,
    title: 'Each vendor’s score by category contribution',
    desc: `Horizontal stacked bars, one per vendor in ranking order, ${num(split.categories.length)} categories; ${split.basis}.${names ? ` Scores: ${names}.` : ''}`,
    body,
  });
}
