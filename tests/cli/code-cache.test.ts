import { describe, expect, it } from 'vitest';
import { codeCacheKey, decodeCodeCache, encodeCodeCache } from '../../src/cli/code-cache.js';

describe('codeCacheKey', () => {
  it('is the command word, help or version for those flags alone, other for anything else', () => {
    expect(codeCacheKey(['rank', 'examples/vendors'])).toBe('rank');
    expect(codeCacheKey(['--no-color', 'criteria', 'list'])).toBe('criteria');
    expect(codeCacheKey([])).toBe('help');
    expect(codeCacheKey(['--help'])).toBe('help');
    expect(codeCacheKey(['-V'])).toBe('version');
    expect(codeCacheKey(['--quiet'])).toBe('other');
    expect(codeCacheKey(['examples/vendors'])).toBe('other');
    expect(codeCacheKey(['../../etc'])).toBe('other');
  });
});

describe('the code cache file', () => {
  const entries = new Map([
    ['cli.cjs', Buffer.from('bytes of one bundle')],
    ['cli-run-rank.cjs', Buffer.alloc(1000, 3)],
  ]);

  it('decodes to the entries it was encoded from', () => {
    expect(decodeCodeCache(encodeCodeCache(entries))).toEqual(entries);
  });

  it('a truncated file, another file or a changed byte: the entries it cannot vouch for are left out', () => {
    const file = encodeCodeCache(entries);
    expect(decodeCodeCache(file.subarray(0, file.length - 1)).size).toBe(0);
    expect(decodeCodeCache(Buffer.from('not a cache file')).size).toBe(0);
    const changed = Buffer.from(file);
    changed[changed.length - 10] = changed[changed.length - 10]! ^ 1;
    expect([...decodeCodeCache(changed).keys()]).toEqual(['cli.cjs']);
  });
});
