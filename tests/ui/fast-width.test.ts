import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { fastStringWidth } from '../../src/ui/fast-width.js';

/** The ranges fast-width.ts measures by length (its `oneColumnEach`), as code point pairs. */
const oneColumnRanges: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x2ff],
  [0x2010, 0x205e],
  [0x2190, 0x21ff],
  [0x2500, 0x259f],
  [0x2713, 0x2713],
  [0x2717, 0x2717],
];
const oneColumn = oneColumnRanges.flatMap(([from, to]) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)),
);

/** Characters string-width treats specially: wide, emoji parts, combining, controls, escapes. */
const special = [
  '界',
  'Ｗ',
  '😀',
  '👍🏽',
  '👩‍💻',
  '\u{1F1EC}\u{1F1E7}',
  '✅',
  '❌',
  '⌚',
  '©\uFE0F',
  '#\uFE0F\u20E3',
  '\u0301',
  '\u200D',
  '\uFE0F',
  '\u20E3',
  '\t',
  '\n',
  '\u0007',
  '\u001b[31m',
  '\u001b[0m',
  '\u009b',
  '\uD83D',
  '\uDE00',
  '\u3000',
  '\uFF61',
];

describe('fastStringWidth (string-width 4 with a fast path)', () => {
  it('every character it measures by length is one column to string-width', () => {
    // exhaustive: a character added to the set that string-width counts otherwise fails here
    const wrong = oneColumn.filter((ch) => stringWidth(ch) !== 1);
    expect(wrong).toEqual([]);
    expect(oneColumn.length).toBeGreaterThan(1000);
  });

  it('agrees with string-width on any text, one-column characters or not', () => {
    const char = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...oneColumn) },
      { weight: 1, arbitrary: fc.constantFrom(...special) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 2 }) },
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(fastStringWidth(text)).toBe(stringWidth(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('measures the cells a ranking prints', () => {
    for (const cell of ['Puente Contact Partners', '—', '5,913,845', '✓ yes', '76.8', '█▌'])
      expect(fastStringWidth(cell)).toBe(stringWidth(cell));
    // and leaves the rest to string-width: wide, emoji, colour
    expect(fastStringWidth('界界')).toBe(4);
    expect(fastStringWidth('👍')).toBe(2);
    expect(fastStringWidth('\u001b[31mred\u001b[0m')).toBe(3);
  });
});
