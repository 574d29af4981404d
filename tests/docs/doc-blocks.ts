/**
 * Finds the shell examples in Markdown that show a vendor-eval command with its output, and
 * matches the output shown against the real one. The convention is described in
 * tests/docs.test.ts.
 */

/** One command shown with its output in a Markdown file. */
export interface DocExample {
  file: string;
  /** 1-based line of the command in the file. */
  line: number;
  /** The command as written, without `$ `. */
  command: string;
  /** vendor-eval's arguments, or undefined when the command is not vendor-eval (not run). */
  args: string[] | undefined;
  /** Variables set before the command (`SOURCE_DATE_EPOCH=0 vendor-eval …`). */
  env: Record<string, string>;
  /** Working folder relative to the repository root ('' = the root). */
  cwd: string;
  columns: number;
  /** The expected exit code, when the block states one. */
  exit: number | undefined;
  skip: string | undefined;
  /** A named fixture (tests/docs/fixtures.ts) to run in: a temporary copy of the files it needs. */
  fixture: string | undefined;
  /** The output shown, one entry per line; `…` lines are elisions. */
  expected: string[];
  /** 0-based line range [from, to) of `expected` in the file, for rewriting it. */
  range: [number, number];
}

interface Fence {
  lang: string;
  body: string[];
  /** 0-based line of the opening fence. */
  open: number;
  /** 0-based line of the closing fence. */
  close: number;
  directive: Record<string, string>;
}

const fenceOpen = /^( *)(`{3,}|~{3,})\s*([\w-]*)/;

/** Parses `<!-- doc-test: cwd=docs/x columns=100 exit=2 skip="why" -->` into key/values. */
function parseDirective(line: string): Record<string, string> | undefined {
  const m = /^<!--\s*doc-test:(.*?)-->\s*$/.exec(line.trim());
  if (!m) return undefined;
  const out: Record<string, string> = {};
  for (const [, key, quoted, bare] of (m[1] ?? '').matchAll(/([\w-]+)(?:=(?:"([^"]*)"|(\S+)))?/g))
    out[key as string] = quoted ?? bare ?? 'true';
  return out;
}

/** The fenced code blocks of a Markdown text (CommonMark rules for opening and closing). */
export function fences(text: string): Fence[] {
  const lines = text.split('\n');
  const found: Fence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = fenceOpen.exec(lines[i] as string);
    if (!m) continue;
    const indent = (m[1] as string).length;
    const marker = m[2] as string;
    const close = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
    let j = i + 1;
    while (j < lines.length && !close.test(lines[j] as string)) j++;
    let directive: Record<string, string> = {};
    for (let k = i - 1; k >= 0; k--) {
      const line = lines[k] as string;
      if (line.trim() === '') continue;
      directive = parseDirective(line) ?? {};
      break;
    }
    found.push({
      lang: m[3] ?? '',
      body: lines.slice(i + 1, j).map((l) => l.slice(Math.min(indent, l.search(/\S|$/)))),
      open: i,
      close: j,
      directive,
    });
    i = j;
  }
  return found;
}

/** Splits a command line into words like a POSIX shell would for simple quoting. */
export function shellWords(command: string): string[] | undefined {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < command.length; i++) {
    const c = command[i] as string;
    if (c === "'" || c === '"') {
      const end = command.indexOf(c, i + 1);
      if (end < 0) return undefined;
      word = (word ?? '') + command.slice(i + 1, end);
      i = end;
    } else if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if ('|<>;&`$()'.includes(c)) {
      // pipes, redirections, sequences and substitutions: not a plain vendor-eval run
      if (word !== undefined) words.push(word);
      word = undefined;
      words.push(`\0${c}`);
    } else word = (word ?? '') + c;
  }
  if (word !== undefined) words.push(word);
  return words;
}

/**
 * `vendor-eval …`, `npx vendor-eval …`, optionally after `cd DIR &&` and after variable
 * assignments (`SOURCE_DATE_EPOCH=0 vendor-eval …`): cwd, environment and arguments.
 */
