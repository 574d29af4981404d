import { describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../src/core/model/types.js';
import { loadCriteria } from '../../src/io/criteria-loader.js';
import { loadVendors } from '../../src/io/vendor-loader.js';
import { findYamlFiles } from '../../src/io/walk.js';
import { fixtures, lines } from './helpers.js';

function vendorSet(): CriteriaSet {
  const loaded = loadCriteria('vendor-set.yaml', fixtures);
  if (!loaded.set) throw new Error(lines(loaded.issues).join('\n'));
  return loaded.set;
}

/** Loads vendor files or folders named relative to the fixtures, as a command would. */
function loadVendorFixtures(...paths: string[]) {
  const found = findYamlFiles(paths, fixtures);
  expect(found.notFound).toEqual([]);
  expect(found.issues).toEqual([]);
  return loadVendors(found.files, vendorSet());
}

const cases = [
  {
    name: 'an answer to a criterion the set lacks, at the key, with "did you mean"',
    file: 'unknown-criterion.yaml',
    expected: [
      'vendors/unknown-criterion.yaml:4:3 error "servce-level" is not a criterion of set "vendor-checks" (unknown-criterion) — did you mean "service-level"?',
    ],
  },
  {
    name: 'a scale answer outside the scale',
    file: 'scale-out-of-range.yaml',
    expected: [
      'vendors/scale-out-of-range.yaml:3:12 error "quality" is 7, outside the scale 1–5 (out-of-range) — the rubric: 1 poor, 3 fair, 5 excellent',
    ],
  },
  {
    name: 'a number below the criterion min',
    file: 'number-below-min.yaml',
    expected: [
      'vendors/number-below-min.yaml:3:18 error "service-level" is 42, outside 50–100 % (out-of-range)',
    ],
  },
  {
    name: 'a scale answer that is not a whole number',
    file: 'scale-not-integer.yaml',
    expected: [
      'vendors/scale-not-integer.yaml:3:12 error "quality" takes a whole number from 1 to 5, found 3.5 (invalid-type)',
    ],
  },
  {
    name: 'a number written with a % sign, with the number to write',
    file: 'number-percent.yaml',
    expected: [
      'vendors/number-percent.yaml:3:18 error "service-level" takes a finite number (%), found "95%" (invalid-type) — write 95, without the % sign',
    ],
  },
  {
    name: 'a number in quotes, with the number to write',
    file: 'number-quoted.yaml',
    expected: [
      'vendors/number-quoted.yaml:3:18 error "service-level" takes a finite number (%), found "91.5" (invalid-type) — write 91.5, without quotes (in quotes it is text)',
    ],
  },
  {
    name: 'a number with a decimal comma (text to YAML), with the number to write',
    file: 'number-comma.yaml',
    expected: [
      'vendors/number-comma.yaml:3:18 error "service-level" takes a finite number (%), found "91,5" (invalid-type) — write 91.5, with a decimal point (YAML reads 91,5 as text)',
    ],
  },
  {
    name: 'a scale answer in quotes, with the number to write',
    file: 'scale-quoted.yaml',
    expected: [
      'vendors/scale-quoted.yaml:3:12 error "quality" takes a whole number from 1 to 5, found "4" (invalid-type) — write 4, without quotes (in quotes it is text)',
    ],
  },
  {
    name: 'a vendor name written as its id, with the id to write',
    file: 'name-as-id.yaml',
    expected: [
      'vendors/name-as-id.yaml:1:9 error vendor must be kebab-case (lower-case letters, digits and hyphens), found the text "Costa Care" (invalid-format) — write "costa-care"',
    ],
  },
  {
    name: 'a choice that is not an option, with "did you mean"',
    file: 'invalid-choice.yaml',
    expected: [
      'vendors/invalid-choice.yaml:3:13 error "location" has no option "nearshor" (invalid-choice) — did you mean "nearshore"?',
    ],
  },
  {
    name: 'a multi answer given as a single value',
    file: 'multi-scalar.yaml',
    expected: [
      'vendors/multi-scalar.yaml:3:13 error "channels" takes a list of options, found "voice" (invalid-type) — write a list, e.g. [voice, chat]',
    ],
  },
  {
    name: 'a boolean written as `yes` (text in YAML 1.2), at the value',
    file: 'boolean-yes.yaml',
    expected: [
      'vendors/boolean-yes.yaml:3:24 error "soc2-type2" takes true or false, found "yes" (invalid-type) — YAML 1.2: write true or false (yes/no are text)',
    ],
  },
  {
    name: 'an answer mapping without `value`',
    file: 'answer-without-value.yaml',
    expected: [
      'vendors/answer-without-value.yaml:4:5 error the answer to "quality" is a mapping without `value` (required) — write { value: …, evidence: "…" }',
    ],
  },
  {
    name: 'an unknown key inside an answer mapping, at the key, with "did you mean"',
    file: 'answer-unknown-key.yaml',
    expected: [
      'vendors/answer-unknown-key.yaml:5:5 error unknown key "evidance" in an answer (unknown-key) — did you mean "evidence"?',
    ],
  },
  {
    name: 'a file name that is not kebab-case and no `vendor:`',
    file: 'Northwind_CX.yaml',
    expected: [
      'vendors/Northwind_CX.yaml:1:1 error the file name gives the vendor id "Northwind_CX", which is not kebab-case (invalid-vendor-id) — add `vendor: northwind-cx` to the file, or rename it northwind-cx.yaml',
    ],
  },
];

describe('invalid vendor files', () => {
  it.each(cases)('reports $name', ({ file, expected }) => {
    const loaded = loadVendorFixtures(`vendors/${file}`);
    expect(lines(loaded.issues)).toEqual(expected);
  });

  it('warns when an `evidence: required` answer cites nothing, and keeps the answer', () => {
    const loaded = loadVendorFixtures('vendors/evidence-missing.yaml');
    expect(lines(loaded.issues)).toEqual([
      'vendors/evidence-missing.yaml:3:15 warning the answer to "soc2-type2" cites no evidence, which this criterion requires (evidence-required) — write it as { value: true, evidence: "document, date" }',
    ]);
    expect(loaded.vendors[0]?.answers.get('soc2-type2')?.[0]?.value).toBe(true);
  });
});

describe('several files of one vendor', () => {
  it('refuses two files with the same vendor id and evaluator', () => {
    const loaded = loadVendorFixtures('vendors/same-evaluator');
    expect(lines(loaded.issues)).toEqual([
      'vendors/same-evaluator/northwind-b.yaml:1:9 error vendor "northwind-cx" by evaluator "a.lee" is also defined in vendors/same-evaluator/northwind-a.yaml (duplicate-vendor) — if this file is a copy for another vendor, change its `vendor:` (e.g. vendor: northwind-b) and `name:`; if it is another evaluator\'s scores, give each file its own `evaluator:`',
    ]);
  });

  it('puts a vendor id clash on the copied file (the one whose name is not the id)', () => {
    // acme-care.yaml is read first; it is still the copy, since northwind-cx.yaml matches the id
    const loaded = loadVendorFixtures('vendors/copied');
    expect(lines(loaded.issues)).toEqual([
      'vendors/copied/acme-care.yaml:2:9 error vendor "northwind-cx" is also defined in vendors/copied/northwind-cx.yaml (duplicate-vendor) — if this file is a copy for another vendor, change its `vendor:` (e.g. vendor: acme-care) and `name:`; if it is another evaluator\'s scores, give each file its own `evaluator:`',
    ]);
  });

  it('merges files of one vendor by different evaluators', () => {
    const loaded = loadVendorFixtures('vendors/different-evaluators');
    expect(loaded.issues).toEqual([]);
    expect(loaded.vendors).toHaveLength(1);
    const vendor = loaded.vendors[0];
    expect(vendor?.id).toBe('northwind-cx');
    expect(vendor?.name).toBe('Northwind CX');
    expect(vendor?.evaluators).toEqual(['a.lee', 'b.chen']);
    expect(vendor?.files).toEqual([
      'vendors/different-evaluators/northwind-a.yaml',
      'vendors/different-evaluators/northwind-b.yaml',
    ]);
    expect(vendor?.answers.get('quality')?.map((a) => [a.value, a.evaluator])).toEqual([
      [4, 'a.lee'],
      [2, 'b.chen'],
    ]);
    expect(vendor?.answers.get('location')?.map((a) => a.value)).toEqual(['nearshore']);
  });
});

describe('__proto__ in a vendor file', () => {
  const hint =
    'rename it: every JavaScript object has a property of that name, so vendor-eval refuses it (docs/file-formats.md#input-rules)';

  it('is a reserved name among the answers, at the key, and pollutes nothing', () => {
    const loaded = loadVendorFixtures('vendors/proto-answer.yaml');
    expect(lines(loaded.issues)).toEqual([
      `vendors/proto-answer.yaml:4:3 error "__proto__" is a reserved name and cannot be a key (reserved-name) — ${hint}`,
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('is a reserved name in the free-form profile too, and pollutes nothing', () => {
    const loaded = loadVendorFixtures('vendors/proto-profile.yaml');
    expect(lines(loaded.issues)).toEqual([
      `vendors/proto-profile.yaml:4:3 error "__proto__" is a reserved name and cannot be a key (reserved-name) — ${hint}`,
    ]);
    expect(loaded.vendors).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
