/** A chart's legend: swatches (or marks) with labels, flowed into rows across a width. */
import { el, fitText, text, textWidth } from './svg.js';

/** One legend entry: its mark drawn in a 14 × 14 box at (x, y), and its label. */
export interface LegendItem {
  mark: (x: number, y: number) => string;
  label: string;
  /** Hover text (the full label when it had to be cut). */
  title?: string | undefined;
}

const fontSize = 12;
const rowHeight = 20;
const box = 14;
const gap = 18;

/**
 * The legend at (x, y) flowed into rows no wider than `width`; returns its markup and height
 * (0 when empty). A label too long for a whole row is cut with an ellipsis.
 */
export function legend(
  items: readonly LegendItem[],
  x: number,
  y: number,
  width: number,
): { markup: string; height: number } {
  if (items.length === 0) return { markup: '', height: 0 };
  const parts: string[] = [];
  let cx = x;
  let cy = y;
  for (const item of items) {
    const label = fitText(item.label, Math.max(20, width - box - 6), fontSize);
    const w = box + 6 + textWidth(label, fontSize);
    if (cx > x && cx + w > x + width) {
      cx = x;
      cy += rowHeight;
    }
    const title = item.title ?? (label === item.label ? undefined : item.label);
    parts.push(
      el(
        'g',
        {},
        title === undefined ? '' : el('title', {}, text(title)),
        item.mark(cx, cy),
        el('text', { x: cx + box + 6, y: cy + 11 }, text(label)),
      ),
    );
    cx += w + gap;
  }
  return {
    markup: el('g', { 'data-legend': '', 'font-size': fontSize }, ...parts),
    height: cy - y + rowHeight,
  };
}
