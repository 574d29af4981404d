import type { RuleId } from '../core/rules.js';
import { readFileSync, statSync } from 'node:fs';
import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import { syntaxIssues } from './yaml-errors.js';
import type { Issue } from '../core/issues.js';
import { shippedParse } from './builtin.js';
import { once } from '../core/once.js';
import { guardData } from './data-guards.js';
import { parseFastYaml } from './fast-yaml.js';
import type { ParseCache } from './parse-cache.js';

/** A YAML file read and parsed once, with what is needed to put positions on issues. */
export interface SourceFile {
  /** The path as the user gave it (relative paths stay relative, for readable messages). */
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The plain data, or undefined when the file could not be turned into data. */
  data: unknown;
}

/** Aliases expanded beyond this count are refused as a resource-exhaustion attack. */
export const maxAliasCount = 1000;

/** How `yaml` reads every file: YAML 1.2 core schema, duplicate keys refused. */
export const yamlParseOptions = {
  prettyErrors: true,
  uniqueKeys: true,
  version: '1.2',
  schema: 'core',
} as const;

/**
 * Files larger than this are refused before they are read. The largest real inputs (a set with
 * hundreds of criteria, a vendor with long evidence texts) are well under 1 MiB; parsing keeps
 * several times a file's size in memory, so a runaway or hostile file of gigabytes would exhaust
 * memory before any message could be printed. 16 MiB leaves room for multi-megabyte texts.
 */
export const maxFileBytes = 16 * 1024 * 1024;

/**
 * Reads and parses one YAML file at `path`, naming it `file` in issues (the path as the user
 * sees it). Problems come back as issues, never as exceptions. With a `parseCache`, a file
 * whose text is the one cached is not parsed again, and a file that parsed clean is cached.
 */
export function readSource(
  path: string,
  file: string = path,
  parseCache?: ParseCache,
): { source?: SourceFile; issues: Issue[] } {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      return { issues: [fileIssue(file, 'file-unreadable', 'this is a folder, not a file')] };
    }
    // A FIFO, socket or device would block the read or never end: only regular files are read.
    if (!stat.isFile()) {
      return {
        issues: [
          fileIssue(
            file,
            'file-unreadable',
            'this is not a regular file (a pipe, socket or device)',
          ),
        ],
      };
    }
    if (stat.size > maxFileBytes) {
      return { issues: [tooLarge(file, stat.size)] };
    }
    bytes = readFileSync(path);
  } catch (error) {
    return {
      issues: [fileIssue(file, 'file-unreadable', `cannot read the file: ${whyUnreadable(error)}`)],
    };
  }
  // the file may have grown between the stat and the read
  if (bytes.length > maxFileBytes) return { issues: [tooLarge(file, bytes.length)] };
  // a shipped file as built is compared as bytes, and its text decoded only when asked for
  const shipped = shippedParse(path);
  if (shipped && bytes.equals(shipped.bytes)) {
    const source = lazySource(file, () => bytes.toString('utf8'), shipped.data);
    builtSources.add(source);
    return { source, issues: [] };
  }
  const decoded = decodeUtf8(bytes);
  if ('badOffset' in decoded) {
    const { line, column } = positionOfByte(bytes, decoded.badOffset);
    return {
      issues: [
        {
          severity: 'error',
          rule: 'encoding',
          message: 'invalid UTF-8: files must be UTF-8 encoded',
          hint: 'save the file as UTF-8',
          file,
          line,
          column,
        },
      ],
    };
  }
  return parseSource(file, decoded.text, parseCache && { cache: parseCache, path });
}

/** A file's text as a run reads it: one leading byte-order mark left out. */
export function withoutBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** The sources `readSource` made of a shipped file whose bytes are the build's. */
const builtSources = new WeakSet<SourceFile>();

/**
 * Whether `source` was read from a shipped file whose bytes are exactly the ones the build
 * parsed (and, for a set, loaded): what the build found of it still holds.
 */
export function isBuiltSource(source: SourceFile): boolean {
  return builtSources.has(source);
}

/**
 * A source whose data is already known, or read on first use (a shipped file's, from dist/), and
 * whose text is known or decoded on first use (a shipped file's bytes): the YAML document, needed
 * only to put positions on issues, is parsed on first use too.
 */
function lazySource(
  file: string,
  rawText: string | (() => string),
  readData: () => unknown,
): SourceFile {
  const textOnce = once(() => withoutBom(typeof rawText === 'string' ? rawText : rawText()));
  let parsed: { doc: Document.Parsed; lineCounter: LineCounter } | undefined;
  const ensure = (): { doc: Document.Parsed; lineCounter: LineCounter } => {
    if (!parsed) {
      const lineCounter = new LineCounter();
      parsed = {
        doc: parseDocument(textOnce(), {
          lineCounter,
          version: '1.2',
          schema: 'core',
          uniqueKeys: true,
        }),
        lineCounter,
      };
    }
    return parsed;
  };
  const data = once(readData);
  return {
    file,
    get text() {
      return textOnce();
    },
    get data() {
      return data();
    },
    get doc() {
      return ensure().doc;
    },
    get lineCounter() {
      return ensure().lineCounter;
    },
  };
}

