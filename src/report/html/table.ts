// One HTML table builder: every cell's text is escaped here, so no section builds a row by hand.
import { escapeHtml } from './escape.js';
import { attrs } from './markup.js';

/** A cell: plain text, or text with a class, a sort key, or extra lines. */
export type Cell =
  | string
  | {
      /** The cell's text (escaped; line breaks kept). */
      text: string;
      className?: string | undefined;
      /** What the sortable table sorts by, when not the text (a number for numeric columns). */
      sort?: string | number | undefined;
      /** Markup built by `markup.ts` (already escaped), placed after the text. */
      html?: string | undefined;
    };

/** One body row: its cells, and the row's class and vendor when it has them. */
export interface Row {
  cells: readonly Cell[];
  className?: string | undefined;
  vendor?: string | undefined;
}

/** A table: its header cells, rows, and which columns hold figures (aligned right). */
export interface TableSpec {
  head: readonly string[];
  rows: readonly Row[];
  className?: string | undefined;
  caption?: string | undefined;
  /** Column indexes of figures, right-aligned. */
  numeric?: readonly number[] | undefined;
  /** The column that names the row (`<th scope="row">`); default the first. */
  rowHeader?: number | undefined;
}

function cellText(text: string): string {
  return escapeHtml(text).replace(/\n/g, '<br>');
}

function cell(c: Cell, numeric: boolean, tag: 'td' | 'th'): string {
  const spec = typeof c === 'string' ? { text: c } : c;
  const cls = [numeric ? 'num' : undefined, spec.className].filter(Boolean).join(' ');
  const a = attrs({
    scope: tag === 'th' ? 'row' : undefined,
    class: cls || undefined,
    'data-sort': spec.sort === undefined ? undefined : String(spec.sort),
  });
  return `<${tag}${a}>${cellText(spec.text)}${spec.html ?? ''}</${tag}>`;
}

/**
 * A table inside a box that scrolls sideways on a narrow screen. The cell that names each row
 * (`rowHeader`) is a `<th scope="row">`, so a screen reader names the row.
 */
export function htmlTable(spec: TableSpec): string {
  const numeric = new Set(spec.numeric ?? []);
  const rowHeader = spec.rowHeader ?? 0;
  const head = spec.head
    .map(
      (h, i) =>
        `<th${attrs({ scope: 'col', class: numeric.has(i) ? 'num' : undefined })}>${cellText(h)}</th>`,
    )
    .join('');
  const rows = spec.rows
    .map(
      (r) =>
        `<tr${attrs({ class: r.className, 'data-vendor': r.vendor })}>${r.cells
          .map((c, i) => cell(c, numeric.has(i), i === rowHeader ? 'th' : 'td'))
          .join('')}</tr>`,
    )
    .join('\n');
  // above the scrolling box, not a <caption>: a caption is as wide as its table, so on a phone
  // it would run off the screen with it
  const caption = spec.caption ? `<p class="caption">${cellText(spec.caption)}</p>` : '';
  return `${caption}<div class="scroll"><table${attrs({ class: spec.className })}><thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody></table></div>`;
}
