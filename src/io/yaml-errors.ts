import { isMap, isScalar, visit, type Document, type LineCounter, type YAMLError } from 'yaml';
import type { Issue } from '../core/issues.js';

/**
 * The yaml parser's errors as the user needs them: one issue per problem, in plain words with
 * the fix, at the line the user must change, without the errors that only follow from an
 * earlier one (see `dropCascade` and docs/decisions.md).
 */
export function syntaxIssues(
  doc: Document.Parsed,
  text: string,
  lineCounter: LineCounter,
  file: string,
): Issue[] {
  const lines = new SourceLines(text, lineCounter);
  const problems: Problem[] = [];
  doc.errors.forEach((error, i) => {
    const previous = doc.errors[i - 1];
    // The parser reports a value run on into the next line twice (as a block used as a key,
    // then as a key over two lines): one problem.
    if (
      error.code === 'MULTILINE_IMPLICIT_KEY' &&
      previous?.code === 'BLOCK_AS_IMPLICIT_KEY' &&
      previous.pos[0] === error.pos[0]
    ) {
      return;
    }
    const next = doc.errors[i + 1];
    const runsOnTo =
      next?.code === 'MULTILINE_IMPLICIT_KEY' && next.pos[0] === error.pos[0]
        ? lines.lineOf(next.pos[1])
        : undefined;
    problems.push(translate(error, doc, text, lines, runsOnTo));
  });
  problems.sort((a, b) => a.at - b.at);
  return dropCascade(problems, lines).map((p) => {
    const { line, col } = lineCounter.linePos(p.at);
    return {
      severity: 'error' as const,
      rule: p.rule,
      message: p.message,
      ...(p.hint === undefined ? {} : { hint: p.hint }),
      file,
      line,
      column: col,
    };
  });
}

interface Problem {
  rule: 'yaml-syntax' | 'duplicate-key' | 'too-deep';
  message: string;
  hint?: string | undefined;
  /** Offset where the user has to look. */
  at: number;
  /** Whether the parser loses track of the structure here, so that later errors may follow. */
  derails: boolean;
  /** Whether the parser stops reading the document here (nothing after it is read). */
  ends?: boolean;
}

/**
 * Drops the errors that follow from an earlier one. After an error that derails the parser
 * (an indentation, a tab, an unclosed quote or bracket, a missing colon), every later error in
 * the same top-level block (the top-level key's line and the lines indented under it) is a
 * consequence and is dropped; after a token the parser cannot place in the document at all, the
 * rest of the file is. A duplicate key derails nothing.
 */
function dropCascade(problems: readonly Problem[], lines: SourceLines): Problem[] {
  const kept: Problem[] = [];
  let hiddenUntil = -1;
  for (const problem of problems) {
    if (problem.at < hiddenUntil) continue;
    kept.push(problem);
    if (problem.ends) hiddenUntil = Infinity;
    else if (problem.derails)
      hiddenUntil = Math.max(hiddenUntil, lines.topLevelBlockEnd(problem.at));
  }
  return kept;
}

