import * as z from 'zod';
import { configFileSchema } from './config-schema.js';
import { criteriaSetSchema } from './criteria-schema.js';
import { vendorFileSchema } from './vendor-schema.js';

/** The file kinds that have a published JSON Schema. */
export const schemaKinds = ['criteria', 'vendor', 'policy'] as const;
export type SchemaKind = (typeof schemaKinds)[number];

const sources = {
  criteria: criteriaSetSchema,
  vendor: vendorFileSchema,
  policy: configFileSchema,
} as const;

/**
 * The JSON Schema (draft-07, the draft editors support best) of a file kind, generated from
 * the same zod schema the CLI validates with. Cross-field rules are not in it: editors cannot
 * check them, `vendor-eval validate` does.
 */
export function jsonSchemaOf(kind: SchemaKind): Record<string, unknown> {
  const generated = z.toJSONSchema(sources[kind], { target: 'draft-07', io: 'input' });
  return {
    ...generated,
    $id: `https://vendor-eval.dev/schema/${kind}.schema.json`,
  };
}
