import { unescapeBackticks } from './inert-text.js';

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
 * A Markdown code span showing `text` as typed: fenced by one backtick more than the longest
 * run of backticks inside it (CommonMark), padded by a space when it starts or ends with one.
 * A line break (which would end a list item) is shown as a space, as a code span reads it. A
 * backslash-escaped backtick (user text, `escapeBackticks`) is shown as the backtick it is.
 */
export function codeSpan(text: string): string {
  const flat = unescapeBackticks(text).replace(/\r?\n/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * Escapes text for a GFM table cell, or for a line of Markdown that holds text from a user's
 * file (`escapeText`): pipes, backslashes and line breaks keep the table and the line whole, and
 * HTML-looking text stays text (`<` as `&lt;`). Backtick code spans are kept (`` `rule-id` ``),
 * as CommonMark pairs them: a run of backticks opens a span closed by the next run of the same
 * length. A run with no partner is escaped (`` \` ``), so it cannot pair with a backtick
 * of the text around the cell. A backslash-escaped backtick (`` \` ``, how the user text of a
 * model reaches a Markdown format: `escapeBackticks` in inert-text.ts) is a plain backtick: kept
 * as it is outside a span, shown as a backtick inside one (the fence made longer). Inside a span
 * `<` is already inert, so it is left as typed.
 */
export function escapeCell(text: string): string {
  const parts = text.split(/(\\`|`+)/);
  const escapedTick = '\\`';
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (i % 2 === 0) {
      out += escapeOutsideCode(part);
      continue;
    }
    if (part === escapedTick) {
      out += part;
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
      out += part.replace(/`/g, escapedTick);
      continue;
    }
    const inside = parts.slice(i + 1, close);
    out += inside.includes(escapedTick)
      ? codeSpan(escapeInsideCode(inside.join('')))
      : part + escapeInsideCode(inside.join('')) + part;
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
