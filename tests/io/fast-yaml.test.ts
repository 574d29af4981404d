import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { parseFastYaml } from '../../src/io/fast-yaml.js';
import { maxAliasCount, yamlParseOptions } from '../../src/io/source.js';
import { syntaxIssues } from '../../src/io/yaml-errors.js';

const root = join(import.meta.dirname, '../..');

/**
 * What `yaml` alone makes of a text with the project's options (not `parseSource`, which tries
 * the fast path first and then checks the data): data, or undefined on any syntax issue.
 */
function yamlData(rawText: string): { data: unknown } | undefined {
  const text = rawText.startsWith('\uFEFF') ? rawText.slice(1) : rawText;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, ...yamlParseOptions });
  if (syntaxIssues(doc, text, lineCounter, 'x.yaml').length > 0) return undefined;
  try {
    return { data: doc.toJS({ maxAliasCount }) };
  } catch {
    return undefined;
  }
}

/** Deep equality that tells -0 from 0, NaN from NaN (equal), key order and prototypes apart. */
function sameData(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    return Object.is(a, b);
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a)) {
    const bs = b as unknown[];
    return a.length === bs.length && a.every((x, i) => sameData(x, bs[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => sameData(ra[k], rb[k]));
}

/** The fast path gives exactly `yaml`'s data, or gives up; true when it did not give up. */
function agrees(rawText: string): boolean {
  const text = rawText.startsWith('\uFEFF') ? rawText.slice(1) : rawText;
  const fast = parseFastYaml(text);
  if (fast === undefined) return false;
  const slow = yamlData(rawText);
  expect(slow, `yaml refuses what js-yaml accepted:\n${rawText}`).toBeDefined();
  expect(sameData(fast, slow?.data), `different data for:\n${rawText}`).toBe(true);
  return true;
}

// ---- generated documents ---------------------------------------------------------------------

const word = fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/);
const coreScalars = [
  ...['0', '-0', '+0', '7', '-12', '+12', '017', '007', '0o17', '0o8', '0O17', '0x1F', '0X1F'],
  ...['-0x1F', '0xg', '1_000', '0b101', '12345678901234567890', '1' + '0'.repeat(400)],
  ...['1.0', '1.', '.5', '-.5', '+.5', '0.0', '-0.0', '1e3', '1E3', '1e+3', '1.5e-3', '.5e3'],
  ...['5.e3', '1e400', '-1e400', '0x' + 'f'.repeat(300), '1.2.3', '.', '0e0', '00'],
  ...['.inf', '-.inf', '+.inf', '.Inf', '.INF', '.nan', '.NaN', '.NAN', '.nAn', 'inf', 'nan'],
  ...['~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'false', 'False'],
  ...['FALSE', 'yes', 'no', 'on', 'off', 'y', 'n', 'Yes', 'NO'],
  ...['2026-03-01', '2026-03-01T10:00:00Z', '2026-03-01 10:00:00', '12:30', '1:20:30'],
  ...['24/7', 'R&D', 'a*b', 'Great!', 'café', '日本語', 'emoji 😀', 'a b c', 'x - y', 'a#b'],
  ...['50%', '-x', '+x', '?x', 'x?', 'x:y', 'http://x.io/a?b=c', '<<'],
];
const plainScalar = fc.oneof(
  fc.constantFrom(...coreScalars),
  word,
  fc.integer({ min: -1e6, max: 1e6 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.integer({ min: 0, max: 0xffff }).map((n) => `0x${n.toString(16)}`),
  fc.integer({ min: 0, max: 0o7777 }).map((n) => `0o${n.toString(8)}`),
);
const anyText = fc.string({ unit: 'grapheme', maxLength: 12 });
const singleQuoted = anyText
  .filter((s) => !/[\n\r\t]/.test(s))
  .map((s) => `'${s.replaceAll("'", "''")}'`);
const doubleQuoted = fc.oneof(
  anyText.map((s) => JSON.stringify(s)),
  fc.constantFrom('"\\x41\\u00e9\\t\\n"', '"a\\\n  b"', '"\\/"', '"\\0"', '"\\e"', '"\\_"'),
);
const quotedScalar = fc.oneof(
  singleQuoted,
  doubleQuoted,
  plainScalar.map((s) => `"${s}"`),
);
const inlineScalar = fc.oneof({ weight: 3, arbitrary: plainScalar }, quotedScalar);
const key = fc.oneof(
  { weight: 16, arbitrary: word },
  fc.constantFrom('1', '1.0', '0x1F', '~', 'null', 'true', '"1"', "'~'", 'café', '<<', '__proto__'),
  fc.constantFrom('"a b"', '? x', '[a, b]', '{a: 1}', 'x y', '-1', '.inf', '2026-03-01'),
);
const comment = fc.constantFrom('', '', '', ' # note', '  #c', ' #', ' # a: b');

type Node =
  | { kind: 'scalar'; text: string }
  | { kind: 'block'; style: string; lines: string[] }
  | { kind: 'map'; flow: boolean; pairs: [string, Node][] }
  | { kind: 'seq'; flow: boolean; items: Node[] };

const blockScalar = fc.record({
  kind: fc.constant('block' as const),
  style: fc.constantFrom('|', '>', '|-', '>-', '|+', '>+', '|2'),
  lines: fc.array(fc.oneof(word, fc.constant(''), fc.constant('  indented'), anyText), {
    minLength: 1,
    maxLength: 4,
  }),
});

const { node } = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('scalar' as const), text: inlineScalar }),
    blockScalar,
    fc.record({
      kind: fc.constant('map' as const),
      flow: fc.boolean(),
      pairs: fc.array(fc.tuple(key, tie('node')), { maxLength: 4 }),
    }),
    fc.record({
      kind: fc.constant('seq' as const),
      flow: fc.boolean(),
      items: fc.array(tie('node'), { maxLength: 4 }),
    }),
  ),
}));

