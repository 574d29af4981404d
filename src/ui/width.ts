// eslint-disable-next-line no-control-regex -- matches ANSI colour escapes (ESC [ … m)
const sgr = /\u001b\[[0-9;]*m/g;

/** The text without ANSI colour escapes. */
export function stripAnsi(text: string): string {
  return text.replace(sgr, '');
}

/** Display width of one line: characters, ANSI colour escapes not counted. */
export function lineWidth(line: string): number {
  return [...stripAnsi(line)].length;
}

/** Display width of the widest line of a terminal text (ANSI colour escapes do not count). */
export function displayWidth(text: string): number {
  return Math.max(...text.split('\n').map(lineWidth));
}
