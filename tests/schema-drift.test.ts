import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaOf, schemaKinds } from '../src/core/model/json-schema.js';

// The published schemas are generated from the zod schemas the CLI validates with. When this
// fails, run `npm run schema` and commit the result.
describe('schema/*.schema.json', () => {
  it.each(schemaKinds)('schema/%s.schema.json matches the zod schema', (kind) => {
    const committed: unknown = JSON.parse(
      readFileSync(new URL(`../schema/${kind}.schema.json`, import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(jsonSchemaOf(kind));
  });

  it('criteria schema has one closed object per criterion type, as the CLI enforces', () => {
    const schema = jsonSchemaOf('criteria') as {
      properties: {
        criteria: {
          items: {
            oneOf: { additionalProperties: unknown; properties: { type: { const: string } } }[];
          };
        };
      };
    };
    const variants = schema.properties.criteria.items.oneOf;
    expect(variants.map((v) => v.properties.type.const)).toEqual([
      'scale',
      'number',
      'boolean',
      'choice',
      'multi',
      'cost',
      'pairwise',
    ]);
    expect(variants.every((v) => v.additionalProperties === false)).toBe(true);
  });
});
