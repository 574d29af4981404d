// Helpers for writing into a YAML file's text in place (the writers of `score` and `weigh`), so
// every byte outside the value being replaced stays as the user wrote it.

/** The whitespace before the key starting at `offset` on its line. */
export function indentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return ' '.repeat(offset - lineStart);
}

/** `end` moved back over the spaces and line breaks a block value's range ends with. */
export function trimEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && /\s/.test(text[at - 1] ?? '')) at--;
  return at;
}
