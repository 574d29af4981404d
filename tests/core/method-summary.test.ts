import { describe, expect, it } from 'vitest';
import { vikor } from '../../src/core/methods/vikor.js';
import { boolean, ranked, scale, set, vendor } from './builders.js';

describe('method summaries name only eligible vendors', () => {
  const criteria = set([scale('quality'), boolean('soc2', { must: { kind: 'true' } })]);

  it('VIKOR names no compromise vendor when every vendor is knocked out', () => {
    const r = ranked(
      criteria,
      [vendor('a', { quality: 5, soc2: false }), vendor('b', { quality: 2, soc2: false })],
      { method: vikor, missing: 'zero' },
    );
    expect(r.vendors.every((v) => v.rank === null)).toBe(true);
    expect((r.methodSummary?.compromise as { vendors: string[] }).vendors).toEqual([]);
  });

  it('VIKOR keeps the compromise among eligible vendors when there are some', () => {
    const r = ranked(
      criteria,
      [
        vendor('a', { quality: 5, soc2: true }),
        vendor('b', { quality: 2, soc2: true }),
        vendor('c', { quality: 5, soc2: false }),
      ],
      { method: vikor, missing: 'zero' },
    );
    const names = (r.methodSummary?.compromise as { vendors: string[] }).vendors;
    expect(names).toContain('a');
    expect(names).not.toContain('c');
  });
});
