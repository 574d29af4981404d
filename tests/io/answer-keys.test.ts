import { describe, expect, it } from 'vitest';
import { answerObjectSchema } from '../../src/core/model/vendor-schema.js';
import { schemaKeysAt } from '../../src/io/schema-keys.js';
import { answerKeys } from '../../src/io/vendor-rules.js';

// vendor-rules checks the keys of an answer written as a mapping against a list written out, so
// that a run over valid files never loads the schema (and zod): the list must be the schema's.
describe('the keys of an answer mapping', () => {
  it('are exactly those of the answer schema, in its order', () => {
    expect([...answerKeys]).toEqual(schemaKeysAt(answerObjectSchema, [], undefined));
  });
});
