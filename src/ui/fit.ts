import { renderTable, type Align } from './table.js';
import { displayWidth, stripAnsi } from './width.js';
import { wrapText } from './wrap.js';

/** One column of a table that fits the terminal. */
export interface Column {
  /** Header text (may be styled, may hold a line break). */
  header: string;
  /** What the "hidden for width" note calls the column; defaults to the header's first line. */
  name?: string;
  align?: Align;
  /**
   * Width of the cell text (padding not counted) the column always has, long text wrapping at it;
   * without one the column is as wide as its widest cell.
   */
  width?: number;
  /** The column may be narrowed, its text wrapped, down to `minWidth` (default 8). */
  wrap?: boolean;
  minWidth?: number;
  /** Wrapping columns are narrowed lowest `narrow` first (default: declared order). */
  narrow?: number;
  /**
   * When narrowing the wrapping columns is not enough, columns with a `drop` are hidden one at
   * a time, lowest `drop` first; a column without one is never hidden.
   */
  drop?: number;
}

/** A table fitted to a width. */
export interface FittedTable {
  text: string;
  /** Names of the columns hidden for width, in the order they went. */
  hidden: string[];
  /** False when the table is wider than the width even at its narrowest. */
  fits: boolean;
}

/** Width of a table with these text widths: one space of padding each side, one border each. */
function tableWidth(widths: readonly number[]): number {
  return widths.reduce((s, w) => s + w + 2, 0) + widths.length + 1;
}

/**
 * Renders a box-drawn table no wider than `maxWidth` when it can: first the wrapping columns are
 * narrowed, in declared order, each only as far as needed and never below its minimum; when that
 * is not enough the column with the lowest `drop` is hidden and the table fitted again from its
 * natural widths, and so on one column at a time. Without `maxWidth` (a file, a pipe) the table
 * keeps its natural widths. The one fitting algorithm behind every table view.
 */
export function fitTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  maxWidth?: number,
): FittedTable {
  const natural = columns.map(
    (c, i) =>
      c.width ?? Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i] ?? ''))),
  );
  const dropOrder = columns
    .map((c, i) => ({ i, drop: c.drop }))
    .filter((x): x is { i: number; drop: number } => x.drop !== undefined)
    .sort((a, b) => a.drop - b.drop || b.i - a.i)
    .map((x) => x.i);
  const hidden = new Set<number>();
  for (;;) {
    const shown = columns.map((_, i) => i).filter((i) => !hidden.has(i));
    const widths = shown.map((i) => natural[i] ?? 0);
    let excess = maxWidth === undefined ? 0 : tableWidth(widths) - maxWidth;
    let narrowed = false;
    const order = shown
      .map((i, k) => ({ i, k, at: columns[i]?.narrow ?? i }))
      .sort((a, b) => a.at - b.at || a.i - b.i);
    order.forEach(({ i, k }) => {
      const c = columns[i];
      const w = widths[k] ?? 0;
      if (excess <= 0 || !c?.wrap) return;
      const cut = Math.min(excess, Math.max(0, w - Math.min(w, c.minWidth ?? 8)));
      if (cut > 0) {
        widths[k] = w - cut;
        excess -= cut;
        narrowed = true;
      }
    });
    const next = dropOrder.find((i) => !hidden.has(i));
    if (excess > 0 && next !== undefined) {
      hidden.add(next);
      continue;
    }
    const pick = <T>(list: readonly T[]): T[] => shown.map((i) => list[i] as T);
    const body = rows.map((r) => pick(r.map((cell) => cell ?? '')));
    const head = pick(columns.map((c) => c.header));
    const align = pick(columns.map((c) => c.align ?? 'left'));
    const fixed = shown.some((i) => columns[i]?.width !== undefined);
    const text =
      !narrowed && !fixed
        ? renderTable(body, { head, align })
        : renderTable(
            narrowed
              ? body.map((r) =>
                  // continuation lines keep the cell's own indent (a tree's depth)
                  r.map((cell, k) => wrapText(cell, widths[k] ?? 1, /^ */.exec(cell)?.[0] ?? '')),
                )
              : body,
            {
              head: narrowed ? head.map((h, k) => wrapText(h, widths[k] ?? 1)) : head,
              align,
              widths: widths.map((w) => w + 2),
            },
          );
    return {
      text,
      hidden: [...hidden].map((i) => columnName(columns[i])),
      fits: excess <= 0,
    };
  }
}

function columnName(c: Column | undefined): string {
  return c?.name ?? stripAnsi(c?.header ?? '').split('\n')[0] ?? '';
}

/** The note under a table that lost columns for width; undefined when none did. */
export function hiddenNote(hidden: readonly string[]): string | undefined {
  return hidden.length
    ? `hidden for width: ${hidden.join(', ')} (widen the terminal or use --format markdown)`
    : undefined;
}
