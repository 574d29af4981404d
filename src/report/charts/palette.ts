/**
 * The colours and pattern fills of the charts. Categories take the Okabe–Ito palette (Okabe &
 * Ito 2008, "Color Universal Design"), distinguishable under the common colour-vision
 * deficiencies; ranks take a single-hue blue ramp, darkest for rank 1, so their order reads by
 * lightness alone. Each fill is also a pattern (lines, dots, hatching), so a chart still reads
 * in greyscale print, and every fill has a legend label: colour never carries meaning alone.
 */
import { el } from './svg.js';

/** The Okabe–Ito colours, in the order categories take them (adjacent ones far apart). */
export const okabeIto = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#D55E00', // vermillion
  '#56B4E9', // sky blue
  '#CC79A7', // reddish purple
  '#F0E442', // yellow
  '#000000', // black
] as const;

/** The pattern marks, in the order fills take them. */
export const patternKinds = [
  'diagonal',
  'dots',
  'horizontal',
  'crosshatch',
  'back-diagonal',
  'vertical',
  'grid',
  'checker',
] as const;

/** A pattern's kind. */
export type PatternKind = (typeof patternKinds)[number];

/** One fill: a colour under a pattern of marks. */
export interface Fill {
  colour: string;
  pattern: PatternKind;
}

/** Relative luminance (WCAG 2) of a `#rrggbb` colour, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/**
 * The fill of category i. Past eight categories the colours repeat with the patterns shifted, so
 * no two of the first 64 share both.
 */
export function categoryFill(i: number): Fill {
  const n = okabeIto.length;
  return {
    colour: okabeIto[i % n] ?? '#000000',
    pattern: patternKinds[(i + Math.floor(i / n)) % patternKinds.length] ?? 'diagonal',
  };
}

function hex2(x: number): string {
  return Math.round(Math.min(255, Math.max(0, x)))
    .toString(16)
    .padStart(2, '0');
}

/** The fill of rank r (1-based) of `count`: dark blue for rank 1, lighter down to the last. */
export function rankFill(r: number, count: number): Fill {
  const dark = [8, 48, 107];
  const light = [198, 219, 239];
  const t = count <= 1 ? 0 : (r - 1) / (count - 1);
  const colour = `#${dark.map((d, k) => hex2(d + ((light[k] ?? d) - d) * t)).join('')}`;
  return { colour, pattern: patternKinds[(r - 1) % patternKinds.length] ?? 'diagonal' };
}

/** The id of fill i's pattern inside a chart whose ids start with `prefix`. */
export function patternId(prefix: string, i: number): string {
  return `${prefix}-pattern-${i}`;
}

/** The `fill` attribute for fill i: `url(#prefix-pattern-i)`. */
export function patternUrl(prefix: string, i: number): string {
  return `url(#${patternId(prefix, i)})`;
}

function marks(kind: PatternKind, ink: string, opacity: number): string {
  const line = (x1: number, y1: number, x2: number, y2: number) =>
    el('path', {
      d: `M${x1} ${y1}L${x2} ${y2}`,
      stroke: ink,
      'stroke-opacity': opacity,
      'stroke-width': 1.5,
    });
  const dot = (cx: number, cy: number, r: number) =>
    el('circle', { cx, cy, r, fill: ink, 'fill-opacity': opacity });
  switch (kind) {
    case 'diagonal':
      return line(0, 8, 8, 0) + line(-2, 2, 2, -2) + line(6, 10, 10, 6);
    case 'back-diagonal':
      return line(0, 0, 8, 8) + line(-2, 6, 2, 10) + line(6, -2, 10, 2);
    case 'horizontal':
      return line(0, 4, 8, 4);
    case 'vertical':
      return line(4, 0, 4, 8);
    case 'crosshatch':
      return line(0, 8, 8, 0) + line(0, 0, 8, 8);
    case 'grid':
      return line(0, 4, 8, 4) + line(4, 0, 4, 8);
    case 'dots':
      return dot(2, 2, 1.3) + dot(6, 6, 1.3);
    case 'checker':
      return el('path', { d: 'M0 0H4V4H0ZM4 4H8V8H4Z', fill: ink, 'fill-opacity': opacity * 0.7 });
  }
}

/**
 * `<defs>` with one `<pattern>` per fill, ids `prefix-pattern-i`: the colour, then the marks in
 * black on light colours and white on dark ones, so they show in colour and in greyscale.
 */
export function patternDefs(prefix: string, fills: readonly Fill[]): string {
  if (fills.length === 0) return '';
  const patterns = fills.map((f, i) => {
    const light = luminance(f.colour) > 0.3;
    return el(
      'pattern',
      {
        id: patternId(prefix, i),
        patternUnits: 'userSpaceOnUse',
        width: 8,
        height: 8,
      },
      el('rect', { width: 8, height: 8, fill: f.colour }),
      marks(f.pattern, light ? '#000' : '#fff', light ? 0.45 : 0.6),
    );
  });
  return el('defs', {}, ...patterns);
}

/** A legend swatch: a small square in fill i, outlined so light fills show on white. */
export function swatch(prefix: string, i: number, x: number, y: number, size = 14): string {
  return el('rect', {
    x,
    y,
    width: size,
    height: size,
    fill: patternUrl(prefix, i),
    stroke: '#1a1a1a',
    'stroke-width': 0.75,
  });
}
