import { describe, expect, it } from 'vitest';
import { makeTheme } from '../../src/ui/theme.js';
import { fitLines, wrapText } from '../../src/ui/wrap.js';
import { lineWidth, stripAnsi, truncate } from '../../src/ui/width.js';

describe('wrapText', () => {
  it('leaves text that fits alone', () => {
    expect(wrapText('short line', 20)).toBe('short line');
  });

  it('breaks at spaces with a hanging indent', () => {
    expect(wrapText('one two three four five', 11, '  ')).toBe('one two\n  three\n  four five');
  });

  it('breaks a long word after a hyphen, else anywhere', () => {
    expect(wrapText('sla-measurement-period', 14)).toBe('sla-\nmeasurement-\nperiod');
    expect(wrapText('abcdefghij', 4)).toBe('abcd\nefgh\nij');
  });

  it('keeps existing line breaks', () => {
    expect(wrapText('aa bb\ncc dd', 2)).toBe('aa\nbb\ncc\ndd');
  });

  it('does not count colour escapes, and closes and reopens a colour across a break', () => {
    const theme = makeTheme(true);
    const lines = wrapText(theme.red('alpha beta gamma'), 10).split('\n');
    expect(lines.map(stripAnsi)).toEqual(['alpha beta', 'gamma']);
    expect(lines.every((l) => lineWidth(l) <= 10)).toBe(true);
    expect(lines[0]?.endsWith('\u001b[0m')).toBe(true);
    expect(lines[1]?.startsWith('\u001b[31m')).toBe(true);
  });
});

describe('wide characters (CJK, emoji) take two columns, as in cli-table3', () => {
  it('lineWidth counts terminal columns', () => {
    expect(lineWidth('客服中心')).toBe(8);
    expect(lineWidth('\u001b[1m客服\u001b[22m ok')).toBe(7);
  });

  it('truncate cuts by columns, whole characters only, marking the cut', () => {
    expect(truncate('Harbourline Customer Care', 12)).toBe('Harbourline…');
    expect(truncate('普恩特联络中心', 8)).toBe('普恩特…');
    expect(lineWidth(truncate('普恩特联络中心', 8))).toBeLessThanOrEqual(8);
    expect(truncate('short', 12)).toBe('short');
  });

  it('wrapText never lets a wide character cross the edge', () => {
    const text = '上海客服中心外包服务有限公司 Shanghai Contact Centre Outsourcing';
    for (const width of [9, 10, 20, 30]) {
      const lines = wrapText(text, width).split('\n');
      expect(lines.every((l) => lineWidth(l) <= width)).toBe(true);
      expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    }
  });
});

describe('fitLines', () => {
  it('wraps each line keeping its own indent, and changes nothing without a width', () => {
    const lines = ['  indented words here', 'plain'];
    expect(fitLines(lines, undefined)).toEqual(lines);
    expect(fitLines(lines, 12)).toEqual(['  indented\n    words\n    here', 'plain']);
  });
});
