/**
 * The rank-acceptability chart (SMAA-2): for each eligible vendor a 100 % bar divided by the
 * share of simulated weightings in which it takes each rank, rank 1 darkest and first.
 */
import type { RobustnessSection } from '../decision-record/model.js';
import { legend } from './legend.js';
import { rankFill, swatch } from './palette.js';
import {
  el,
  finite,
  fitLength,
  fitText,
  gridInk,
  mutedInk,
  percent,
  safePrefix,
  svgRoot,
  text,
  thousands,
  tooltip,
} from './svg.js';
import { barSegment } from './segment.js';
import type { ChartOptions } from './types.js';

const rowHeight = 40;
const barHeight = 22;
const top = 30;

/** The settings line: `10,000 weightings drawn, spread 0.2, seed 42`. */
function settingsText(s: { iterations: number; spread: number; seed: number }): string {
  return `${thousands(s.iterations)} weightings drawn, spread ${String(finite(s.spread))}, seed ${String(finite(s.seed))}`;
}

/**
 * The rank acceptability of every eligible vendor as one `<svg>`: a 100 % stacked bar per
 * vendor (in the simulation's order) of `shares[r − 1]` per rank r, each segment a
 * `<rect data-vendor data-rank>` with a tooltip, its percentage printed where it fits; a legend
 * `rank 1, rank 2, …`; the iterations, spread and seed in the title and above the bars.
 * Recommended width 720 (the default).
 */
export function rankAcceptabilitySvg(
  section: RobustnessSection,
  options: ChartOptions = {},
): string {
  const prefix = safePrefix(options.idPrefix, 'rank-acceptability');
  const width = Math.max(320, finite(options.width, 720));
  const result = section.result;
  const vendors = result.vendors.filter((v) => v.eligible);
  const ranks = Math.max(0, ...vendors.map((v) => v.shares.length));
  const labelWidth = Math.min(240, Math.max(110, width * 0.3));
  const x0 = labelWidth + 10;
  const x1 = width - 24; // room for half the `100%` tick label
  const barWidth = x1 - x0;
  const fills = Array.from({ length: ranks }, (_, r) => rankFill(r + 1, ranks));
  const settings = settingsText(result);
  const body: string[] = [
    el('text', { x: 8, y: 16, fill: mutedInk }, text(`Share of draws at each rank; ${settings}`)),
  ];

  const axisY = top + vendors.length * rowHeight + 4;
  if (vendors.length === 0) {
    body.push(
      el(
        'text',
        { x: width / 2, y: top + 20, 'text-anchor': 'middle' },
        text('No eligible vendor to show.'),
      ),
    );
  } else {
    const ticks: string[] = [];
    for (const t of [0, 0.25, 0.5, 0.75, 1]) {
      const tx = x0 + t * barWidth;
      ticks.push(
        el('line', { x1: tx, x2: tx, y1: top, y2: axisY, stroke: gridInk, 'stroke-width': 1 }),
        el(
          'text',
          { x: tx, y: axisY + 14, 'text-anchor': 'middle', fill: mutedInk },
          text(percent(t)),
        ),
      );
    }
    body.push(el('g', { 'data-axis': 'x', 'font-size': 11 }, ...ticks));
  }

  vendors.forEach((v, row) => {
    const rowTop = top + row * rowHeight;
    const barY = rowTop + (rowHeight - barHeight) / 2;
    const shares = v.shares.map((s) => Math.max(0, finite(s)));
    const total = Math.max(
      1,
      shares.reduce((s, x) => s + x, 0),
    );
    const parts: string[] = [
      el(
        'g',
        { 'text-anchor': 'end' },
        tooltip(`${v.name} (${v.id}): rank 1 in ${(finite(v.pRank1) * 100).toFixed(1)}% of draws`),
        el(
          'text',
          {
            x: labelWidth,
            y: rowTop + 17,
            'font-weight': 600,
            ...fitLength(v.name, fitText(v.name, labelWidth - 4, 12, true), 12, true),
          },
          text(fitText(v.name, labelWidth - 4, 12, true)),
        ),
        el(
          'text',
          { x: labelWidth, y: rowTop + 32, 'font-size': 11, fill: mutedInk },
          text(v.baseRank === null ? 'not ranked' : `rank ${v.baseRank} as stated`),
        ),
      ),
    ];
    let offset = 0;
    shares.forEach((share, r) => {
      if (share <= 0) return;
      const w = (share / total) * barWidth;
      const sx = x0 + offset;
      offset += w;
      parts.push(
        ...barSegment(
          { x: sx, y: barY, width: w, height: barHeight },
          fills[r] ?? rankFill(r + 1, ranks),
          { 'data-vendor': v.id, 'data-rank': r + 1 },
          `${v.name}: rank ${r + 1} in ${(share * 100).toFixed(1)}% of draws`,
          percent(share),
        ),
      );
    });
    body.push(el('g', { 'data-vendor': v.id }, ...parts));
  });

  const legendY = vendors.length === 0 ? top + 40 : axisY + 26;
  const key = legend(
    fills.map((_, r) => ({
      mark: (lx: number, ly: number) => swatch(fills[r] ?? rankFill(r + 1, ranks), lx, ly),
      label: `rank ${r + 1}`,
    })),
    8,
    legendY,
    width - 16,
  );
  body.push(key.markup);

  const described = vendors.map((v) => `${v.name} first in ${percent(v.pRank1)}`).join(', ');
  return svgRoot({
    chart: 'rank-acceptability',
    prefix,
    width,
    height: legendY + key.height + 8,
    title: `Rank acceptability: ${settings}`,
    desc: `For each eligible vendor, the share of simulated weightings in which it takes each rank, rank 1 first and darkest.${described ? ` ${described}.` : ''}`,
    body,
  });
}
