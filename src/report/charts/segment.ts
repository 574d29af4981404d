import { hatch, type Fill } from './palette.js';
import { el, segmentLabel, tooltip, type AttrValue } from './svg.js';

/**
 * One segment of a horizontal stacked bar: the coloured rectangle (with its data attributes and
 * tooltip), its pattern marks over it, and its value inside when it fits. Shared by the stacked
 * bars and the rank-acceptability bars, so both draw a segment the same way.
 */
export function barSegment(
  box: { x: number; y: number; width: number; height: number },
  fill: Fill,
  data: Record<string, AttrValue>,
  tip: string,
  label: string,
): string[] {
  const rect = el(
    'rect',
    { ...box, fill: fill.colour, stroke: '#1a1a1a', 'stroke-width': 0.75, ...data },
    tooltip(tip),
  );
  const inside = segmentLabel(label, box);
  return [rect, hatch(fill, box), ...(inside ? [inside] : [])];
}
