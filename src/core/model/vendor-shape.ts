import type { VendorFileInput } from './vendor-schema.js';
import { idPattern } from './ids.js';
import {
  anything,
  arrayOf,
  nonEmptyString,
  nullable,
  numberWhere,
  oneOf,
  optional,
  recordOf,
  refused,
  strictObject,
  string,
  stringMatching,
} from './shape-checks.js';
import { pricingModelIds } from './pricing-models.js';

/**
 * `vendorFileSchema` (vendor-schema.ts) without zod: the same rules, key for key, so a run whose
 * vendor files are valid never loads or calls zod (issue 16); zod still reports the issues of a
 * file this refuses. tests/core/model/vendor-shape.test.ts proves the two equal. Change both
 * together.
 */

const nonNegative = numberWhere((n) => n >= 0);

const volumeTier = strictObject({
  upTo: optional(numberWhere((n) => n > 0)),
  rate: nonNegative,
});

const pricing = strictObject({
  model: oneOf(pricingModelIds),
  currency: optional(string),
  rates: optional(recordOf(nonNegative)),
  tiers: optional(recordOf(arrayOf(volumeTier, 1))),
  setupFee: optional(nonNegative),
  monthlyMinimum: optional(nonNegative),
  monthlyFees: optional(recordOf(nonNegative)),
  annualIncrease: optional(nonNegative),
  resolutionRate: optional(numberWhere((n) => n > 0 && n <= 1)),
  base: optional(nonNegative),
  hoursBilled: optional(oneOf(['paid', 'logged-in'])),
  variable: optional(oneOf(pricingModelIds.filter((m) => m !== 'hybrid'))),
});

const moderation = strictObject({
  value: anything,
  rationale: nonEmptyString,
  by: nonEmptyString,
  date: optional(string),
});

const vendorFile = strictObject<VendorFileInput>({
  $schema: optional(string),
  vendor: optional(stringMatching(idPattern)),
  name: optional(string),
  evaluator: optional(nonEmptyString),
  profile: optional(recordOf(anything)),
  answers: optional(nullable(recordOf(anything))),
  pricing: optional(pricing),
  moderated: optional(recordOf(moderation)),
});

/**
 * What `vendorFileSchema.safeParse(data).data` is when it succeeds (a fresh object, keys in the
 * schema's order, an own `__proto__` key left out of records), undefined when it fails.
 */
export function vendorFileOf(data: unknown): VendorFileInput | undefined {
  const out = vendorFile(data);
  return out === refused ? undefined : out;
}

/** Exactly `vendorFileSchema.safeParse(data).success`, without zod. */
export function isVendorFile(data: unknown): data is VendorFileInput {
  return vendorFile(data) !== refused;
}
