/**
 * Text with its line breaks (CR, LF, CRLF) turned to spaces. A problem's message or hint may
 * quote a user's text; printed as it is, a line break would let that text start a line of its
 * own, which a CI runner reads as a command (`::error …` on GitHub) and a reader as our output.
 */
export function oneLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ');
}