function translate(
  error: YAMLError,
  doc: Document.Parsed,
  text: string,
  lines: SourceLines,
  runsOnTo: number | undefined,
): Problem {
  const at = error.pos[0];
  const syntax = (message: string, hint: string | undefined, where: number, ends = false) => ({
    rule: 'yaml-syntax' as const,
    message,
    hint,
    at: where,
    derails: true,
    ends,
  });
  const first = firstClause(error.message);
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const dup = duplicateKey(doc, at, lines);
      return {
        rule: 'duplicate-key',
        message:
          dup === undefined
            ? 'duplicate key: a key may appear only once in a mapping'
            : `duplicate key "${dup.key}" (first at line ${dup.firstLine})`,
        hint:
          dup === undefined
            ? 'keep one of them: remove or merge the repeated key'
            : `keep one of them: remove this one or the one at line ${dup.firstLine}, or merge them`,
        at,
        derails: false,
      };
    }
    case 'TAB_AS_INDENT':
      return syntax(
        'a tab is used for indentation; YAML indents with spaces',
        'replace the tab with spaces',
        at,
      );
    case 'BAD_INDENT': {
      const opened = unclosedFlowStart(doc, text, at);
      if (opened !== undefined) return unclosedFlow(text, opened);
      if (/^All (mapping|sequence) items/.test(first)) return misaligned(lines, at);
      if (/^Flow (sequence|map) in block collection/.test(first)) {
        return syntax('a [ or { above this line is never closed', 'close it on its own line', at);
      }
      return syntax(
        'the indentation of this line does not fit the lines above it',
        'line it up with its siblings, using spaces',
        lines.contentStart(lines.lineOf(at)),
      );
    }
    case 'BLOCK_AS_IMPLICIT_KEY': {
      if (first.startsWith('Nested mappings')) {
        // A value whose text runs on into the next line: that line is indented under it, as if
        // the value were a key. Otherwise the value itself holds ": ".
        if (runsOnTo === undefined || runsOnTo === lines.lineOf(at)) {
          return syntax(
            'a value that holds ": " must be in quotes',
            `write it as ${JSON.stringify(lines.restOfLine(at))}`,
            at,
          );
        }
        return syntax(
          'this line is indented more than the key above it expects',
          'line it up with its siblings, using spaces',
          lines.contentStart(runsOnTo),
        );
      }
      if (first.startsWith('A block sequence')) {
        return syntax(
          'a list item (- ) where a key is expected',
          'line it up with the other "- " items of its list, or remove the "- "',
          lines.contentStart(lines.lineOf(at)),
        );
      }
      return syntax(plain(first), undefined, at);
    }
    case 'MULTILINE_IMPLICIT_KEY':
      return missingColon(lines, at);
    case 'MISSING_CHAR': {
      const quote = /^Missing closing (["'])quote/.exec(first)?.[1];
      if (quote !== undefined) {
        const open = openingQuote(text, at, quote);
        return syntax(
          `this ${quote} opens a quoted text that is never closed`,
          `add the closing ${quote} at the end of the text`,
          open ?? at,
        );
      }
      if (first.startsWith('Sequence item without - indicator')) return misaligned(lines, at);
      if (first.startsWith('Implicit map keys need to be followed by map values')) {
        return missingColon(lines, at);
      }
      const opened = unclosedFlowStart(doc, text, at);
      if (opened !== undefined) return unclosedFlow(text, opened);
      return syntax(plain(first), undefined, at);
    }
    case 'UNEXPECTED_TOKEN': {
      const token = /: "(.*)"$/.exec(first)?.[1] ?? text.slice(at, at + 1);
      return syntax(
        `unexpected ${JSON.stringify(token)}: the file cannot be read past this point`,
        /^[\]}]$/.test(token)
          ? `remove the extra ${token}, or put the whole value in quotes`
          : 'remove it, or put the value in quotes',
        at,
        true,
      );
    }
    case 'BAD_SCALAR_START': {
      const char = /reserved character (\S)/.exec(first)?.[1] ?? text.slice(at, at + 1);
      return {
        ...syntax(
          `a value cannot start with ${char} unless it is in quotes`,
          `write it as ${JSON.stringify(lines.restOfLine(at))}`,
          at,
        ),
        derails: false,
      };
    }
    case 'BAD_DQ_ESCAPE':
      return {
        ...syntax(
          'a backslash in double quotes starts an escape, and this one is not valid',
          'write \\\\ for a backslash, or use single quotes',
          at,
        ),
        derails: false,
      };
    case 'RESOURCE_EXHAUSTION':
      // The parser ran out of stack on lists or mappings nested thousands deep: one problem,
      // and nothing after it is read.
      return {
        rule: 'too-deep',
        message: 'lists or mappings are nested too deep to read (thousands of levels); refused',
        hint: 'a vendor-eval file needs only a few levels: check for runaway brackets or indentation',
        at,
        derails: true,
        ends: true,
      };
    case 'MULTIPLE_DOCS':
      return syntax(
        'a second YAML document starts here',
        'one document per file: remove the extra ---',
        at,
        true,
      );
    default:
      return syntax(plain(first), undefined, at);
  }
}

/** A line not lined up with its siblings: more or less indented than the line above it. */
function misaligned(lines: SourceLines, at: number): Problem {
  const line = lines.contentLine(lines.lineOf(at));
  const more = lines.indent(line) > lines.siblingIndent(line, lines.previousContentLine(line));
  return {
    rule: 'yaml-syntax',
    message: more
      ? 'this line is indented more than the key above it expects'
      : 'this line is indented less than the lines of its block',
    hint: 'line it up with its siblings, using spaces',
    at: lines.contentStart(line),
    derails: true,
  };
}

/** A key with no colon after it: the parser read it and the next line as one long key. */
function missingColon(lines: SourceLines, at: number): Problem {
  const line = lines.contentLine(lines.lineOf(at));
  const content = lines.text(line).trim();
  const glued = /^[^\s:#]+:[^\s]/.exec(content);
  return {
    rule: 'yaml-syntax',
    message: 'this line has no colon after its key',
    hint: glued
      ? 'put a space after the colon: key: value'
      : 'write the key, a colon and a space, then the value: key: value',
    at: lines.contentStart(line),
    derails: true,
  };
}

function unclosedFlow(text: string, opened: number): Problem {
  const bracket = text[opened];
  return {
    rule: 'yaml-syntax',
    message: `this ${bracket} is never closed`,
    hint: `close it with ${bracket === '{' ? '}' : ']'}, or indent the lines that continue it`,
    at: opened,
    derails: true,
  };
}

/** The yaml library's message repeats the position and an excerpt: keep the first clause. */
function firstClause(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '');
}

