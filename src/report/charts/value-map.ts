/**
 * The value map: each costed vendor's score (y) against its monthly cost (x), eligible vendors
 * as filled dots, knocked-out ones hollow and labelled so, and the Pareto front (no eligible
 * vendor scores higher for less) as a dashed line through its vendors, each ringed.
 */
import type { ValueMap, ValuePoint } from '../decision-record/model.js';
import { legend } from './legend.js';
import { okabeIto } from './palette.js';
import { linear, niceDomain } from './scale.js';
import {
  el,
  finite,
  fitText,
  gridInk,
  mutedInk,
  num,
  safePrefix,
  score1,
  svgRoot,
  text,
  thousands,
  tooltip,
} from './svg.js';
import type { ChartOptions } from './types.js';
import { labelSize, placeLabels } from './label-placement.js';

const markerInk = okabeIto[0];
const frontInk = okabeIto[3];

/** Decimals for tick labels at a step: as many as the step has (0.25 → 2), at most 6. */
function decimalsFor(step: number): number {
  if (step >= 1) return 0;
  const fraction = step.toFixed(6).replace(/0+$/, '').split('.')[1] ?? '';
  return Math.max(1, fraction.length);
}

/**
 * The value map as one `<svg>`: score against monthly cost, with the Pareto front. Dots are
 * `<circle data-vendor>`; every dot has its vendor's name beside it. Vendors without a cost are
 * not drawn (the page names them). Recommended width 720 (the default).
 */
