/**
 * Where the value map's labels go: beside their dot, clear of each other, of the dots and of the
 * Pareto front's line, inside the plot. Greedy and crude, enough for a committee's handful of
 * vendors; deterministic.
 */
import { textWidth } from './svg.js';

/** The labels' font size. */
export const labelSize = 11;

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Where each label goes: the first of right, left, above, below (then further above and below)
 * that stays inside the chart and clear of the labels placed so far and of the dots; failing
 * that, the spot with the least overlap. Crude, and enough for a committee's handful of vendors.
 */
export function placeLabels(
  points: readonly { x: number; y: number; label: string }[],
  line: readonly { x: number; y: number }[],
  bounds: Box,
): { x: number; y: number; anchor: 'start' | 'middle' | 'end' }[] {
  const dots: Box[] = points.map((p) => ({
    x0: p.x - 11,
    y0: p.y - 11,
    x1: p.x + 11,
    y1: p.y + 11,
  }));
  // the front's line, as small boxes every few units along it: a label should not sit on it
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1];
    const b = line[i];
    if (a === undefined || b === undefined) continue;
    const steps = Math.min(400, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 6));
    for (let k = 0; k <= steps; k++) {
      const t = steps === 0 ? 0 : k / steps;
      const x = a.x + (b.x - a.x) * t;
      const y = a.y + (b.y - a.y) * t;
      dots.push({ x0: x - 2, y0: y - 2, x1: x + 2, y1: y + 2 });
    }
  }
  const placed: Box[] = [];
  return points.map((p) => {
    const w = textWidth(p.label, labelSize);
    const candidates = [
      { x: p.x + 15, y: p.y + 4, anchor: 'start' as const },
      { x: p.x - 15, y: p.y + 4, anchor: 'end' as const },
      { x: p.x, y: p.y - 14, anchor: 'middle' as const },
      { x: p.x, y: p.y + 23, anchor: 'middle' as const },
      { x: p.x + 15, y: p.y - 14, anchor: 'start' as const },
      { x: p.x - 15, y: p.y + 23, anchor: 'end' as const },
      { x: p.x, y: p.y - 28, anchor: 'middle' as const },
      { x: p.x, y: p.y + 37, anchor: 'middle' as const },
    ];
    let best = candidates[0] ?? { x: p.x, y: p.y, anchor: 'start' as const };
    let bestCost = Infinity;
    let bestBox: Box = { x0: 0, y0: 0, x1: 0, y1: 0 };
    for (const c of candidates) {
      const x0 = c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - w : c.x - w / 2;
      const box = { x0, y0: c.y - labelSize + 1, x1: x0 + w, y1: c.y + 3 };
      const outside =
        box.x0 < bounds.x0 || box.x1 > bounds.x1 || box.y0 < bounds.y0 || box.y1 > bounds.y1;
      const cost =
        (outside ? 1e6 : 0) +
        placed.reduce((s, b) => s + overlap(b, box), 0) +
        dots.reduce((s, b) => s + overlap(b, box), 0);
      if (cost < bestCost) {
        best = c;
        bestCost = cost;
        bestBox = box;
      }
      if (cost === 0) break;
    }
    placed.push(bestBox);
    return best;
  });
}
