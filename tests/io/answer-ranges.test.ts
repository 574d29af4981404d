import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCriteria } from '../../src/io/criteria-loader.js';
import { loadVendors } from '../../src/io/vendor-loader.js';
import { fixtures, lines, tempDir, writeTree } from './helpers.js';

/** Loads one vendor file of `answers` lines against the vendor-test set. */
function load(answers: string[]) {
  const set = loadCriteria('vendor-set.yaml', fixtures, fixtures).set;
  if (!set) throw new Error('vendor-set.yaml does not load');
  const dir = tempDir();
  writeTree(dir, { 'acme.yaml': ['vendor: acme', 'answers:', ...answers, ''].join('\n') });
  const file = path.join(dir, 'acme.yaml');
  return loadVendors([{ path: file, display: 'acme.yaml', explicit: true }], set);
}

describe('answers written as ranges', () => {
  it('a uniform range is used at its middle and kept as the range', () => {
    const loaded = load(['  service-level: { value: { min: 80, max: 85 }, evidence: "RFP p. 4" }']);
    expect(lines(loaded.issues)).toEqual([]);
    expect(loaded.vendors[0]?.answers.get('service-level')).toMatchObject([
      { value: 82.5, range: { kind: 'uniform', min: 80, max: 85 }, evidence: 'RFP p. 4' },
    ]);
  });

  it('a triangular range is used at its mean (low + mode + high)/3', () => {
    const loaded = load(['  quality: { value: { low: 2, mode: 4, high: 5 } }']);
    expect(lines(loaded.issues)).toEqual([]);
    expect(loaded.vendors[0]?.answers.get('quality')).toMatchObject([
      { value: 11 / 3, range: { kind: 'triangular', low: 2, mode: 4, high: 5 } },
    ]);
  });

  it('refuses min above max, at the value, saying the fix', () => {
    expect(lines(load(['  service-level: { value: { min: 85, max: 80 } }']).issues)).toEqual([
      'acme.yaml:3:27 error the range for "service-level" runs from 85 down to 80: min is above max (invalid-answer-range) — write { min: 80, max: 85 }',
    ]);
  });

  it('refuses a mode outside low–high', () => {
    expect(
      lines(load(['  service-level: { value: { low: 80, mode: 90, high: 85 } }']).issues),
    ).toEqual([
      'acme.yaml:3:27 error the range for "service-level" must have low ≤ mode ≤ high, found low 80, mode 90, high 85 (invalid-answer-range) — the mode is the most likely value, between the lowest and the highest',
    ]);
  });

  it('refuses a bound outside the criterion, at the bound', () => {
    expect(lines(load(['  service-level: { value: { min: 80, max: 120 } }']).issues)).toEqual([
      'acme.yaml:3:43 error "service-level" is 120, outside 50–100 % (out-of-range)',
    ]);
    expect(lines(load(['  quality: { value: { min: 3, max: 6 } }']).issues)).toEqual([
      'acme.yaml:3:36 error "quality" is 6, outside the scale 1–5 (out-of-range) — the rubric: 1 poor, 3 fair, 5 excellent',
    ]);
    expect(lines(load(['  quality: { value: { min: 3.5, max: 4 } }']).issues)).toEqual([
      'acme.yaml:3:28 error "quality" takes a whole number from 1 to 5, found 3.5 (invalid-type)',
    ]);
  });

  it('refuses a range for a criterion that is not a number or a scale', () => {
    expect(lines(load(['  soc2-type2: { value: { min: 0, max: 1 } }']).issues)).toEqual([
      'acme.yaml:3:24 error "soc2-type2" is a boolean criterion: only number and scale answers can be ranges (invalid-answer-range) — write the one answer the evidence supports',
    ]);
  });

  it('refuses a mapping that is neither range form', () => {
    expect(lines(load(['  service-level: { value: { min: 80, high: 85 } }']).issues)).toEqual([
      'acme.yaml:3:27 error the answer to "service-level" is a mapping with "min", "high"; a range is { min, max } or { low, mode, high } (invalid-answer-range) — write { min: 80, max: 85 } for "somewhere between", or { low: 80, mode: 83, high: 85 } for "most likely 83"',
    ]);
  });

  it('a range written without `value:` says where it goes', () => {
    expect(lines(load(['  service-level: { min: 80, max: 85 }']).issues)).toEqual([
      'acme.yaml:3:20 error unknown key "min" in an answer (unknown-key) — a range goes under value: { value: { min: 80, max: 85 } }',
      'acme.yaml:3:29 error unknown key "max" in an answer (unknown-key) — a range goes under value: { value: { min: 80, max: 85 } }',
      'acme.yaml:3:18 error the answer to "service-level" is a mapping without `value` (required) — write { value: …, evidence: "…" }',
    ]);
  });

  it('a range with min = max is the point', () => {
    const loaded = load(['  service-level: { value: { min: 82, max: 82 } }']);
    expect(lines(loaded.issues)).toEqual([]);
    expect(loaded.vendors[0]?.answers.get('service-level')?.[0]?.value).toBe(82);
  });
});
