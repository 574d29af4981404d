// The zod-free project-file check (src/core/model/config-shape.ts) is used in place of
// `configFileSchema.safeParse` when it accepts a file (issue 16: a run with a valid project file
// never calls zod). The properties below are what prove the two equal: over generated near-valid
// documents, and over every single change to a file with every key, `isConfigFile` is exactly
// zod's `success` and `configFileOf` exactly zod's output (deep-equal, same key order).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configFileSchema } from '../../../src/core/model/config-schema.js';
import { configFileOf, isConfigFile } from '../../../src/core/model/config-shape.js';
import { parseSource } from '../../../src/io/source.js';
import { hostileText } from '../../properties/arbitraries.js';
import {
  acceptedShareOfMutations,
  acceptedSingleMutations,
  sameOutput,
} from './shape-mutations.js';

const text = fc.oneof(fc.string({ maxLength: 8 }), hostileText);
const id = fc
  .array(fc.constantFrom('a', 'acme', 'x1', '0', 'v2'), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join('-'));
const fraction = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, -0, 1));

const policy = fc.record(
  {
    selected: id,
    minScore: fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(0, 100)),
    requireEligible: fc.boolean(),
    requireTop: fc.boolean(),
    maxMissing: fc.oneof(fc.nat(), fc.constantFrom(0, -0, 2 ** 53 - 1)),
    requireEvidence: fc.oneof(fc.boolean(), fc.array(id, { maxLength: 3 })),
    maxMonthlyCost: fc.double({ min: 0, max: 1e7, noNaN: true }),
    maxConsistencyRatio: fraction,
    minRobustness: fraction,
  },
  { requiredKeys: [] },
);

/** A valid project file: every key optional, each drawn from what the schema allows. */
const configDoc = fc.record(
  {
    $schema: fc.constant('./schema/config.schema.json'),
    criteria: text,
    vendors: fc.oneof(text, fc.array(text, { maxLength: 3 })),
    method: text,
    policy,
  },
  { requiredKeys: [] },
);

function expectSame(data: unknown): boolean {
  const parsed = configFileSchema.safeParse(data);
  expect(isConfigFile(data)).toBe(parsed.success);
  expect(sameOutput(configFileOf(data), parsed.success ? parsed.data : undefined)).toBe(true);
  return parsed.success;
}

describe('isConfigFile / configFileOf', () => {
  it('give exactly zod’s verdict and output on near-valid project files', () => {
    const share = acceptedShareOfMutations(configDoc, expectSame, 5000);
    // both verdicts are exercised in earnest, not one of them by chance
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.75);
  });

  it('agree on every single change to a file with every key', () => {
    const full = {
      $schema: 's',
      criteria: 'contact-centre',
      vendors: ['vendors/', 'more/'],
      method: 'topsis',
      policy: {
        selected: 'acme',
        minScore: 60,
        requireEligible: true,
        requireTop: false,
        maxMissing: 2,
        requireEvidence: ['sla-a'],
        maxMonthlyCost: 1000,
        maxConsistencyRatio: 0.1,
        minRobustness: 0.5,
      },
    };
    expect(expectSame(full)).toBe(true);
    const { total, accepted } = acceptedSingleMutations(full, expectSame);
    expect(total).toBeGreaterThan(3000);
    expect(accepted).toBeGreaterThan(total / 40);
  });

  it('agree on edge cases of its numbers and unions', () => {
    const cases: unknown[] = [
      { policy: { maxMissing: -0 } },
      { policy: { maxMissing: 2 ** 53 } }, // `.int()` is a safe integer
      { policy: { maxMissing: 1.5 } },
      { policy: { requireEvidence: [] } },
      { policy: { requireEvidence: 'yes' } },
      { vendors: [] },
      // eslint-disable-next-line no-sparse-arrays
      { vendors: ['a', , 'b'] },
      { policy: null },
      new Date(0),
      Object.create(null),
    ];
    for (const data of cases) expectSame(data);
  });

  it('accept the shipped project file', () => {
    const url = new URL('../../../examples/vendor-eval.config.yaml', import.meta.url);
    const { source } = parseSource('vendor-eval.config.yaml', readFileSync(url, 'utf8'));
    expect(isConfigFile(source?.data)).toBe(true);
    expectSame(source?.data);
  });
});