/**
 * Parses YAML text already in memory (used by tests and by `readSource`). Plain documents go
 * through the fast parser (src/io/fast-yaml.ts, the same language); anything else, and every
 * issue's message and position, through `yaml`. With `cached`, data is taken from and given to
 * the run's parse cache for the file at `cached.path`.
 */
export function parseSource(
  file: string,
  rawText: string,
  cached?: { cache: ParseCache; path: string },
): { source?: SourceFile; issues: Issue[] } {
  const text = withoutBom(rawText);
  const lookup = cached?.cache.get(cached.path, text);
  if (lookup?.hit) return sourceOfData(file, text, lookup.data);
  const remember = cached && lookup ? { ...cached, hash: lookup.hash } : undefined;
  const fast = parseFastYaml(text);
  if (fast !== undefined) return sourceOfData(file, text, fast, remember);
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, ...yamlParseOptions });
  } catch (error) {
    // yaml's parser recurses per level of block nesting (`- - - …` thousands deep) and may run
    // out of stack before it can report an error of its own.
    if (!(error instanceof RangeError)) throw error;
    return {
      issues: [
        {
          ...fileIssue(
            file,
            'too-deep',
            'lists or mappings are nested too deep to read (thousands of levels); refused',
          ),
          hint: 'a vendor-eval file needs only a few levels: check for runaway brackets or indentation',
        },
      ],
    };
  }
  const issues = syntaxIssues(doc, text, lineCounter, file);
  const source: SourceFile = { file, text, doc, lineCounter, data: undefined };
  if (issues.length > 0) return { source, issues };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount });
  } catch (error) {
    const unresolved = unresolvedAlias(doc, lineCounter, file);
    if (unresolved) return { source, issues: [unresolved] };
    const message =
      error instanceof ReferenceError
        ? 'aliases expand too far (a "billion laughs" document); refused'
        : `cannot read the YAML: ${(error as Error).message}`;
    return { source, issues: [fileIssue(file, 'yaml-alias-bomb', message)] };
  }
  return sourceOfData(file, text, data, remember);
}

/**
 * The one point the data of every file passes, whichever way it came (`yaml`, the fast parser,
 * the parse cache): checks on the data belong here, and only data that passed them is cached.
 */
function sourceOfData(
  file: string,
  text: string,
  data: unknown,
  remember?: { cache: ParseCache; path: string; hash: string },
): { source?: SourceFile; issues: Issue[] } {
  if (data === null || data === undefined) {
    return {
      source: lazySource(file, text, () => data),
      issues: [fileIssue(file, 'empty-file', 'the file is empty')],
    };
  }
  const source = lazySource(file, text, () => data);
  const guarded = guardData(source);
  if (guarded.length > 0) return { source, issues: guarded };
  remember?.cache.put(remember.path, remember.hash, data);
  // Keep only text and data: a parsed Document is many times the size of its text, and
  // thousands of them alive at once make garbage collection dominate a large run. Positions
  // are needed only for issues found later; the document is parsed again then.
  return { source, issues: [] };
}

/** An alias (`*name`) with no anchor (`&name`) before it, placed at the alias. */
function unresolvedAlias(
  doc: Document.Parsed,
  lineCounter: LineCounter,
  file: string,
): Issue | undefined {
  let found: Issue | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (node.resolve(doc) !== undefined) return undefined;
      const at = lineCounter.linePos(node.range?.[0] ?? 0);
      found = {
        severity: 'error',
        rule: 'yaml-syntax',
        message: `the alias *${node.source} refers to no anchor &${node.source} above it`,
        hint: `define &${node.source} before this line, or write the value out`,
        file,
        line: at.line,
        column: at.col,
      };
      return visit.BREAK;
    },
  });
  return found;
}

function tooLarge(file: string, bytes: number): Issue {
  const mib = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return {
    ...fileIssue(
      file,
      'file-too-large',
      `the file is ${mib(bytes)}, over the limit of ${mib(maxFileBytes)}`,
    ),
    hint: 'vendor-eval files are small YAML texts: check that this is the file you meant',
  };
}

/** Why a file could not be read, in words, from the system's error code. */
export function whyUnreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'a symbolic link loop';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'EISDIR':
      return 'this is a folder, not a file';
    default:
      return String(code ?? (error as Error).message);
  }
}

function fileIssue(file: string, rule: RuleId, message: string): Issue {
  return { severity: 'error', rule, message, file, line: 1, column: 1 };
}

function decodeUtf8(bytes: Buffer): { text: string } | { badOffset: number } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { badOffset: firstInvalidUtf8Offset(bytes) };
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const len =
      b < 0x80
        ? 1
        : b >= 0xc2 && b < 0xe0
          ? 2
          : b >= 0xe0 && b < 0xf0
            ? 3
            : b >= 0xf0 && b < 0xf5
              ? 4
              : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) {
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    }
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return i;
}

function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // A byte-order mark is not a character the user sees: columns on line 1 start after it.
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const from = lineStart === 0 && hasBom ? Math.min(3, offset) : lineStart;
  const column = Buffer.from(bytes.subarray(from, offset)).toString('utf8').length + 1;
  return { line, column };
}
