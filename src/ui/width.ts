/** Display width of the widest line of a terminal text (ANSI colour escapes do not count). */
export function displayWidth(text: string): number {
  // eslint-disable-next-line no-control-regex -- strips ANSI colour escapes before measuring
  const plainText = text.replace(/\u001b\[[0-9;]*m/g, '');
  return Math.max(...plainText.split('\n').map((l) => [...l].length));
}
