import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/report/json-chunks.js';

/** What the pieces join to; '' where JSON.stringify gives undefined. */
function joined(value: unknown, indent: number | string, depth?: number): string {
  return [...jsonChunks(value, indent, depth)].join('');
}

/** Leaves JSON.stringify treats in every way it can: escapes, -0, lone surrogates, omitted. */
const leaf = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('"', '\\', '\n', '\u0000', '\u2028', '\ud800', 'é', '😀') }),
  fc.double(),
  fc.constantFrom(-0, 0, Number.NaN, Infinity, -Infinity, 1e21, 5e-324),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(() => 1),
  fc.constant(Symbol('s')),
  fc.constant(new Date(0)),
  fc.constant(Object(3) as object),
  fc.constant(Object('boxed') as object),
);

/** Nested arrays and objects (empty ones among them) with any keys, and values with `toJSON`. */
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object'), tie('withToJSON')),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(fc.string(), tie('value'), { maxKeys: 5 }),
  withToJSON: tie('value').map((inner) => ({
    toJSON: (key: string) => ({ key, inner }),
  })),
}));

const indent = fc.oneof(fc.integer({ min: -2, max: 12 }), fc.constantFrom('', '\t', '  ', '-->'));

describe('jsonChunks', () => {
  it('joins to exactly what JSON.stringify writes, at any depth of streaming', () => {
    fc.assert(
      fc.property(value, indent, fc.integer({ min: 0, max: 4 }), (v, i, depth) => {
        expect(joined(v, i, depth)).toBe(JSON.stringify(v, null, i) ?? '');
      }),
      { numRuns: 2000 },
    );
  });

  it('writes a top-level undefined, function or symbol as nothing, as JSON.stringify does', () => {
    for (const v of [undefined, () => 1, Symbol('s'), { toJSON: () => undefined }]) {
      expect(JSON.stringify(v)).toBeUndefined();
      expect(joined(v, 2)).toBe('');
    }
  });

  it('hands out a large document in several pieces, each made only as it is written', () => {
    let made = 0;
    const doc = {
      header: { tool: 'x' },
      items: Array.from({ length: 200 }, (_, i) => ({
        toJSON: () => {
          made++;
          return { i, text: 'y'.repeat(1000), list: [1, 2, { deep: [] }] };
        },
      })),
    };
    const pieces = jsonChunks(doc, 2);
    const first = pieces.next();
    expect(first.done).toBe(false);
    // the first piece holds ~64 Ki characters: some 60 items, not all 200
    expect(made).toBeLessThan(100);
    const rest = [...pieces];
    expect(rest.length).toBeGreaterThan(1);
    expect([first.value, ...rest].join('')).toBe(JSON.stringify(doc, null, 2));
  });

  it('throws as JSON.stringify does on a cycle and on a BigInt', () => {
    const cyclic: Record<string, unknown> = { a: [] };
    (cyclic.a as unknown[]).push(cyclic);
    expect(() => joined(cyclic, 2, 4)).toThrow(TypeError);
    expect(() => joined({ n: 1n }, 2, 4)).toThrow(TypeError);
    expect(() => joined({ n: [1n] }, 2, 0)).toThrow(TypeError);
  });
});