/** A parser message with no translation of its own, as a lower-case sentence. */
function plain(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1);
}

/** The key repeated at `at` and the line where it first appears in the same mapping. */
function duplicateKey(
  doc: Document.Parsed,
  at: number,
  lines: SourceLines,
): { key: string; firstLine: number } | undefined {
  let found: { key: string; firstLine: number } | undefined;
  visit(doc, {
    Map(_key, node) {
      if (!isMap(node)) return;
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        const key = pair.key;
        if (!isScalar(key) || !key.range) continue;
        const name = String(key.value);
        const first = seen.get(name);
        if (first !== undefined && key.range[0] === at) {
          found = { key: name, firstLine: lines.lineOf(first) };
          return visit.BREAK;
        }
        if (first === undefined) seen.set(name, key.range[0]);
      }
      return undefined;
    },
  });
  return found;
}

/** The offset of the quote that opens the unclosed quoted text reported at `at`. */
function openingQuote(text: string, at: number, quote: string): number | undefined {
  for (let i = Math.min(at, text.length - 1); i >= 0; i--) {
    if (text[i] === quote && (quote === "'" || text[i - 1] !== '\\')) return i;
  }
  return undefined;
}

/**
 * The offset of the `[` or `{` of a flow collection that ends, unclosed, exactly where the
 * parser reported an error. The parser notices only at the next line (or the end of the file),
 * so the opening bracket is where the user has to look.
 */
function unclosedFlowStart(
  doc: Document.Parsed,
  text: string,
  errorAt: number,
): number | undefined {
  let start: number | undefined;
  visit(doc, {
    Collection(_key, node) {
      const range = node.range;
      if (!node.flow || !range || range[1] !== errorAt) return;
      const close = text[range[0]] === '{' ? '}' : ']';
      if (!text.slice(range[0], range[1]).trimEnd().endsWith(close)) start = range[0];
    },
  });
  return start;
}

/** Line arithmetic over the text: 1-based line numbers, offsets into the text. */
class SourceLines {
  private readonly all: string[];
  private readonly starts: readonly number[];

  constructor(
    text: string,
    private readonly counter: LineCounter,
  ) {
    this.all = text.split('\n').map((l) => l.replace(/\r$/, ''));
    this.starts = counter.lineStarts;
  }

  lineOf(offset: number): number {
    return this.counter.linePos(offset).line;
  }

  text(line: number): string {
    return this.all[line - 1] ?? '';
  }

  indent(line: number | undefined): number {
    if (line === undefined) return 0;
    return /^[ \t]*/.exec(this.text(line))?.[0].length ?? 0;
  }

  /**
   * Where a sibling of `line` would start, judging by the line above: its first character, or,
   * after a list item's `- `, the key that follows it (unless `line` is a list item too).
   */
  siblingIndent(line: number, above: number | undefined): number {
    if (above === undefined) return 0;
    if (/^[ \t]*- /.test(this.text(line))) return this.indent(above);
    return /^[ \t]*(?:- +)*/.exec(this.text(above))?.[0].length ?? 0;
  }

  /**
   * Offset of the first character of the line that is not a space or a tab; for a blank or
   * comment line (where the parser may start a token's range), of the next line with content.
   */
  contentStart(line: number): number {
    const at = this.contentLine(line);
    return (this.starts[at - 1] ?? 0) + this.indent(at);
  }

  /** The line itself when it has content, else the next line that has. */
  contentLine(line: number): number {
    return this.isContent(line) ? line : (this.nextContentLine(line) ?? line);
  }

  /** The text from `offset` to the end of its line, without a trailing comment or spaces. */
  restOfLine(offset: number): string {
    const line = this.lineOf(offset);
    const from = offset - (this.starts[line - 1] ?? 0);
    return this.text(line)
      .slice(from)
      .replace(/\s+#.*$/, '')
      .trimEnd();
  }

  private isContent(line: number): boolean {
    const t = this.text(line).trim();
    return t !== '' && !t.startsWith('#');
  }

  previousContentLine(line: number): number | undefined {
    for (let l = line - 1; l >= 1; l--) if (this.isContent(l)) return l;
    return undefined;
  }

  nextContentLine(line: number): number | undefined {
    for (let l = line + 1; l <= this.all.length; l++) if (this.isContent(l)) return l;
    return undefined;
  }

  /**
   * The offset just past the top-level block holding `offset`: the block runs from a line that
   * starts in column 1 to the next such line (blank lines and comments do not end it).
   */
  topLevelBlockEnd(offset: number): number {
    for (let l = this.lineOf(offset) + 1; l <= this.all.length; l++) {
      if (this.isContent(l) && this.indent(l) === 0) return this.starts[l - 1] ?? Infinity;
    }
    return Infinity;
  }
}
