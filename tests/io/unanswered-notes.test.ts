import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateVendors } from '../../src/core/scoring/evaluate.js';
import { loadCriteria } from '../../src/io/criteria-loader.js';
import { loadVendors } from '../../src/io/vendor-loader.js';
import { fixtures, lines, tempDir, writeTree } from './helpers.js';

describe('a note beside an unanswered value is kept (`{ value: ~, note: … }`)', () => {
  it('is loaded with a null value, judged unanswered, and its note and evidence kept', () => {
    const set = loadCriteria('vendor-set.yaml', fixtures, fixtures).set;
    if (!set) throw new Error('vendor-set.yaml does not load');
    const dir = tempDir();
    writeTree(dir, {
      'acme.yaml': [
        'vendor: acme',
        'answers:',
        '  quality: 4',
        '  service-level: { value: ~, note: "audited figure due in March" }',
        '  soc2-type2: { value: ~, evidence: "requested 2026-02-01" }',
        '  location: ~',
        '',
      ].join('\n'),
    });
    const file = path.join(dir, 'acme.yaml');
    const loaded = loadVendors([{ path: file, display: 'acme.yaml', explicit: true }], set);
    // no evidence-required warning for an answer not given yet
    expect(lines(loaded.issues)).toEqual([]);
    const vendor = loaded.vendors[0];
    if (!vendor) throw new Error('no vendor');
    expect(vendor.answers.get('service-level')).toMatchObject([
      { value: null, note: 'audited figure due in March', evidence: undefined },
    ]);
    expect(vendor.answers.has('location')).toBe(false);

    const [judged] = evaluateVendors(set, [vendor]);
    expect(judged?.missing).toEqual(['service-level', 'soc2-type2', 'location', 'channels']);
    const byId = new Map(judged?.criteria.map((c) => [c.id, c]));
    expect(byId.get('service-level')).toMatchObject({
      answered: false,
      value: null,
      utility: 0,
      note: 'audited figure due in March',
      evidence: undefined,
    });
    expect(byId.get('soc2-type2')).toMatchObject({
      answered: false,
      evidence: 'requested 2026-02-01',
      note: undefined,
    });
  });
});
