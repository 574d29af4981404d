import { describe, expect, it } from 'vitest';
import { escapeCell, escapeText, markdownTable } from '../../src/report/markdown-table.js';

describe('escapeCell', () => {
  it.each([
    ['pipes, backslashes and line breaks', 'a|b\\c\nd', 'a\\|b\\\\c<br>d'],
    ['a Windows line break', 'a\r\nb', 'a<br>b'],
    ['a script tag', '<script>alert(1)</script>', '&lt;script>alert(1)&lt;/script>'],
    [
      'a Markdown image, which GitHub would fetch: shown as text',
      '![x](https://example.com/p.png)',
      '!\\[x](https://example.com/p.png)',
    ],
    ['an image inside a code span, already text', '`![x](y)`', '`![x](y)`'],
    ['an image with a handler', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)>'],
    ['an entity, shown as typed', 'a &lt; b &#60; c', 'a &amp;lt; b &amp;#60; c'],
    ['a plain ampersand, left readable', 'R&D & sons', 'R&D & sons'],
    ['a code span: kept, its < left as typed', 'use `<b>` here', 'use `<b>` here'],
    ['a pipe inside a code span', 'run `a | b`', 'run `a \\| b`'],
    ['a backslash inside a code span, shown as typed', '`C:\\x`', '`C:\\x`'],
    ['a line break inside a code span', '`a\nb`', '`a b`'],
    ['a lone backtick, escaped, and HTML after it', 'it`s <b>', 'it\\`s &lt;b>'],
    ['runs of different lengths do not pair', '``a` <i>', '\\`\\`a\\` &lt;i>'],
    ['an escaped backtick (user text) stays escaped', 'a\\`b\\` <i>', 'a\\`b\\` &lt;i>'],
    ['user text with backticks cannot open a span', '\\`<i>\\`', '\\`&lt;i>\\`'],
    ['an escaped backtick inside our span: a longer fence', '`a\\`b`', '``a`b``'],
    ['a double-backtick span holding a backtick', '``a`b`` <i>', '``a`b`` &lt;i>'],
  ])('%s', (_, text, expected) => {
    expect(escapeCell(text)).toBe(expected);
  });

  it('keeps a hostile cell in its table: one row, the same number of cells', () => {
    const table = markdownTable(['Vendor', 'Note'], [['Evil | Co', '<script>\n| x | y |\n`a|b`']]);
    const lines = table.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('| Evil \\| Co | &lt;script><br>\\| x \\| y \\|<br>`a\\|b` |');
    // the unescaped pipes are exactly the three cell borders
    expect(lines[2]?.replace(/\\\|/g, '').split('|')).toHaveLength(4);
  });
});

describe('escapeText', () => {
  it('keeps user text on its line and out of HTML', () => {
    expect(escapeText('Evil <b onmouseover=x>\n# not a heading')).toBe(
      'Evil &lt;b onmouseover=x><br># not a heading',
    );
  });
});
