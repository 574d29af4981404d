import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/io/source.js';
import { lines } from './helpers.js';

/** A vendor file as a user writes it; each test breaks one line of it. */
const vendor = [
  'vendor: costa-care', // 1
  'name: Costa Care', // 2
  'profile:', // 3
  '  hq: Lisbon', // 4
  '  delivery: [PT, ES]', // 5
  'answers:', // 6
  '  sla-voice-service-level:', // 7
  '    value: 85', // 8
  '    evidence: "ACD reports"', // 9
  '  sla-abandon-rate: { value: 3, evidence: "ACD" }', // 10
  '  sla-chat-first-response: 45', // 11
  '  sla-email-response: 4', // 12
  '  sla-social-response: 60', // 13
  '  sla-case-resolution: 36', // 14
  '  capability-channels: [voice, chat, email]', // 15
  '  sla-measurement-period: daily', // 16
  '  sla-csat: 89', // 17
  'pricing:', // 18
  '  model: per-hour', // 19
  '  currency: EUR', // 20
  '',
];

/** The issues of `vendor` with line `n` (1-based) replaced by `text`. */
function broken(...edits: [number, string][]): string[] {
  const text = [...vendor];
  for (const [n, line] of edits) text[n - 1] = line;
  return lines(parseSource('costa.yaml', text.join('\n')).issues);
}

