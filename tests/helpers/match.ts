import { expect } from 'vitest';

/**
 * vitest's asymmetric matchers, typed `unknown` instead of vitest's `any`: a matcher placed in an
 * expected object (`{ score: match.closeTo(65, 10) }`) then is a value of no particular type, not
 * an unchecked `any` that the type-aware lint rightly reports. Same matchers, same behaviour.
 */
export const match = {
  any: (constructor: unknown): unknown => expect.any(constructor),
  closeTo: (expected: number, precision?: number): unknown => expect.closeTo(expected, precision),
  stringContaining: (expected: string): unknown => expect.stringContaining(expected),
};
