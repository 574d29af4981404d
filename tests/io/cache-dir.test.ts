import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir } from '../../src/io/cache-dir.js';

describe('cacheDir', () => {
  it.each([
    ['XDG_CACHE_HOME first', [], { XDG_CACHE_HOME: '/x', HOME: '/h' }, join('/x', 'vendor-eval')],
    ['then ~/.cache', [], { HOME: '/h' }, join('/h', '.cache', 'vendor-eval')],
    ['USERPROFILE when no HOME', [], { USERPROFILE: '/u' }, join('/u', '.cache', 'vendor-eval')],
    ['VENDOR_EVAL_CACHE_DIR over all', [], { VENDOR_EVAL_CACHE_DIR: '/c', HOME: '/h' }, '/c'],
    ['nowhere to put it', [], {}, undefined],
    ['--no-cache', ['rank', '--no-cache'], { HOME: '/h' }, undefined],
    ['VENDOR_EVAL_NO_CACHE=1', [], { HOME: '/h', VENDOR_EVAL_NO_CACHE: '1' }, undefined],
    [
      'VENDOR_EVAL_NO_CACHE=0 keeps it',
      [],
      { HOME: '/h', VENDOR_EVAL_NO_CACHE: '0' },
      join('/h', '.cache', 'vendor-eval'),
    ],
    [
      'a file named --no-cache after --',
      ['rank', '--', '--no-cache'],
      { HOME: '/h' },
      join('/h', '.cache', 'vendor-eval'),
    ],
  ])('%s', (_name, argv, env, expected) => {
    expect(cacheDir(argv, env)).toBe(expected);
  });
});
