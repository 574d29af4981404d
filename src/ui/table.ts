import Table from 'cli-table3';

/** Column alignment in a terminal table. */
export type Align = 'left' | 'right' | 'center';

/** Options of a terminal table. */
export interface TableOptions {
  head: string[];
  align?: Align[];
  /** Fixed column widths, padding included; long cells wrap at them. */
  widths?: (number | null)[];
  /** No separator lines between body rows (default true). */
  compact?: boolean;
}

/**
 * A box-drawn terminal table. cli-table3's own colours ignore NO_COLOR and pipes, so they are
 * switched off here and cells arrive already styled by the caller's theme. Views call it through
 * `fitTable` (ui/fit.ts), which fits it to the terminal.
 */
export function renderTable(rows: readonly (readonly string[])[], options: TableOptions): string {
  const table = new Table({
    head: options.head,
    style: {
      head: [],
      border: [],
      'padding-left': 1,
      'padding-right': 1,
      compact: options.compact ?? true,
    },
    colAligns: options.align,
    ...(options.widths ? { colWidths: options.widths, wordWrap: true } : {}),
  });
  for (const row of rows) table.push([...row]);
  return table.toString();
}
