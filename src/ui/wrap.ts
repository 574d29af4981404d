import { lineWidth } from './width.js';

// eslint-disable-next-line no-control-regex -- splits text into ANSI colour escapes and the rest
const pieces = /(\u001b\[[0-9;]*m)/;

/** SGR codes that end a style, and which opening codes each ends. */
const closes: Readonly<Record<string, (open: number) => boolean>> = {
  '22': (o) => o === 1 || o === 2,
  '23': (o) => o === 3,
  '24': (o) => o === 4,
  '39': (o) => (o >= 30 && o <= 38) || (o >= 90 && o <= 97),
  '49': (o) => (o >= 40 && o <= 48) || (o >= 100 && o <= 107),
};

/** Styles open at the end of `text`, given those open at its start. */
function openAfter(text: string, open: readonly string[]): string[] {
  const active = [...open];
  for (const part of text.split(pieces)) {
    // eslint-disable-next-line no-control-regex -- reads the code of an ANSI colour escape
    const m = /^\u001b\[([0-9;]*)m$/.exec(part);
    if (!m) continue;
    const code = m[1] ?? '';
    if (code === '' || code === '0') active.length = 0;
    else if (closes[code]) {
      const ends = closes[code];
      for (let i = active.length - 1; i >= 0; i--) {
        if (ends(Number(/\d+/.exec(active[i] ?? '')?.[0]))) {
          active.splice(i, 1);
          break;
        }
      }
    } else active.push(part);
  }
  return active;
}

/** Cuts a word into pieces of at most `width` columns, after a hyphen when it can. */
function splitWord(word: string, width: number): string[] {
  const out: string[] = [];
  let rest = word;
  while (lineWidth(rest) > width) {
    // visible characters, each with the escapes just before it
    const units = rest.split(pieces).flatMap((p) => (pieces.test(p) ? [p] : [...p]));
    let visible = 0;
    let cut = units.length;
    let hyphenCut = -1;
    for (let i = 0; i < units.length; i++) {
      const u = units[i] ?? '';
      if (u.startsWith('\u001b')) continue;
      const w = lineWidth(u);
      // a wide character that would cross the edge starts the next piece (unless it is alone)
      if (visible > 0 && visible + w > width) {
        cut = i;
        break;
      }
      visible += w;
      if (u === '-' && visible > 1) hyphenCut = i + 1;
    }
    const at = hyphenCut > 0 && hyphenCut < cut ? hyphenCut : cut;
    out.push(units.slice(0, at).join(''));
    rest = units.slice(at).join('');
  }
  out.push(rest);
  return out;
}

/**
 * Word-wraps terminal text to `width` visible columns: lines break at spaces (a word longer than
 * the width breaks after a hyphen, else anywhere), continuation lines start with `indent`, and
 * colours open at a break are closed at the line's end and reopened on the next line. Existing
 * line breaks are kept. Text that fits is returned as it is.
 */
export function wrapText(text: string, width: number, indent = ''): string {
  return text
    .split('\n')
    .map((line) => wrapLine(line, Math.max(1, width), indent))
    .join('\n');
}

function wrapLine(line: string, width: number, indent: string): string {
  if (lineWidth(line) <= width) return line;
  const lead = /^ */.exec(line)?.[0] ?? '';
  const words = line.slice(lead.length).split(' ');
  const lines: string[] = [];
  let current = lead;
  let currentWidth = lineWidth(lead);
  const pad = lineWidth(indent) < width ? indent : '';
  const push = (): void => {
    lines.push(current);
    current = pad;
    currentWidth = lineWidth(pad);
  };
  for (const word of words) {
    const w = lineWidth(word);
    const sep = currentWidth > lineWidth(lines.length ? pad : lead) ? 1 : 0;
    if (currentWidth + sep + w <= width) {
      current += (sep ? ' ' : '') + word;
      currentWidth += sep + w;
      continue;
    }
    if (sep) push();
    for (const part of splitWord(word, Math.max(1, width - currentWidth))) {
      if (currentWidth > lineWidth(pad) && currentWidth + lineWidth(part) > width) push();
      current += part;
      currentWidth += lineWidth(part);
    }
  }
  lines.push(current);
  // carry colours across the breaks
  let open: string[] = [];
  return lines
    .map((l) => {
      const start = open.join('');
      open = openAfter(l, open);
      return `${start}${l}${open.length ? '\u001b[0m' : ''}`;
    })
    .join('\n');
}

/**
 * Prose lines fitted to the terminal: each line wrapped to `columns` with a two-space hanging
 * indent (beyond its own leading spaces); unchanged when there is no width (a file, a pipe).
 */
export function fitLines(lines: readonly string[], columns: number | undefined): string[] {
  if (columns === undefined) return [...lines];
  return lines.map((line) => {
    const lead = /^ */.exec(line)?.[0] ?? '';
    return wrapText(line, columns, `${lead}  `);
  });
}
