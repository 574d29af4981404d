// Command lines the record prints for a reader to run again (the command as typed, the
// `sha256sum` check): each word quoted for a POSIX shell, so a path with a space or a `$` is
// one word when pasted, and the line is printed as a Markdown code span that shows it as typed.

/** Characters a POSIX shell reads as a plain word (no quoting needed). */
const plainWord = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * One word for a POSIX shell: as it is when it holds only plain characters, else in single
 * quotes (a `'` inside written `'\''`), so `my vendors/` reads back as one word, unexpanded.
 */
export function shellWord(word: string): string {
  if (plainWord.test(word)) return word;
  return `'${word.replace(/'/g, "'\\''")}'`;
}

/** Words joined into a command line a POSIX shell splits back into the same words. */
export function shellLine(words: readonly string[]): string {
  return words.map(shellWord).join(' ');
}