export function parseCommand(command: string): {
  cwd?: string;
  env?: Record<string, string>;
  args?: string[];
} {
  let words = shellWords(command);
  if (!words) return {};
  let cwd: string | undefined;
  if (words[0] === 'cd' && words[2] === '\0&' && words[3] === '\0&') {
    cwd = words[1];
    words = words.slice(4);
  }
  const env: Record<string, string> = {};
  for (let m; (m = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(words[0] ?? '')); words = words.slice(1))
    env[m[1] as string] = m[2] as string;
  if (words[0] === 'npx') words = words.slice(words[1] === '--no' && words[2] === '--' ? 3 : 1);
  if (words[0] !== 'vendor-eval' || words.some((w) => w.startsWith('\0'))) return { cwd };
  return { cwd, ...(Object.keys(env).length ? { env } : {}), args: words.slice(1) };
}

/** Every command-with-output example of one Markdown file. */
export function examples(file: string, text: string): DocExample[] {
  const blocks = fences(text);
  const out: DocExample[] = [];
  const make = (
    block: Fence,
    commandLine: number,
    command: string,
    expected: string[],
    range: [number, number],
  ): DocExample => {
    const parsed = parseCommand(command);
    const d = block.directive;
    return {
      file,
      line: commandLine + 1,
      command,
      args: parsed.args,
      env: parsed.env ?? {},
      cwd: parsed.cwd ?? d.cwd ?? '',
      columns: d.columns ? Number(d.columns) : 200,
      exit: d.exit ? Number(d.exit) : undefined,
      skip: d.skip,
      fixture: d.fixture,
      expected,
      range,
    };
  };
  const lines = text.split('\n');
  for (const [index, block] of blocks.entries()) {
    const first = block.body.findIndex((l) => l.trim() !== '');
    if (['text', 'console', ''].includes(block.lang) && block.body[first]?.startsWith('$ ')) {
      // a transcript: `$ command` lines, each followed by its output up to the next `$ ` line
      let at = first;
      while (at < block.body.length) {
        let end = at + 1;
        while (end < block.body.length && !(block.body[end] as string).startsWith('$ ')) end++;
        const expected = block.body.slice(at + 1, end);
        while (expected.length > 0 && expected.at(-1)?.trim() === '') expected.pop();
        const from = block.open + 2 + at;
        out.push(
          make(block, block.open + 1 + at, (block.body[at] as string).slice(2), expected, [
            from,
            from + expected.length,
          ]),
        );
        at = end;
      }
      continue;
    }
    // a one-command ```sh block followed directly by a ```text block with the output
    const next = blocks[index + 1];
    const commands = block.body.filter((l) => l.trim() !== '');
    if (!['sh', 'bash', 'shell'].includes(block.lang) || commands.length !== 1 || !next) continue;
    if (next.lang !== 'text') continue;
    const between = lines.slice(block.close + 1, next.open);
    if (between.some((l) => l.trim() !== '' && !parseDirective(l))) continue;
    const command = (commands[0] as string).replace(/^\$ /, '');
    if (parseCommand(command).args === undefined) continue;
    out.push(
      make(
        { ...block, directive: { ...block.directive, ...next.directive } },
        block.open + 1 + block.body.indexOf(commands[0] as string),
        command,
        next.body,
        [next.open + 1, next.close],
      ),
    );
  }
  return out;
}

/** Whether the expected lines contain an elision. */
export const isElided = (expected: readonly string[]): boolean =>
  expected.some((l) => l.trim() === '…' || l.endsWith('…'));

/**
 * Whether `actual` lines match `expected`: equal line by line, except that a line that is only
 * `…` stands for any number of lines (none included) and a line ending in `…` matches any line
 * that starts with the text before it (trailing spaces ignored).
 */
export function matches(expected: readonly string[], actual: readonly string[]): boolean {
  const memo = new Map<number, boolean>();
  const go = (i: number, j: number): boolean => {
    const key = i * (actual.length + 1) + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (i === expected.length) result = j === actual.length;
    else {
      const e = expected[i] as string;
      if (e.trim() === '…') result = go(i + 1, j) || (j < actual.length && go(i, j + 1));
      else if (j === actual.length) result = false;
      else {
        const a = actual[j] as string;
        const lineMatches = e.endsWith('…') ? a.startsWith(e.slice(0, -1).trimEnd()) : a === e;
        result = lineMatches && go(i + 1, j + 1);
      }
    }
    memo.set(key, result);
    return result;
  };
  return go(0, 0);
}
