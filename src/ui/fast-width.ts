import stringWidth from 'string-width';

/**
 * Characters that string-width 4 counts as exactly one terminal column, each on its own and in
 * any sequence of them: printable ASCII, Latin-1 to IPA, general punctuation, arrows, box
 * drawing, block elements and the check and cross marks the views print. None is a control,
 * combining or East Asian wide character, and none can start or end a match of string-width's
 * emoji pattern: every emoji it matches needs a character outside this set (a surrogate pair,
 * U+FE0F, U+200D, U+20E3 or an emoji-presentation symbol such as U+2705). Kept in step with the
 * library by an exhaustive test over every character of the set (tests/ui/fast-width.test.ts).
 */
const oneColumnEach =
  /^[\u0020-\u007e\u00a0-\u02ff\u2010-\u205e\u2190-\u21ff\u2500-\u259f\u2713\u2717]*$/;

/**
 * Display width of one line in terminal columns, exactly as string-width 4 measures it (ANSI
 * colour escapes 0, East Asian wide characters and emoji 2). Text made only of characters that
 * are one column each (most cells: names, figures, `—`, `✓`) is measured by its length without
 * running string-width, whose emoji pattern is a 10 KB regular expression: compiling and running
 * it cost a `rank` in the table alone about 2 ms. Anything else goes to string-width.
 */
export function fastStringWidth(text: string): number {
  return oneColumnEach.test(text) ? text.length : stringWidth(text);
}