/** Inline (flow) form of a node, or undefined when it has none (a block scalar). */
function flowText(n: Node): string | undefined {
  switch (n.kind) {
    case 'scalar':
      return n.text;
    case 'block':
      return undefined;
    case 'map': {
      const parts = n.pairs.map(([k, v]) => {
        const t = flowText(v);
        return t === undefined ? undefined : `${k}: ${t}`;
      });
      return parts.includes(undefined) ? undefined : `{${parts.join(', ')}}`;
    }
    case 'seq': {
      const parts = n.items.map(flowText);
      return parts.includes(undefined) ? undefined : `[${parts.join(', ')}]`;
    }
  }
}

/** Lines of a node placed after `key:` or `-` at `indent`: [text after the indicator, lines below]. */
function blockText(n: Node, indent: number, notes: string[]): [string, string[]] {
  const pad = ' '.repeat(indent + 2);
  const note = (i: number) => notes[i % notes.length] ?? '';
  if (n.kind === 'block') {
    const body = n.style.endsWith('2') ? n.lines.map((l) => `${pad}${l}`) : n.lines;
    return [` ${n.style}`, n.style.endsWith('2') ? body : body.map((l) => `${pad}${l}`)];
  }
  const flow = flowText(n);
  if (
    n.kind === 'scalar' ||
    (flow !== undefined && (n.kind === 'map' ? n.flow : n.kind === 'seq' && n.flow))
  ) {
    return [` ${flow}${note(indent)}`, []];
  }
  if (n.kind === 'map') {
    if (n.pairs.length === 0) return [' {}', []];
    const lines: string[] = [];
    n.pairs.forEach(([k, v], i) => {
      const [head, rest] = blockText(v, indent + 2, notes);
      lines.push(
        `${pad}${k}:${head}${head.startsWith(' |') || head.startsWith(' >') ? '' : note(i)}`,
        ...rest,
      );
    });
    return [note(1), lines];
  }
  if (n.items.length === 0) return [' []', []];
  const lines: string[] = [];
  n.items.forEach((v, i) => {
    const [head, rest] = blockText(v, indent + 2, notes);
    lines.push(`${pad}-${head}${note(i + 1)}`, ...rest);
  });
  return [note(2), lines];
}

