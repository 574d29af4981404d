// The zod-free vendor-file check (src/core/model/vendor-shape.ts) is used in place of
// `vendorFileSchema.safeParse` when it accepts a file (issue 16: a run with valid files never
// calls zod). The property below is what proves the two equal: over generated near-valid
// documents, `isVendorFile` is exactly zod's `success`, and `vendorFileOf` is exactly zod's
// output (deep-equal, same key order), so the loader's result cannot tell which one ran.
import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pricingModelIds } from '../../../src/core/model/pricing-models.js';
import { vendorFileSchema } from '../../../src/core/model/vendor-schema.js';
import { isVendorFile, vendorFileOf } from '../../../src/core/model/vendor-shape.js';
import { parseSource } from '../../../src/io/source.js';
import { hostileText } from '../../properties/arbitraries.js';
import {
  acceptedShareOfMutations,
  acceptedSingleMutations,
  sameOutput,
} from './shape-mutations.js';

const text = fc.oneof(fc.string({ maxLength: 8 }), hostileText);
const id = fc
  .array(fc.constantFrom('a', 'acme', 'x1', '0', 'v2', 'care'), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join('-'));
/** A number for a `.min(0)` key, now and then at or just past an edge. */
const amount = fc.oneof(
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.constantFrom(0, -0, 1, 0.5, 1e-12),
);
const json = fc.jsonValue({ maxDepth: 2 });

/** A record keyed by criterion-like ids and, now and then, unusual keys. */
const record = <T>(value: fc.Arbitrary<T>) =>
  fc.dictionary(fc.oneof(id, fc.constantFrom('constructor', '0', 'toString', 'a b')), value, {
    maxKeys: 4,
  });

const tier = fc.record(
  { upTo: fc.oneof(fc.double({ min: 1e-9, max: 1e6, noNaN: true }), fc.constant(1)), rate: amount },
  { requiredKeys: ['rate'] },
);

const pricing = fc.record(
  {
    model: fc.constantFrom(...pricingModelIds),
    currency: text,
    rates: record(amount),
    tiers: record(fc.array(tier, { minLength: 1, maxLength: 3 })),
    setupFee: amount,
    monthlyMinimum: amount,
    monthlyFees: record(amount),
    annualIncrease: amount,
    resolutionRate: fc.oneof(fc.double({ min: 1e-9, max: 1, noNaN: true }), fc.constant(1)),
    base: amount,
    hoursBilled: fc.constantFrom('paid', 'logged-in'),
    variable: fc.constantFrom(...pricingModelIds.filter((m) => m !== 'hybrid')),
  },
  { requiredKeys: ['model'] },
);

const moderation = fc.record(
  {
    value: json,
    rationale: fc.string({ minLength: 1, maxLength: 8 }),
    by: fc.string({ minLength: 1, maxLength: 8 }),
    date: text,
  },
  { requiredKeys: ['value', 'rationale', 'by'] },
);

const answer = fc.oneof(
  json,
  fc.record({ value: json, evidence: text, note: text }, { requiredKeys: ['value'] }),
);

/** A valid vendor file: every key optional, each drawn from what the schema allows. */
const vendorDoc = fc.record(
  {
    $schema: fc.constant('../../schema/vendor.schema.json'),
    vendor: id,
    name: text,
    evaluator: fc.string({ minLength: 1, maxLength: 8 }),
    profile: record(json),
    answers: fc.oneof(record(answer), fc.constant(null)),
    pricing,
    moderated: record(moderation),
  },
  { requiredKeys: [] },
);

/** zod's verdict and output, as the shape check must give them. */
function zodOf(data: unknown): { success: boolean; data: unknown } {
  const parsed = vendorFileSchema.safeParse(data);
  return { success: parsed.success, data: parsed.success ? parsed.data : undefined };
}

function expectSame(data: unknown): boolean {
  const zod = zodOf(data);
  expect(isVendorFile(data)).toBe(zod.success);
  expect(sameOutput(vendorFileOf(data), zod.data)).toBe(true);
  return zod.success;
}

