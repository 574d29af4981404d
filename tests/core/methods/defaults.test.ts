// Each method's `defaults` is plain data beside its options schema, so a run without options
// never calls zod (issue 16): `optionsOf` hands out a copy of it for absent or empty options,
// and for the defaults themselves. These hold, for every registered method, that it is exactly
// what zod gives: a default changed in one place only fails here.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinMethods, resolveMethodOptions } from '../../../src/core/methods/index.js';
import { optionsOf } from '../../../src/core/methods/options.js';
import { optionsArb } from './fixtures.js';

/** Deep-equal with the keys in the same order (provenance prints them in order). */
function same(a: unknown, b: unknown): boolean {
  return (
    isDeepStrictEqual(a, b) && isDeepStrictEqual(Object.keys(a as object), Object.keys(b as object))
  );
}

describe.each(builtinMethods.map((m) => [m.id, m] as const))('%s defaults', (_, method) => {
  it('are what its schema parses {} to', () => {
    expect(same(method.options.parse({}), method.defaults)).toBe(true);
  });

  it('parse to themselves (options resolved once are handed back to the method)', () => {
    expect(same(method.options.parse(method.defaults), method.defaults)).toBe(true);
  });

  it('are what optionsOf gives without options, as a fresh copy', () => {
    for (const raw of [undefined, null, {}, { ...method.defaults }]) {
      const options = optionsOf(() => method.options, method.defaults, raw);
      expect(same(options, method.options.parse(raw ?? {}))).toBe(true);
      expect(options).not.toBe(method.defaults);
    }
    const set = { method: method.id, methodOptions: {} };
    expect(same(resolveMethodOptions(method, set), method.defaults)).toBe(true);
  });

  it('leave options with keys to zod', () => {
    fc.assert(
      fc.property(optionsArb(method), (raw) => {
        expect(
          same(
            optionsOf(() => method.options, method.defaults, raw),
            method.options.parse(raw),
          ),
        ).toBe(true);
      }),
      { seed: 20261207, numRuns: 200 },
    );
    // options that do not parse give the defaults, never a throw
    const bad = { [Object.keys(method.options.shape)[0] ?? 'unknown']: 'not an option value' };
    expect(
      same(
        optionsOf(() => method.options, method.defaults, bad),
        method.defaults,
      ),
    ).toBe(true);
  });
});
