import { crc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nativeCrc32 } from '../../src/cli/code-cache.js';
import { isBuilt, runBuilt } from './run-cli.js';

describe('the code cache checksum', () => {
  it('is zlib’s CRC-32, byte for byte, taken from the binding or from node:zlib', () => {
    const native = nativeCrc32();
    // the CRC-32 of "123456789" is 0xCBF43926 (the check value of the CRC catalogue)
    expect(native(Buffer.from('123456789'), 0)).toBe(0xcbf43926);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.nat(0xffffffff), (bytes, start) => {
        expect(native(bytes, start)).toBe(crc32(bytes, start));
      }),
      { numRuns: 500 },
    );
  });

  it.runIf(isBuilt)('with pending deprecations shown, a run warns of nothing', () => {
    const envs: Record<string, string>[] = [
      { NODE_PENDING_DEPRECATION: '1' },
      { NODE_OPTIONS: '--pending-deprecation' },
      { NODE_OPTIONS: '--pending_deprecation' },
    ];
    for (const env of envs) {
      const run = runBuilt(['criteria', 'list'], { env });
      expect(run.code).toBe(0);
      expect(run.stderr).not.toMatch(/Deprecation|DEP0/);
    }
  });
});