describe('isVendorFile / vendorFileOf', () => {
  it('give exactly zod’s verdict and output on near-valid vendor files', () => {
    const share = acceptedShareOfMutations(vendorDoc, expectSame, 5000);
    // both verdicts are exercised in earnest, not one of them by chance
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.75);
  });

  it('agree on every single change to a file with every key', () => {
    const full = {
      $schema: 's',
      vendor: 'acme',
      name: 'Acme',
      evaluator: 'a.lee',
      profile: { hq: 'x', seats: 3 },
      answers: { 'sla-a': 3, 'sla-b': { value: 'x', evidence: 'e', note: 'n' } },
      pricing: {
        model: 'hybrid',
        currency: 'EUR',
        rates: { email: 1.5 },
        tiers: { voice: [{ upTo: 100, rate: 2 }, { rate: 1 }] },
        setupFee: 0,
        monthlyMinimum: 10,
        monthlyFees: { licence: 5 },
        annualIncrease: 0.03,
        resolutionRate: 0.4,
        base: 100,
        hoursBilled: 'paid',
        variable: 'per-resolution',
      },
      moderated: { 'sla-a': { value: 4, rationale: 'agreed', by: 'panel', date: '2026-01-02' } },
    };
    expect(expectSame(full)).toBe(true);
    const { total, accepted } = acceptedSingleMutations(full, expectSame);
    expect(total).toBeGreaterThan(5000);
    expect(accepted).toBeGreaterThan(total / 10);
  });

  it('give zod’s output, not the input, where zod drops or reorders keys', () => {
    const rates: Record<string, unknown> = { email: 1 };
    Object.defineProperty(rates, '__proto__', { value: 'x', enumerable: true, writable: true });
    const data = { name: 'n', vendor: 'v', pricing: { rates, model: 'per-contact' } };
    expect(expectSame(data)).toBe(true);
    // zod leaves an own `__proto__` key of a record out, unchecked, and puts keys in its order
    const out = vendorFileOf(data);
    expect(Object.keys(out ?? {})).toEqual(['vendor', 'name', 'pricing']);
    expect(Object.keys(out?.pricing?.rates ?? {})).toEqual(['email']);
    expect(isDeepStrictEqual(out, data)).toBe(false);
  });

  it('agree on inputs no YAML file gives', () => {
    const cases: unknown[] = [
      new Date(0), // an object schema takes any non-array object: accepted as {}
      new Map(),
      Object.create(null) as unknown,
      Object.create({ vendor: 'acme' }) as unknown, // an inherited known key counts as present
      Object.create({ extra: 1 }) as unknown, // an inherited unknown key is refused
      { [Symbol('s')]: 1 }, // a symbol key is not an unknown key of an object
      { profile: { [Symbol('s')]: 1 } }, // but is refused by a string-keyed record
      { profile: Object.create(null) as unknown },
      { profile: new Date(0) }, // a record wants a plain object
      { profile: { constructor: 'x' } },
      {
        get vendor() {
          return 'acme';
        },
      },
      { vendor: undefined },
      { answers: null },
      { profile: null },
      { moderated: { a: { rationale: 'r', by: 'b' } } }, // `value` is required, even unknown
      { moderated: { a: { value: undefined, rationale: 'r', by: 'b' } } },
      { pricing: { model: 'per-hour', tiers: { a: [{ upTo: -0, rate: 1 }] } } },
      { pricing: { model: 'per-hour', tiers: { a: [{ rate: -0 }] } } },
      { pricing: { model: 'per-resolution', resolutionRate: 1 } },
      { pricing: { model: 'hybrid', variable: 'hybrid' } },
      [],
      null,
      'vendor: acme',
    ];
    for (const data of cases) expectSame(data);
  });

  it('accept every shipped example vendor file', () => {
    const dir = new URL('../../../examples/vendors/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const { source } = parseSource(file, readFileSync(new URL(file, dir), 'utf8'));
      expect(isVendorFile(source?.data), file).toBe(true);
      expectSame(source?.data);
    }
  });
});
