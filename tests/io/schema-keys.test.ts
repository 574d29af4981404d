import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { configFileSchema } from '../../src/core/model/config-schema.js';
import { criteriaSetSchema } from '../../src/core/model/criteria-schema.js';
import { answerObjectSchema, vendorFileSchema } from '../../src/core/model/vendor-schema.js';
import { knownKeysOf, schemaKeysAt } from '../../src/io/schema-keys.js';
import { shapeIssues } from '../../src/io/shape-issues.js';
import { parseSource } from '../../src/io/source.js';
import { lines } from './helpers.js';

const sorted = (keys: readonly string[]): string[] => [...keys].sort();

describe('known keys read from the zod schemas', () => {
  const set = {
    id: 's',
    categories: [{ id: 'c', criteria: [{ id: 'n', type: 'number' }] }],
    criteria: [
      { id: 'm', type: 'multi', options: [{ value: 'a' }] },
      { id: 'ch', type: 'choice', options: [{ value: 'a' }] },
    ],
    demand: { channels: { voice: {} } },
  };
  it.each([
    ['the set', [], ['$schema', 'id', 'name', 'version', 'description', 'scale', 'method']],
    ['a category', ['categories', 0], ['id', 'name', 'description', 'weight', 'weighting']],
    ['an include', ['include', 0], ['set', 'weight']],
    ['a number criterion', ['categories', 0, 'criteria', 0], ['unit', 'direction', 'scoring']],
    ['a multi option', ['criteria', 0, 'options', 0], ['value', 'label', 'points']],
    ['a choice option', ['criteria', 1, 'options', 0], ['value', 'label', 'score']],
    ['a demand channel', ['demand', 'channels', 'voice'], ['contactsPerMonth', 'serviceLevel']],
    ['a scoring curve', ['categories', 0, 'criteria', 0, 'scoring'], ['worst', 'best', 'points']],
  ])('criteria set: %s', (_name, path, expected) => {
    expect(schemaKeysAt(criteriaSetSchema, path, set)).toEqual(expect.arrayContaining(expected));
  });

  it('picks the criterion of the written type, else offers every type’s keys', () => {
    const keys = schemaKeysAt(criteriaSetSchema, ['criteria', 0], {
      criteria: [{ type: 'multi' }],
    });
    expect(keys).toContain('cap');
    expect(keys).not.toContain('unit');
    const any = schemaKeysAt(criteriaSetSchema, ['criteria', 0], { criteria: [{ type: 'nope' }] });
    expect(any).toEqual(expect.arrayContaining(['cap', 'unit', 'rubric', 'options']));
  });

  it('vendor file, pricing, tiers and answers', () => {
    expect(schemaKeysAt(vendorFileSchema, [], {})).toEqual(Object.keys(vendorFileSchema.shape));
    expect(schemaKeysAt(vendorFileSchema, ['pricing'], {})).toContain('monthlyMinimum');
    expect(schemaKeysAt(vendorFileSchema, ['pricing', 'tiers', 'voice', 0], {})).toEqual([
      'upTo',
      'rate',
    ]);
    expect(schemaKeysAt(answerObjectSchema, [], undefined)).toEqual(['value', 'evidence', 'note']);
  });

  it('project file and its policy', () => {
    expect(sorted(schemaKeysAt(configFileSchema, [], {}))).toEqual(
      sorted(['$schema', 'criteria', 'vendors', 'method', 'policy']),
    );
    expect(schemaKeysAt(configFileSchema, ['policy'], {})).toContain('maxConsistencyRatio');
  });
});

/** The unknown-key lines for `text` checked against `schema`. */
function unknownKeyLines(schema: z.ZodType, text: string): string[] {
  const { source } = parseSource('f.yaml', text);
  if (!source) throw new Error('fixture does not parse');
  const parsed = schema.safeParse(source.data);
  if (parsed.success) return [];
  return lines(
    shapeIssues(source, parsed.error.issues, knownKeysOf(schema)).filter(
      (i) => i.rule === 'unknown-key',
    ),
  );
}

describe('a key added to a schema is suggested without touching io', () => {
  it('criteria set', () => {
    const extended = criteriaSetSchema.extend({ reviewedBy: z.string().optional() });
    expect(unknownKeyLines(extended, 'id: s\nreviewdBy: me\ncriteria: []\n')).toEqual([
      'f.yaml:2:1 error unknown key "reviewdBy" (unknown-key) — did you mean "reviewedBy"?',
    ]);
  });

  it('vendor file', () => {
    const extended = vendorFileSchema.extend({ contractEnds: z.string().optional() });
    expect(unknownKeyLines(extended, 'contractEnd: 2027\nanswers: {}\n')).toEqual([
      'f.yaml:1:1 error unknown key "contractEnd" (unknown-key) — did you mean "contractEnds"?',
    ]);
  });

  it('project file', () => {
    const extended = configFileSchema.extend({ reportDir: z.string().optional() });
    expect(unknownKeyLines(extended, 'reportDirs: out/\n')).toEqual([
      'f.yaml:1:1 error unknown key "reportDirs" (unknown-key) — did you mean "reportDir"?',
    ]);
  });

  it('nested objects too: an answer mapping inside a record', () => {
    const answers = z.record(z.string(), answerObjectSchema.extend({ source: z.string() }));
    const schema = z.strictObject({ answers });
    expect(unknownKeyLines(schema, 'answers:\n  q: { value: 1, sourse: x }\n')).toEqual([
      'f.yaml:2:18 error unknown key "sourse" in answers.q (unknown-key) — did you mean "source"?',
    ]);
  });
});
