/**
 * Building blocks of the SVG charts: elements from attribute maps (every string attribute and
 * every text escaped, every number rounded), the root element with its accessible title and
 * description, and text measuring for layout. Pure and deterministic.
 */
import { escapeHtml } from '../html/escape.js';

/** An attribute value: strings are escaped, numbers rounded, undefined attributes left out. */
export type AttrValue = string | number | undefined;

/**
 * A coordinate or size for an attribute: at most two decimals, no `-0`, and 0 for anything not
 * finite, so no `NaN` or `Infinity` can reach the markup whatever the input.
 */
export function num(x: number): string {
  if (!Number.isFinite(x)) return '0';
  const r = Math.round(x * 100) / 100;
  return String(r === 0 ? 0 : r);
}

/** A finite number or the fallback (charts read figures that could be NaN in a broken input). */
export function finite(x: number | null | undefined, fallback = 0): number {
  return typeof x === 'number' && Number.isFinite(x) ? x : fallback;
}

function attributes(attrs: Record<string, AttrValue>): string {
  return Object.entries(attrs)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : escapeHtml(v)}"`)
    .join('');
}

/** One element: `children` is markup already built (use `text` for a user's string). */
export function el(name: string, attrs: Record<string, AttrValue>, ...children: string[]): string {
  const inner = children.join('');
  return inner === ''
    ? `<${name}${attributes(attrs)}/>`
    : `<${name}${attributes(attrs)}>${inner}</${name}>`;
}

/** Text content, escaped. */
export function text(content: string): string {
  return escapeHtml(content);
}

/** A `<title>` child: the tooltip a browser shows on hover (and what a screen reader reads). */
export function tooltip(content: string): string {
  return `<title>${escapeHtml(content)}</title>`;
}

/** The prefix made safe for an id and a `url(#…)` reference. */
export function safePrefix(prefix: string | undefined, fallback: string): string {
  const p = (prefix ?? fallback).replace(/[^A-Za-z0-9_-]/g, '_');
  return p === '' ? fallback : p;
}

/**
 * Approximate width of a text at a font size, on the generous side (DejaVu Sans, the widest of
 * the common sans-serifs), so a label cut to fit never clips. Bold DejaVu is about 7 % wider,
 * and its widest letters (W, M, m, w) reach a full em: a name of capitals once measured short
 * and ran off the chart's left edge.
 */
export function textWidth(content: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of content) {
    units += /[ .,:;|!il1'()[\]]/.test(ch)
      ? 0.34
      : /[MWmw@—…]/.test(ch)
        ? 1
        : /[A-Z%]/.test(ch)
          ? 0.82
          : 0.65;
  }
  return units * fontSize * (bold ? 1.07 : 1);
}

/** The text cut to fit a width, with an ellipsis when cut. */
export function fitText(content: string, width: number, fontSize: number, bold = false): string {
  if (textWidth(content, fontSize, bold) <= width) return content;
  const chars = [...content];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(chars.slice(0, mid).join('') + '…', fontSize, bold) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/**
 * Attributes that hold a text cut by `fitText` to its measured width whatever font the reader
 * has (`textLength`), so a cut label stays inside its column; nothing for a text not cut.
 */
export function fitLength(
  content: string,
  fitted: string,
  fontSize: number,
  bold = false,
): Record<string, AttrValue> {
  if (fitted === content) return {};
  return {
    textLength: textWidth(fitted, fontSize, bold),
    lengthAdjust: 'spacingAndGlyphs',
  };
}

/** Font stack: the reader's own sans-serif; nothing is loaded. */
export const fontFamily =
  'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif';

/** Dark grey for secondary text: 10:1 on white. */
export const mutedInk = '#3d3d3d';
/** Light grey for grid lines and tracks. */
export const gridInk = '#d0d0d0';

/** The root `<svg>`: scales to its container's width, height from the view box. */
export function svgRoot(o: {
  chart: 'stacked-bars' | 'small-multiples' | 'value-map' | 'rank-acceptability';
  prefix: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  body: string[];
}): string {
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${num(o.width)} ${num(Math.max(1, o.height))}`,
      width: '100%',
      preserveAspectRatio: 'xMidYMin meet',
      role: 'img',
      'aria-labelledby': `${o.prefix}-title ${o.prefix}-desc`,
      'data-chart': o.chart,
      'font-family': fontFamily,
      'font-size': 12,
      fill: '#000',
    },
    el('title', { id: `${o.prefix}-title` }, text(o.title)),
    el('desc', { id: `${o.prefix}-desc` }, text(o.desc)),
    ...o.body,
  );
}

/** A score for reading inside a chart: one decimal. */
export function score1(x: number): string {
  return finite(x).toFixed(1);
}

/** A share (0–1) as a whole percentage: `81%`. */
export function percent(share: number): string {
  return `${Math.round(finite(share) * 100)}%`;
}

/** A number with thousands separators at `decimals` decimals: `12,500`. */
export function thousands(x: number, decimals = 0): string {
  const fixed = finite(x).toFixed(decimals);
  const [int = '0', frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const out = frac === undefined ? grouped : `${grouped}.${frac}`;
  return /^-0(\.0*)?$/.test(out) ? out.slice(1) : out;
}

/** Text drawn with a white halo, readable on any fill and pattern (and in greyscale print). */
export function haloText(attrs: Record<string, AttrValue>, content: string): string {
  return el(
    'text',
    {
      ...attrs,
      stroke: '#fff',
      'stroke-width': 3,
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
    },
    text(content),
  );
}

/**
 * A segment's value written inside it, centred, with a halo so it reads on any fill; undefined
 * when the segment is too narrow for the text (the tooltip still gives it).
 */
export function segmentLabel(
  label: string,
  box: { x: number; y: number; width: number; height: number },
): string | undefined {
  if (box.width < textWidth(label, 11) + 8) return undefined;
  return haloText(
    {
      x: box.x + box.width / 2,
      y: box.y + box.height / 2 + 4,
      'text-anchor': 'middle',
      'font-size': 11,
    },
    label,
  );
}
