import { describe, expect, it } from 'vitest';
import { csvComment, csvField, formatCsvRows, neutralizeFormula } from '../../src/report/csv.js';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [null, ''],
    [true, 'true'],
    [84.5, '84.5'],
    // typed numbers stay numbers, negative ones too: they are not a user's text
    [-3.5, '-3.5'],
    // OWASP: a cell a spreadsheet reads as a formula is text, a quote in front, quoted
    ['=HYPERLINK("http://x","click")', '"\'=HYPERLINK(""http://x"",""click"")"'],
    ['+1-2', '"\'+1-2"'],
    ['-2+3', '"\'-2+3"'],
    ['@SUM(A1)', '"\'@SUM(A1)"'],
    ['\tTab', '"\'\tTab"'],
    ['\rCR', '"\'\rCR"'],
    // after leading spaces or quotes, and in full-width forms
    ['  =1+1', '"\'  =1+1"'],
    ['"=1+1"', '"\'""=1+1"""'],
    ['＝1+1', '"\'＝1+1"'],
    ['＠SUM(A1)', '"\'＠SUM(A1)"'],
    // a formula character later in the text is harmless
    ['a=b', 'a=b'],
    ['R&D - sons', 'R&D - sons'],
    // text that looks like a negative number is still text from a file: neutralised
    ['-3.5', '"\'-3.5"'],
  ] as const)('%o → %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('neutralizeFormula', () => {
  it('leaves text a spreadsheet shows as text', () => {
    expect(neutralizeFormula('Acme BPO')).toBe('Acme BPO');
    expect(neutralizeFormula('')).toBe('');
    // a leading quote is skipped like a space: the quote added in front makes the strip in
    // docs/cli.md give back exactly "'=x"
    expect(neutralizeFormula("'=x")).toBe("''=x");
  });
});

describe('formatCsvRows', () => {
  it('ends every row with CRLF', () => {
    expect(
      formatCsvRows([
        ['id', 'score'],
        ['=x', -1],
      ]),
    ).toBe('id,score\r\n"\'=x",-1\r\n');
  });
});

describe('csvComment', () => {
  it('keeps our own comment as it is', () => {
    expect(csvComment('weights overridden: a=40 (was 20), b=10 (was 5)')).toBe(
      '# weights overridden: a=40 (was 20), b=10 (was 5)',
    );
  });

  it('makes every cell a spreadsheet would split off inert, on one line', () => {
    expect(csvComment('skipped: x.yaml:1:1 bad,=HYPERLINK("x"), "=1+1"\nrow,@SUM(A1)')).toBe(
      '# skipped: x.yaml:1:1 bad,\'=HYPERLINK("x"),\' "=1+1" row,\'@SUM(A1)',
    );
  });
});
