/**
 * Small multiples: one panel per vendor, a horizontal bar per top-level category on 0–100 with
 * its figure printed. Easier to compare than a radar chart, and readable at any number of
 * categories.
 */
import type { CategoryProfile, CategorySplit } from '../decision-record/model.js';
import { categoryFill, hatch } from './palette.js';
import {
  el,
  finite,
  fitText,
  gridInk,
  mutedInk,
  safePrefix,
  score1,
  svgRoot,
  text,
  tooltip,
} from './svg.js';
import type { ChartOptions } from './types.js';

const gap = 16;
const headerHeight = 38;
const rowHeight = 32;
const barHeight = 11;

/** Columns of panels at a width: three across at 720, two at 480, one below. */
function columnsAt(width: number): number {
  return width >= 660 ? 3 : width >= 440 ? 2 : 1;
}

/**
 * The small multiples of every vendor's category figures (0–100), as one `<svg>`: panels in
 * ranking order, left to right then down. A figure that is null (not scored) is printed as
 * `— not scored` with no bar. Bars are `<rect data-vendor data-category>` with a tooltip.
 * Recommended width 720 (the default: three panels across).
 */
export function smallMultiplesSvg(
  profiles: readonly CategoryProfile[],
  categories: CategorySplit['categories'],
  options: ChartOptions = {},
): string {
  const prefix = safePrefix(options.idPrefix, 'small-multiples');
  const width = Math.max(240, finite(options.width, 720));
  const columns = columnsAt(width);
  const panelWidth = (width - gap * (columns - 1)) / columns;
  const panelHeight = headerHeight + Math.max(1, categories.length) * rowHeight + 8;
  const valueWidth = 40;
  const body: string[] = [];

  if (profiles.length === 0) {
    body.push(
      el('text', { x: width / 2, y: 30, 'text-anchor': 'middle' }, text('No vendors to show.')),
    );
  }
  profiles.forEach((p, n) => {
    const px = (n % columns) * (panelWidth + gap);
    const py = Math.floor(n / columns) * (panelHeight + gap);
    // the category's name on its own line above the bar: full width, so names are rarely cut
    const barX = px + 10;
    const barW = Math.max(10, panelWidth - 20 - valueWidth);
    const place = p.eligible && p.rank !== null ? `rank ${p.rank}` : 'knocked out';
    const parts: string[] = [
      tooltip(`${p.name} (${p.id}): ${place}`),
      el('rect', {
        x: px + 0.5,
        y: py + 0.5,
        width: panelWidth - 1,
        height: panelHeight - 1,
        fill: '#fff',
        stroke: p.eligible ? '#8a8a8a' : '#000',
        'stroke-width': 1,
        'stroke-dasharray': p.eligible ? undefined : '4 3',
        rx: 4,
      }),
      el(
        'text',
        { x: px + 10, y: py + 17, 'font-weight': 600 },
        text(fitText(p.name, panelWidth - 20, 12, true)),
      ),
      el(
        'text',
        {
          x: px + 10,
          y: py + 31,
          'font-size': 11,
          fill: mutedInk,
          'font-style': p.eligible ? undefined : 'italic',
        },
        text(place),
      ),
    ];
    if (categories.length === 0) {
      parts.push(
        el(
          'text',
          { x: px + 10, y: py + headerHeight + 14, fill: mutedInk },
          text('no categories'),
        ),
      );
    }
    categories.forEach((c, i) => {
      const ry = py + headerHeight + i * rowHeight;
      const value = p.scores[i];
      parts.push(
        el(
          'text',
          { x: px + 10, y: ry + 10, 'font-size': 11 },
          text(fitText(c.name, panelWidth - 20, 11)),
        ),
        el('rect', {
          x: barX,
          y: ry + 14,
          width: barW,
          height: barHeight,
          fill: '#f2f2f2',
          stroke: gridInk,
          'stroke-width': 0.75,
        }),
      );
      if (value === null || value === undefined || !Number.isFinite(value)) {
        parts.push(
          el(
            'text',
            {
              x: barX + 4,
              y: ry + 23,
              'font-size': 11,
              fill: mutedInk,
              'data-vendor': p.id,
              'data-category': c.id,
            },
            tooltip(`${c.name}: not scored`),
            text('— not scored'),
          ),
        );
        return;
      }
      const v = Math.min(100, Math.max(0, value));
      parts.push(
        el(
          'rect',
          {
            x: barX,
            y: ry + 14,
            width: (v / 100) * barW,
            height: barHeight,
            fill: categoryFill(i).colour,
            stroke: '#1a1a1a',
            'stroke-width': 0.75,
            'data-vendor': p.id,
            'data-category': c.id,
          },
          tooltip(`${c.name}: ${score1(value)} of 100`),
        ),
        hatch(categoryFill(i), { x: barX, y: ry + 14, width: (v / 100) * barW, height: barHeight }),
        el('text', { x: barX + barW + 5, y: ry + 23, 'font-size': 11 }, text(score1(value))),
      );
    });
    body.push(el('g', { 'data-vendor': p.id, 'data-eligible': String(p.eligible) }, ...parts));
  });

  const rows = Math.ceil(profiles.length / columns);
  const height = profiles.length === 0 ? 50 : rows * panelHeight + (rows - 1) * gap + 2;
  return svgRoot({
    chart: 'small-multiples',
    prefix,
    width,
    height,
    title: 'Each vendor’s figure per category (0–100)',
    desc: `One panel per vendor in ranking order, a bar per category on a 0 to 100 scale: ${categories.map((c) => c.name).join(', ') || 'no categories'}.`,
    body,
  });
}