describe('YAML syntax errors: one per problem, at the line to change, in plain words', () => {
  it('leaves a well-formed file alone', () => {
    expect(broken()).toEqual([]);
  });

  it('an answer indented more than its siblings, after a value on the line above', () => {
    expect(broken([12, '    sla-email-response: 4'])).toEqual([
      'costa.yaml:12:5 error this line is indented more than the key above it expects (yaml-syntax) — line it up with its siblings, using spaces',
    ]);
  });

  it('a key of an answer indented more than the key above it', () => {
    expect(broken([9, '      evidence: "ACD reports"'])).toEqual([
      'costa.yaml:9:7 error this line is indented more than the key above it expects (yaml-syntax) — line it up with its siblings, using spaces',
    ]);
  });

  it('an answer indented more than its siblings, after a { } value', () => {
    expect(broken([11, '    sla-chat-first-response: 45'])).toEqual([
      'costa.yaml:11:5 error this line is indented more than the key above it expects (yaml-syntax) — line it up with its siblings, using spaces',
    ]);
  });

  it('a line indented less than its block, once for the whole block', () => {
    expect(broken([9, ' evidence: "ACD reports"'])).toEqual([
      'costa.yaml:9:2 error this line is indented less than the lines of its block (yaml-syntax) — line it up with its siblings, using spaces',
    ]);
  });

  it('one tab is one error, not one per following line', () => {
    expect(broken([11, '\tsla-chat-first-response: 45'])).toEqual([
      'costa.yaml:11:1 error a tab is used for indentation; YAML indents with spaces (yaml-syntax) — replace the tab with spaces',
    ]);
  });

  it('a missing colon, at the key that lacks it', () => {
    expect(broken([11, '  sla-chat-first-response 45'])).toEqual([
      'costa.yaml:11:3 error this line has no colon after its key (yaml-syntax) — write the key, a colon and a space, then the value: key: value',
    ]);
    expect(broken([11, '  sla-chat-first-response:45'])).toEqual([
      'costa.yaml:11:3 error this line has no colon after its key (yaml-syntax) — put a space after the colon: key: value',
    ]);
    expect(broken([18, 'pricing'])).toEqual([
      'costa.yaml:18:1 error this line has no colon after its key (yaml-syntax) — write the key, a colon and a space, then the value: key: value',
    ]);
  });

  it('an unclosed quote, at the quote that opens it', () => {
    expect(broken([11, '  sla-chat-first-response: "45'])).toEqual([
      'costa.yaml:11:28 error this " opens a quoted text that is never closed (yaml-syntax) — add the closing " at the end of the text',
    ]);
    expect(broken([16, "  sla-measurement-period: 'daily"])).toEqual([
      "costa.yaml:16:27 error this ' opens a quoted text that is never closed (yaml-syntax) — add the closing ' at the end of the text",
    ]);
  });

  it('an unclosed flow [ or {, at the bracket', () => {
    expect(broken([15, '  capability-channels: [voice, chat, email'])).toEqual([
      'costa.yaml:15:24 error this [ is never closed (yaml-syntax) — close it with ], or indent the lines that continue it',
    ]);
    expect(broken([10, '  sla-abandon-rate: { value: 3, evidence: "ACD"'])).toEqual([
      'costa.yaml:10:21 error this { is never closed (yaml-syntax) — close it with }, or indent the lines that continue it',
    ]);
  });

  it('a stray closing bracket: nothing after it is read, so nothing after it is reported', () => {
    expect(broken([15, '  capability-channels: [voice, chat, email]]'])).toEqual([
      'costa.yaml:15:44 error unexpected "]": the file cannot be read past this point (yaml-syntax) — remove the extra ], or put the whole value in quotes',
    ]);
  });

  it('a value holding ": ", a list item among keys, a reserved first character', () => {
    expect(broken([2, 'name: Costa: Care'])).toEqual([
      'costa.yaml:2:7 error a value that holds ": " must be in quotes (yaml-syntax) — write it as "Costa: Care"',
    ]);
    expect(broken([16, '  - sla-measurement-period: daily'])).toEqual([
      'costa.yaml:16:3 error a list item (- ) where a key is expected (yaml-syntax) — line it up with the other "- " items of its list, or remove the "- "',
    ]);
    expect(broken([16, '  sla-measurement-period: @daily'])).toEqual([
      'costa.yaml:16:27 error a value cannot start with @ unless it is in quotes (yaml-syntax) — write it as "@daily"',
    ]);
  });

  it('a bad escape in double quotes, and an alias with no anchor', () => {
    expect(broken([9, '    evidence: "C:\\docs\\acd.pdf"'])).toEqual([
      'costa.yaml:9:18 error a backslash in double quotes starts an escape, and this one is not valid (yaml-syntax) — write \\\\ for a backslash, or use single quotes',
    ]);
    expect(broken([17, '  sla-csat: *csat'])).toEqual([
      'costa.yaml:17:13 error the alias *csat refers to no anchor &csat above it (yaml-syntax) — define &csat before this line, or write the value out',
    ]);
  });

  it('in a list of mappings (a criteria set): at the line to change, even after a comment', () => {
    const set = [
      'id: demo', // 1
      'criteria:', // 2
      '  - id: quality', // 3
      '    type: scale', // 4
      '  # price per hour', // 5
      '    - id: price', // 6
      '    type: number', // 7
      '  - id: speed', // 8
      '   type: number', // 9
      '',
    ];
    const issues = (text: string[]) => lines(parseSource('set.yaml', text.join('\n')).issues);
    expect(issues(set)).toEqual([
      'set.yaml:6:5 error a list item (- ) where a key is expected (yaml-syntax) — line it up with the other "- " items of its list, or remove the "- "',
    ]);
    set[5] = '  - id: price';
    expect(issues(set)).toEqual([
      'set.yaml:9:4 error this line is indented less than the lines of its block (yaml-syntax) — line it up with its siblings, using spaces',
    ]);
  });

  it('reports problems in different top-level blocks separately', () => {
    expect(broken([4, '\thq: Lisbon'], [12, '    sla-email-response: 4'])).toEqual([
      'costa.yaml:4:1 error a tab is used for indentation; YAML indents with spaces (yaml-syntax) — replace the tab with spaces',
      'costa.yaml:12:5 error this line is indented more than the key above it expects (yaml-syntax) — line it up with its siblings, using spaces',
    ]);
  });

  it('a duplicate key names the key and the line of its first occurrence; each one is reported', () => {
    expect(broken([14, '  sla-chat-first-response: 36'], [20, '  model: per-seat'])).toEqual([
      'costa.yaml:14:3 error duplicate key "sla-chat-first-response" (first at line 11) (duplicate-key) — keep one of them: remove this one or the one at line 11, or merge them',
      'costa.yaml:20:3 error duplicate key "model" (first at line 19) (duplicate-key) — keep one of them: remove this one or the one at line 19, or merge them',
    ]);
  });
});