export function valueMapSvg(map: ValueMap, options: ChartOptions = {}): string {
  const prefix = safePrefix(options.idPrefix, 'value-map');
  const width = Math.max(320, finite(options.width, 720));
  const plotHeight = Math.round(width * 0.5);
  const left = 64;
  const right = 44; // room for half the last tick label
  const top = 16;
  const px0 = left;
  const px1 = width - right;
  const py0 = top;
  const py1 = top + plotHeight;
  const points = map.points;
  const body: string[] = [];

  const xs = points.map((p) => finite(p.monthly));
  const ys = points.map((p) => finite(p.score));
  const xd = niceDomain(Math.min(...xs, Infinity), Math.max(...xs, -Infinity), 5, { lo: 0 });
  const yd = niceDomain(Math.min(...ys, Infinity), Math.max(...ys, -Infinity), 5, {
    lo: 0,
    hi: 100,
  });
  const x = linear(xd.lo, xd.hi, px0, px1);
  const y = linear(yd.lo, yd.hi, py1, py0);
  const currency = map.currency ?? '';

  // grid, ticks, axis titles
  const axis: string[] = [];
  const xDecimals = decimalsFor(xd.step);
  for (const t of xd.ticks) {
    axis.push(
      el('line', { x1: x(t), x2: x(t), y1: py0, y2: py1, stroke: gridInk, 'stroke-width': 1 }),
      el('text', { x: x(t), y: py1 + 16, 'text-anchor': 'middle' }, text(thousands(t, xDecimals))),
    );
  }
  const yDecimals = decimalsFor(yd.step);
  for (const t of yd.ticks) {
    axis.push(
      el('line', { x1: px0, x2: px1, y1: y(t), y2: y(t), stroke: gridInk, 'stroke-width': 1 }),
      el('text', { x: px0 - 6, y: y(t) + 4, 'text-anchor': 'end' }, text(thousands(t, yDecimals))),
    );
  }
  axis.push(
    el('path', {
      d: `M${num(px0)} ${num(py0)}V${num(py1)}H${num(px1)}`,
      fill: 'none',
      stroke: mutedInk,
    }),
    el(
      'text',
      { x: (px0 + px1) / 2, y: py1 + 36, 'text-anchor': 'middle', 'font-size': 12 },
      text(currency ? `Monthly cost (${currency})` : 'Monthly cost'),
    ),
    el(
      'text',
      {
        x: 16,
        y: (py0 + py1) / 2,
        'text-anchor': 'middle',
        'font-size': 12,
        transform: `rotate(-90 16 ${num((py0 + py1) / 2)})`,
      },
      text('Score (0–100)'),
    ),
  );
  body.push(el('g', { 'data-axis': '', 'font-size': 11, fill: mutedInk }, ...axis));

  if (points.length === 0) {
    body.push(
      el(
        'text',
        { x: (px0 + px1) / 2, y: (py0 + py1) / 2, 'text-anchor': 'middle' },
        text('No vendor has a cost to show.'),
      ),
    );
  }

  // the front under the dots
  const byId = new Map(points.map((p) => [p.id, p] as const));
  const front = map.front
    .map((id) => byId.get(id))
    .filter((p): p is ValuePoint => p !== undefined)
    .sort((a, b) => finite(a.monthly) - finite(b.monthly));
  if (front.length > 1) {
    body.push(
      el('polyline', {
        points: front.map((p) => `${num(x(p.monthly))},${num(y(p.score))}`).join(' '),
        fill: 'none',
        stroke: frontInk,
        'stroke-width': 2,
        'stroke-dasharray': '7 4',
        'data-front': '',
      }),
    );
  }
  for (const p of front) {
    body.push(
      el('circle', {
        cx: x(p.monthly),
        cy: y(p.score),
        r: 10.5,
        fill: 'none',
        stroke: frontInk,
        'stroke-width': 2,
      }),
    );
  }

  const labelled = points.map((p) => ({
    x: x(p.monthly),
    y: y(p.score),
    label: `${fitText(p.name, 170, labelSize)}${p.eligible ? '' : ' (knocked out)'}`,
  }));
  const spots = placeLabels(
    labelled,
    front.length > 1 ? front.map((p) => ({ x: x(p.monthly), y: y(p.score) })) : [],
    { x0: px0 + 2, y0: 2, x1: width - 2, y1: py1 - 2 },
  );
  points.forEach((p, i) => {
    const at = labelled[i];
    const spot = spots[i];
    if (at === undefined || spot === undefined) return;
    const cost = `${thousands(p.monthly)}${currency ? ` ${currency}` : ''} a month`;
    body.push(
      el(
        'g',
        {
          'data-vendor': p.id,
          'data-eligible': String(p.eligible),
          'data-front': p.onFront ? '' : undefined,
        },
        tooltip(
          `${p.name}${p.eligible ? '' : ' (knocked out)'}: score ${score1(p.score)}, ${cost}${p.onFront ? ', on the Pareto front' : ''}`,
        ),
        el('circle', {
          cx: at.x,
          cy: at.y,
          r: 6,
          fill: p.eligible ? markerInk : '#fff',
          stroke: p.eligible ? '#000' : markerInk,
          'stroke-width': p.eligible ? 1 : 2,
          'data-vendor': p.id,
        }),
        el(
          'text',
          {
            x: spot.x,
            y: spot.y,
            'text-anchor': spot.anchor,
            'font-size': labelSize,
            stroke: '#fff',
            'stroke-width': 3,
            'stroke-linejoin': 'round',
            'paint-order': 'stroke',
          },
          text(at.label),
        ),
      ),
    );
  });

  const items = [
    {
      mark: (lx: number, ly: number) =>
        el('circle', {
          cx: lx + 7,
          cy: ly + 7,
          r: 6,
          fill: markerInk,
          stroke: '#000',
          'stroke-width': 1,
        }),
      label: 'eligible vendor',
    },
    {
      mark: (lx: number, ly: number) =>
        el('circle', {
          cx: lx + 7,
          cy: ly + 7,
          r: 5,
          fill: '#fff',
          stroke: markerInk,
          'stroke-width': 2,
        }),
      label: 'knocked out (hollow)',
    },
    {
      mark: (lx: number, ly: number) =>
        el('path', {
          d: `M${num(lx - 4)} ${num(ly + 7)}H${num(lx + 18)}`,
          stroke: frontInk,
          'stroke-width': 2,
          'stroke-dasharray': '7 4',
        }) +
        el('circle', {
          cx: lx + 7,
          cy: ly + 7,
          r: 5,
          fill: 'none',
          stroke: frontInk,
          'stroke-width': 2,
        }),
      label: 'Pareto front: no eligible vendor scores higher for less',
    },
  ];
  const key = legend(items, 12, py1 + 54, width - 24);
  body.push(key.markup);

  const described = points
    .map(
      (p) =>
        `${p.name}${p.eligible ? '' : ' (knocked out)'} ${score1(p.score)} at ${thousands(p.monthly)}`,
    )
    .join('; ');
  return svgRoot({
    chart: 'value-map',
    prefix,
    width,
    height: py1 + 54 + key.height + 6,
    title: `Score against monthly cost${currency ? ` (${currency})` : ''}`,
    desc: `Scatter of each costed vendor's score against its monthly cost; the Pareto front joins ${front.map((p) => p.name).join(', ') || 'no vendor'}.${described ? ` Points: ${described}.` : ''}`,
    body,
  });
}
