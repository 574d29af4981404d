import { describe, expect, it } from 'vitest';
import { groupedNumber, numberFromText, numberHint } from '../../src/core/number-text.js';
import { slugOf } from '../../src/core/model/ids.js';
import { partialMatches } from '../../src/core/suggest.js';

describe('numberFromText: the number meant by text written where a number belongs', () => {
  it.each([
    ['95%', 95, 'percent'],
    ['95 %', 95, 'percent'],
    ['31.5', 31.5, 'quoted'],
    [' -2 ', -2, 'quoted'],
    ['.5', 0.5, 'quoted'],
    ['31,5', 31.5, 'decimal-comma'],
    ['0,05', 0.05, 'decimal-comma'],
    ['12,5%', 12.5, 'percent'],
    ['1,250.5', 1250.5, 'quoted'],
  ] as const)('%j → %d (%s)', (text, value, slip) => {
    expect(numberFromText(text)).toEqual({ value, slip });
  });

  it.each(['1,250', 'abc', '', '%', '31.5 EUR', '1.2.3', '--1', '1,2,3'])(
    'never guesses: %j is no number',
    (text) => {
      expect(numberFromText(text)).toBeUndefined();
    },
  );

  it('hints the value to write, and only one that would be accepted', () => {
    expect(numberHint('95%')).toBe('write 95, without the % sign');
    expect(numberHint('31.5')).toBe('write 31.5, without quotes (in quotes it is text)');
    expect(numberHint('31,5')).toBe('write 31.5, with a decimal point (YAML reads 31,5 as text)');
    expect(numberHint('3.5', true)).toBeUndefined();
    expect(numberHint('4', true)).toBe('write 4, without quotes (in quotes it is text)');
    expect(numberHint(true)).toBeUndefined();
  });
});

describe('slugOf: the id a name stands for', () => {
  it.each([
    ['Costa Care', 'costa-care'],
    ['Service_Level', 'service-level'],
    ['  Café  Açores!! ', 'cafe-acores'],
    ['already-an-id', 'already-an-id'],
    ['!!', ''],
  ])('%j → %j', (text, slug) => {
    expect(slugOf(text)).toBe(slug);
  });
});

describe('partialMatches: the candidates that start with, or else contain, a word', () => {
  const ids = ['costa-care', 'puente-contact', 'kestrel-contact', 'harbourline-care'];
  it('prefers prefixes, then substrings, ignoring case', () => {
    expect(partialMatches('costa', ids)).toEqual(['costa-care']);
    expect(partialMatches('Kestrel', ids)).toEqual(['kestrel-contact']);
    expect(partialMatches('line', ids)).toEqual(['harbourline-care']);
    expect(partialMatches('contact', ids)).toEqual(['puente-contact', 'kestrel-contact']);
    expect(partialMatches('c', ids)).toEqual(['costa-care']);
  });

  it('gives nothing for no match or a blank word', () => {
    expect(partialMatches('zzz', ids)).toEqual([]);
    expect(partialMatches('  ', ids)).toEqual([]);
  });

  it('also matches by another label (a vendor name)', () => {
    const names: Record<string, string> = { 'puente-contact': 'Puente Contact Partners' };
    expect(partialMatches('partners', ids, (c) => [c, names[c] ?? c])).toEqual(['puente-contact']);
  });
});

describe('groupedNumber', () => {
  it('groups thousands and keeps the decimals asked for, as en-US does', () => {
    for (const [x, digits] of [
      [0, 0],
      [999, 0],
      [1000, 0],
      [1234567.891, 2],
      [-1234.5, 1],
      [12, 2],
      [0.004, 2],
      [3817055.07, 0],
    ] as const) {
      expect(groupedNumber(x, digits), `${x}`).toBe(
        x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }),
      );
    }
  });

  it('never writes a negative zero (en-US would write -0.00)', () => {
    expect(groupedNumber(-0.004, 2)).toBe('0.00');
  });
});
