import type { ConfigFileInput } from './config-schema.js';
import { idPattern } from './ids.js';
import {
  arrayOf,
  boolean,
  numberWhere,
  optional,
  refused,
  strictObject,
  string,
  stringMatching,
  union,
} from './shape-checks.js';

/**
 * `configFileSchema` (config-schema.ts) without zod: the same rules, key for key, so a run whose
 * project file is valid never loads or calls zod (issue 16); zod still reports the issues of a
 * file this refuses. tests/core/model/config-shape.test.ts proves the two equal. Change both
 * together.
 */

const policy = strictObject({
  selected: optional(stringMatching(idPattern)),
  minScore: optional(numberWhere((n) => n >= 0 && n <= 100)),
  requireEligible: optional(boolean),
  requireTop: optional(boolean),
  // `.int()` is zod's safeint format: an integer within ±(2^53 − 1)
  maxMissing: optional(numberWhere((n) => Number.isSafeInteger(n) && n >= 0)),
  requireEvidence: optional(union<boolean | string[]>(boolean, arrayOf(string))),
  maxMonthlyCost: optional(numberWhere((n) => n >= 0)),
  maxConsistencyRatio: optional(numberWhere((n) => n >= 0)),
  minRobustness: optional(numberWhere((n) => n >= 0 && n <= 1)),
});

const configFile = strictObject<ConfigFileInput>({
  $schema: optional(string),
  criteria: optional(string),
  vendors: optional(union<string | string[]>(string, arrayOf(string))),
  method: optional(string),
  policy: optional(policy),
});

/**
 * What `configFileSchema.safeParse(data).data` is when it succeeds (fresh objects and arrays,
 * keys in the schema's order), undefined when it fails.
 */
export function configFileOf(data: unknown): ConfigFileInput | undefined {
  const out = configFile(data);
  return out === refused ? undefined : out;
}

/** Exactly `configFileSchema.safeParse(data).success`, without zod. */
export function isConfigFile(data: unknown): data is ConfigFileInput {
  return configFile(data) !== refused;
}
