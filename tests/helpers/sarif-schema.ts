// The SARIF 2.1.0 schema check the tests share (the schema is vendored: tests/fixtures/schemas).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { repoRoot } from '../cli/run-cli.js';

const schema = JSON.parse(
  readFileSync(join(repoRoot, 'tests/fixtures/schemas/sarif-schema-2.1.0-rtm.5.json'), 'utf8'),
) as object;
// Both packages are CommonJS whose module object is also its own `default`: `.default` is the
// class (and the plugin) for TypeScript and at run time alike. The schema's `language` pattern
// (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`) is not a valid regular expression under the `u`
// flag, so ajv compiles patterns without it.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validateSarif = ajv.compile(schema);

/** The SARIF 2.1.0 schema's complaints about `doc`, as `path message` lines; none when valid. */
export function sarifSchemaErrors(doc: unknown): string[] {
  return validateSarif(doc)
    ? []
    : (validateSarif.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