/** A whole document: a top-level mapping of generated pairs, with BOM, CRLF, markers, comments. */
const documentText = fc
  .record({
    pairs: fc.array(fc.tuple(key, node), { minLength: 1, maxLength: 6 }),
    notes: fc.array(comment, { minLength: 1, maxLength: 4 }),
    bom: fc.boolean(),
    crlf: fc.boolean(),
    start: fc.constantFrom('', '', '---\n', '# head\n', '--- # c\n'),
    end: fc.constantFrom('', '', '...\n', '\n\n', '# tail'),
  })
  .map(({ pairs, notes, bom, crlf, start, end }) => {
    const lines: string[] = [];
    for (const [k, v] of pairs) {
      const [head, rest] = blockText(v, -2, notes);
      lines.push(`${k}:${head}`, ...rest);
    }
    const text = `${start}${lines.join('\n')}\n${end}`;
    return (bom ? '\uFEFF' : '') + (crlf ? text.replaceAll('\n', '\r\n') : text);
  });

describe('the fast YAML path means what yaml means (one YAML language)', () => {
  it('gives yaml’s data or gives up, over generated documents', () => {
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(documentText, (text) => {
        runs++;
        if (agrees(text)) accepted++;
      }),
      { numRuns: 3000 },
    );
    // a fast path that always gave up would pass the property; it must take most documents
    expect(accepted).toBeGreaterThan(runs / 4);
  });

  // the forms js-yaml reads as a string where yaml gives ±Infinity (a double overflows)
  const overflows = new Set(['1' + '0'.repeat(400), '1e400', '-1e400', '0x' + 'f'.repeat(300)]);
  it.each(coreScalars)('gives yaml’s value for the scalar %s, as a value and as a key', (s) => {
    // as a value, every form is taken (a fast path that gives up on numbers is no fast path)
    expect(agrees(`k: ${s}\n`)).toBe(!overflows.has(s));
    agrees(`- ${s}\n`);
    agrees(`${s}: v\n`);
    agrees(`{k: ${s}}\n`);
  });

  it('gives up on what yaml must handle', () => {
    for (const text of [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a: !custom 1\n',
      '%YAML 1.2\n---\na: 1\n',
      'a: 1\na: 2\n',
      '---\na: 1\n---\nb: 2\n',
      '',
      '# only a comment\n',
      'just a string\n',
      'a:\tb\n',
      '<<: {a: 1}\n',
      '__proto__: 1\n',
      '~: 1\n',
      '1: one\n',
      'a: 1e400\n',
      'a: [1, 2\n',
      // yaml refuses an implicit key longer than 1,024 characters; js-yaml takes it
      `${'k'.repeat(1100)}: 1\n`,
      `${'k'.repeat(900)}${' '.repeat(200)}: 1\n`,
      `{${'k'.repeat(1100)}: 1}\n`,
      `"${'k'.repeat(1100)}": 1\n`,
    ]) {
      expect(parseFastYaml(text), text).toBeUndefined();
    }
  });

  it('takes a long value, and a key of 900 characters', () => {
    expect(agrees(`k: ${'v'.repeat(5000)}\n`)).toBe(true);
    expect(agrees(`${'k'.repeat(900)}: 1\n`)).toBe(true);
  });

  it('takes a plain vendor file', () => {
    const text = 'vendor: Acme\nanswers:\n  sla: 4\n  cost: 370.1\n  tools: [a, b]\n';
    expect(parseFastYaml(text)).toEqual({
      vendor: 'Acme',
      answers: { sla: 4, cost: 370.1, tools: ['a', 'b'] },
    });
  });

  it('gives yaml’s data for every YAML file of the repository', () => {
    const files = ['criteria', 'examples', 'tests/fixtures'].flatMap((d) =>
      yamlFiles(join(root, d)),
    );
    expect(files.length).toBeGreaterThan(50);
    let accepted = 0;
    for (const file of files) if (agrees(readFileSync(file, 'utf8'))) accepted++;
    expect(accepted).toBeGreaterThan(files.length / 2);
  });
});

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

// keep `parseDocument` honest as the reference: the options parseSource uses
it('parseSource reads with yaml 1.2 core and unique keys', () => {
  expect(parseDocument('a: 0o17\n', { version: '1.2', schema: 'core' }).toJS()).toEqual({ a: 15 });
});
