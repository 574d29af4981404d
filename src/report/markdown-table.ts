/** Column alignment in a Markdown table. */
export type Align = 'left' | 'right' | 'center';

/**
 * Outside a code span: a backslash and a pipe shown as typed, `<` as `&lt;` (so `<script>` or
 * `<img onerror=…>` in a vendor's file is text, never HTML that GitHub would read), an `&` that
 * starts an entity (`&lt;`) as `&amp;` (shown as typed, not decoded), a line break as `<br>`,
 * and `![` as `!\[`, so a Markdown image (`![](https://…/pixel.png)`) is shown as text, not
 * fetched when the page is viewed.
 */
function escapeOutsideCode(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/!\[/g, '!\\[')
    .replace(/\r?\n/g, '<br>');
}

/**
 * Inside a code span everything is shown as typed, so only what would break the line or the
 * table is changed: a pipe (GFM splits cells before it reads code spans, and drops the backslash
 * of `\|` inside them) and a line break (a space, as CommonMark reads it in a code span).
 */
function escapeInsideCode(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * Escapes text for a GFM table cell, or for a line of Markdown that holds text from a user's
 * file (`escapeText`): pipes, backslashes and line breaks keep the table and the line whole, and
 * HTML-looking text stays text (`<` as `&lt;`). Backtick code spans are kept (`` `rule-id` ``),
 * as CommonMark pairs them: a run of backticks opens a span closed by the next run of the same
 * length; a run with no partner is a plain backtick. Inside a span `<` is already inert, so it
 * is left as typed.
 */
export function escapeCell(text: string): string {
  const parts = text.split(/(`+)/);
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (i % 2 === 0) {
      out += escapeOutsideCode(part);
      continue;
    }
    // a backtick run: find the next run of the same length
    let close = -1;
    for (let j = i + 2; j < parts.length; j += 2)
      if (parts[j] === part) {
        close = j;
        break;
      }
    if (close < 0) {
      out += part;
      continue;
    }
    out += part + escapeInsideCode(parts.slice(i + 1, close).join('')) + part;
    i = close;
  }
  return out;
}

/**
 * Escapes user text for a Markdown paragraph, list item or heading (not a table cell): the same
 * rules as `escapeCell`, so the text cannot start a block, end the line, or become HTML.
 */
export function escapeText(text: string): string {
  return escapeCell(text);
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
