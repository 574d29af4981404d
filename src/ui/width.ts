import { fastStringWidth } from './fast-width.js';

// eslint-disable-next-line no-control-regex -- matches ANSI colour escapes (ESC [ … m)
const sgr = /\u001b\[[0-9;]*m/g;

/** The text without ANSI colour escapes. */
export function stripAnsi(text: string): string {
  return text.replace(sgr, '');
}

/**
 * Display width of one line in terminal columns: ANSI colour escapes count 0, East Asian wide
 * characters and emoji 2. The same measure cli-table3 lays its columns out with, so a fitted
 * table and the text around it agree.
 */
export function lineWidth(line: string): number {
  return fastStringWidth(line);
}

/** Display width of the widest line of a terminal text (ANSI colour escapes do not count). */
export function displayWidth(text: string): number {
  return Math.max(...text.split('\n').map(lineWidth));
}

/**
 * `text` cut to at most `width` terminal columns, an ellipsis marking the cut; whole characters
 * only (a wide character or an emoji is never split).
 */
export function truncate(text: string, width: number): string {
  if (lineWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = lineWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}
