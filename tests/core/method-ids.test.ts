import { describe, expect, it } from 'vitest';
import { methodIds } from '../../src/core/methods/index.js';
import { methodIdList } from '../../src/core/methods/method-ids.js';

describe('the method id list the help is built from', () => {
  it('is the registry’s ids, in registry order (a method added to one is added to both)', () => {
    expect([...methodIdList]).toEqual(methodIds());
  });
});
