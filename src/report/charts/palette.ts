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

/** A rectangle in chart coordinates. */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const tile = 8;

/** The part of segment (ax,ay)–(bx,by) inside the box (Liang–Barsky), or null. */
function clipSegment(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  b: Box,
): [number, number, number, number] | null {
  const dx = bx - ax;
  const dy = by - ay;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, ax - b.x],
    [dx, b.x + b.width - ax],
    [-dy, ay - b.y],
    [dy, b.y + b.height - ay],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return null;
  }
  return [ax + t0 * dx, ay + t0 * dy, ax + t1 * dx, ay + t1 * dy];
}

const r2 = (v: number) => String(Math.round(v * 100) / 100);

/** Lines of one family across the box: `k·tile + offset` along `dir`. */
function lines(b: Box, dir: 'h' | 'v' | 'slash' | 'backslash', offset: number): string[] {
  const out: string[] = [];
  const right = b.x + b.width;
  const bottom = b.y + b.height;
  const push = (ax: number, ay: number, bx: number, by: number) => {
    const s = clipSegment(ax, ay, bx, by, b);
    if (s && (s[0] !== s[2] || s[1] !== s[3]))
      out.push(`M${r2(s[0])} ${r2(s[1])}L${r2(s[2])} ${r2(s[3])}`);
  };
  // each family is c = k·tile + offset for a coordinate c (y, x, x+y or x−y)
  const span = (lo: number, hi: number) => {
    const ks: number[] = [];
    for (let k = Math.ceil((lo - offset) / tile); k * tile + offset <= hi; k++)
      ks.push(k * tile + offset);
    return ks;
  };
  if (dir === 'h') for (const c of span(b.y, bottom)) push(b.x, c, right, c);
  if (dir === 'v') for (const c of span(b.x, right)) push(c, b.y, c, bottom);
  if (dir === 'slash')
    for (const c of span(b.x + b.y, right + bottom)) push(c - b.y, b.y, c - bottom, bottom);
  if (dir === 'backslash')
    for (const c of span(b.x - bottom, right - b.y)) push(c + b.y, b.y, c + bottom, bottom);
  return out;
}

/** The pattern's marks across the box as path data, clipped to it (same grid as an 8×8 tile). */
function markPath(kind: PatternKind, b: Box): { d: string; filled: boolean } {
  const right = b.x + b.width;
  const bottom = b.y + b.height;
  switch (kind) {
    case 'diagonal':
      return { d: lines(b, 'slash', 0).join(''), filled: false };
    case 'back-diagonal':
      return { d: lines(b, 'backslash', 0).join(''), filled: false };
    case 'horizontal':
      return { d: lines(b, 'h', 4).join(''), filled: false };
    case 'vertical':
      return { d: lines(b, 'v', 4).join(''), filled: false };
    case 'crosshatch':
      return { d: [...lines(b, 'slash', 0), ...lines(b, 'backslash', 0)].join(''), filled: false };
    case 'grid':
      return { d: [...lines(b, 'h', 4), ...lines(b, 'v', 4)].join(''), filled: false };
    case 'dots': {
      const r = 1.3;
      const out: string[] = [];
      for (let ty = Math.floor(b.y / tile) * tile; ty < bottom; ty += tile)
        for (let tx = Math.floor(b.x / tile) * tile; tx < right; tx += tile)
          for (const [cx, cy] of [
            [tx + 2, ty + 2],
            [tx + 6, ty + 6],
          ] as const)
            if (cx - r >= b.x && cx + r <= right && cy - r >= b.y && cy + r <= bottom)
              out.push(
                `M${r2(cx - r)} ${r2(cy)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`,
              );
      return { d: out.join(''), filled: true };
    }
    case 'checker': {
      const out: string[] = [];
      for (let ty = Math.floor(b.y / tile) * tile; ty < bottom; ty += tile)
        for (let tx = Math.floor(b.x / tile) * tile; tx < right; tx += tile)
          for (const [sx, sy] of [
            [tx, ty],
            [tx + 4, ty + 4],
          ] as const) {
            const ax = Math.max(sx, b.x);
            const ay = Math.max(sy, b.y);
            const bx = Math.min(sx + 4, right);
            const by = Math.min(sy + 4, bottom);
            if (bx > ax && by > ay) out.push(`M${r2(ax)} ${r2(ay)}H${r2(bx)}V${r2(by)}H${r2(ax)}Z`);
          }
      return { d: out.join(''), filled: true };
    }
  }
}

/**
 * The pattern of a fill drawn over a box as one plain `<path>` (black marks on light colours,
 * white on dark ones, so they show in colour and in greyscale). Plain geometry rather than an
 * SVG `<pattern>`: Chromium's PDF printer turns every `<pattern>` fill into a bitmap (the
 * example's record printed at 10 MB), while paths print as vectors. Marks ignore the pointer,
 * so the tooltip of the box under them still shows.
 */
export function hatch(fill: Fill, box: Box): string {
  const light = luminance(fill.colour) > 0.3;
  const ink = light ? '#000' : '#fff';
  const opacity = light ? 0.45 : 0.6;
  const { d, filled } = markPath(fill.pattern, box);
  if (d === '') return '';
  return el('path', {
    d,
    ...(filled
      ? { fill: ink, 'fill-opacity': fill.pattern === 'checker' ? opacity * 0.7 : opacity }
      : { fill: 'none', stroke: ink, 'stroke-opacity': opacity, 'stroke-width': 1.5 }),
    'data-pattern': fill.pattern,
    'pointer-events': 'none',
  });
}

/** A legend swatch: a small square in the fill, outlined so light fills show on white. */
export function swatch(fill: Fill, x: number, y: number, size = 14): string {
  return (
    el('rect', { x, y, width: size, height: size, fill: fill.colour }) +
    hatch(fill, { x, y, width: size, height: size }) +
    el('rect', {
      x,
      y,
      width: size,
      height: size,
      fill: 'none',
      stroke: '#1a1a1a',
      'stroke-width': 0.75,
    })
  );
}
