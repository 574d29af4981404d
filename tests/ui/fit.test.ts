import { describe, expect, it } from 'vitest';
import { fitTable, hiddenNote, type Column } from '../../src/ui/fit.js';
import { displayWidth } from '../../src/ui/width.js';

const columns: Column[] = [
  { header: 'Name', wrap: true, minWidth: 6 },
  { header: 'A', drop: 1 },
  { header: 'B', drop: 0 },
  { header: 'Total', align: 'right' },
];
const rows = [
  ['Alpha Beta Gamma', 'aaaaaaaa', 'bbbbbbbb', '10'],
  ['Delta', 'aa', 'bb', '9'],
];

describe('fitTable', () => {
  it('keeps the natural widths without a width, or when the table fits', () => {
    const natural = fitTable(columns, rows);
    expect(natural.hidden).toEqual([]);
    expect(natural.fits).toBe(true);
    expect(displayWidth(natural.text)).toBe(50);
    expect(fitTable(columns, rows, 50).text).toBe(natural.text);
  });

  it('narrows the wrapping column first, only as far as needed', () => {
    const fitted = fitTable(columns, rows, 45);
    expect(fitted.hidden).toEqual([]);
    expect(displayWidth(fitted.text)).toBe(45);
    expect(fitted.text).toContain('│ Alpha Beta  │');
    expect(fitted.text).toContain('│ Gamma       │');
  });

  it('then hides columns one at a time, lowest drop first, and fits again from natural widths', () => {
    const one = fitTable(columns, rows, 39);
    expect(one.hidden).toEqual(['B']);
    expect(displayWidth(one.text)).toBeLessThanOrEqual(39);
    // with B gone the name no longer needs to wrap
    expect(one.text).toContain('│ Alpha Beta Gamma │');
    const two = fitTable(columns, rows, 25);
    expect(two.hidden).toEqual(['B', 'A']);
    expect(displayWidth(two.text)).toBeLessThanOrEqual(25);
  });

  it('says when even the narrowest table does not fit', () => {
    const fitted = fitTable(columns, rows, 10);
    expect(fitted.fits).toBe(false);
    expect(fitted.hidden).toEqual(['B', 'A']);
  });

  it('keeps fixed widths as they are when the table fits', () => {
    const fixed = fitTable([{ header: 'X', width: 12 }], [['short']]);
    expect(fixed.text.split('\n')[0]).toBe(`┌${'─'.repeat(14)}┐`);
  });

  it('names hidden columns by their name, else their header', () => {
    const fitted = fitTable(
      [{ header: 'Keep' }, { header: 'gov\n12%', name: 'governance', drop: 0 }],
      [['x', 'y']],
      5,
    );
    expect(fitted.hidden).toEqual(['governance']);
    expect(hiddenNote(fitted.hidden)).toBe(
      'hidden for width: governance (widen the terminal or use --format markdown)',
    );
    expect(hiddenNote([])).toBeUndefined();
  });
});
