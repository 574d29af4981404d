import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml, formatJunit } from '../../../src/report/ci/junit.js';
import { checkModel, issue, validateModel } from './models.js';

interface Case {
  name: string;
  classname: string;
  failure?: { '#text': string; message: string; type: string };
  skipped?: { message: string };
  'system-out'?: string;
}
interface Suite {
  name: string;
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  testcase: Case[];
}
interface Doc {
  testsuites: {
    name: string;
    tests: number;
    failures: number;
    skipped: number;
    testsuite: Suite[];
  };
}

/** The report as fast-xml-parser reads it; a document it rejects fails the test. */
function parse(xml: string): Doc['testsuites'] {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: true,
    isArray: (name) => name === 'testsuite' || name === 'testcase',
  });
  return (parser.parse(xml) as Doc).testsuites;
}

describe('escapeXml', () => {
  it('escapes the five special characters', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;',
    );
  });

  it('replaces characters XML 1.0 forbids, keeps tab, line feed and pairs of surrogates', () => {
    expect(escapeXml('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uD800g\uDC00h\tnl\n😀')).toBe(
      'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh\tnl\n😀',
    );
  });

  it('keeps a carriage return as a reference (a parser would turn it into a line feed)', () => {
    expect(escapeXml('a\r\nb')).toBe('a&#13;\nb');
  });
});

describe('validate --format junit', () => {
  it('has one suite per file, a case per rule × subject, failures for errors only', () => {
    const doc = parse(formatJunit(validateModel));
    expect(doc).toMatchObject({ name: 'vendor-eval validate', tests: 2, failures: 1, skipped: 0 });
    expect(doc.testsuite.map((s) => [s.name, s.tests, s.failures, s.errors, s.skipped])).toEqual([
      ['vendors/acme.yaml', 1, 1, 0, 0],
      ['vendors/zenith.yaml', 1, 0, 0, 0],
    ]);
    const [acme, zenith] = doc.testsuite;
    expect(acme?.testcase[0]).toEqual({
      name: 'out-of-range /answers/csat',
      classname: 'vendors/acme.yaml',
      failure: {
        message: '"csat" is 7, outside 1–5',
        type: 'out-of-range',
        '#text':
          'vendors/acme.yaml:4:9 error "csat" is 7, outside 1–5 — answer 1 to 5 (out-of-range)',
      },
    });
    expect(zenith?.testcase[0]).toEqual({
      name: 'zero-weight /answers/fax',
      classname: 'vendors/zenith.yaml',
      'system-out': 'vendors/zenith.yaml:7:3 warning criterion "fax" has weight 0 (zero-weight)',
    });
  });

  it('gives a clean file one passing case', () => {
    const doc = parse(formatJunit({ files: ['vendors/a.yaml'], issues: [] }));
    expect(doc.testsuite[0]).toMatchObject({ name: 'vendors/a.yaml', tests: 1, failures: 0 });
    expect(doc.testsuite[0]?.testcase).toEqual([
      { name: 'no problems', classname: 'vendors/a.yaml' },
    ]);
  });

  it('makes one case of the problems of one rule on one key', () => {
    const both = [
      issue({ severity: 'error', rule: 'yaml-syntax', path: ['answers'], message: 'one' }),
      issue({ severity: 'error', rule: 'yaml-syntax', path: ['answers'], message: 'two', line: 2 }),
      issue({ severity: 'error', rule: 'yaml-syntax', path: ['name'], message: 'three', line: 3 }),
    ];
    const doc = parse(formatJunit({ files: ['vendors/a.yaml'], issues: both }));
    expect(doc).toMatchObject({ tests: 2, failures: 2 });
    expect(doc.testsuite[0]?.testcase[0]?.failure?.['#text']).toBe(
      'vendors/a.yaml:1:1 error one (yaml-syntax)\nvendors/a.yaml:2:1 error two (yaml-syntax)',
    );
  });

  it('survives any text in a message: markup, quotes, control characters', () => {
    const nasty = 'a <b> & "c" \u0001 ]]> \u001b[31m';
    const doc = parse(
      formatJunit({
        files: ['vendors/<x>&.yaml'],
        issues: [
          issue({
            severity: 'error',
            rule: 'yaml-syntax',
            file: 'vendors/<x>&.yaml',
            message: nasty,
          }),
        ],
      }),
    );
    expect(doc.testsuite[0]?.name).toBe('vendors/<x>&.yaml');
    expect(doc.testsuite[0]?.testcase[0]?.failure?.message).toBe(
      'a <b> & "c" \uFFFD ]]> \uFFFD[31m',
    );
  });
});

describe('check --format junit', () => {
  const xml = formatJunit(checkModel);

  it('adds a policy suite: a case per rule × vendor, failed fail, not evaluated skipped', () => {
    const doc = parse(xml);
    const policy = doc.testsuite.find((s) => s.name === 'policy');
    expect(policy).toMatchObject({ tests: 3, failures: 1, errors: 0, skipped: 1 });
    expect(policy?.testcase.map((c) => c.name)).toEqual([
      'policy/require-eligible zenith',
      'policy/min-score zenith',
      'policy/max-consistency-ratio (project)',
    ]);
    expect(policy?.testcase[1]?.failure).toEqual({
      message: 'ZENITH scores 50.0; the policy asks at least 60',
      type: 'policy/min-score',
      '#text':
        'vendors/zenith.yaml:5:9 error ZENITH scores 50.0; the policy asks at least 60 — award another vendor or lower minScore (policy/min-score)',
    });
    expect(policy?.testcase[2]?.skipped).toEqual({
      message: 'the set is not weighted by pairwise comparison',
    });
  });

  it('counts a failed rule once (in the policy suite), and the totals are the sums', () => {
    const doc = parse(xml);
    expect(doc.testsuite.map((s) => [s.name, s.tests, s.failures, s.skipped])).toEqual([
      ['vendors/acme.yaml', 1, 1, 0],
      ['vendors/zenith.yaml', 1, 0, 0],
      ['vendor-eval.config.yaml', 1, 0, 0],
      ['policy', 3, 1, 1],
    ]);
    expect(doc).toMatchObject({ name: 'vendor-eval check', tests: 6, failures: 2, skipped: 1 });
  });

  it('is the exact document', () => {
    expect(xml).toMatchSnapshot();
  });
});
