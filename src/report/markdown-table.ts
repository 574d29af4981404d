/** Column alignment in a Markdown table. */
export type Align = 'left' | 'right' | 'center';

/** Escapes text for a GFM table cell: pipes, backslashes and line breaks. */
export function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** A GitHub-flavoured Markdown table with alignment colons. */
export function markdownTable(head: string[], rows: string[][], align: Align[] = []): string {
  const sep = head.map((_, i) => {
    const a = align[i] ?? 'left';
    return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
  });
  const line = (cells: string[]): string => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(head), `| ${sep.join(' | ')} |`, ...rows.map(line)].join('\n') + '\n';
}
