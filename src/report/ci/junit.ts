import type { Issue } from '../../core/issues.js';
import type { PolicyOutcome } from '../../core/model/check.js';
import type { Format } from '../format.js';
import { pointerOf, sortIssues } from '../issue-format.js';
import type { ValidateModel } from '../models.js';
import { checkOf, notJudged, placeOf } from './check-parts.js';
import { inRepository } from './repository-paths.js';

/**
 * Text for XML 1.0 content or an attribute: the five special characters escaped, and the
 * characters XML 1.0 forbids even as references (control characters but tab and line breaks,
 * lone surrogates, U+FFFE, U+FFFF) replaced by U+FFFD, so a parser never rejects the report.
 */
export function escapeXml(text: string): string {
  return text
    .replace(
      // eslint-disable-next-line no-control-regex -- finding the control characters is the point
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '\uFFFD',
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

/** One `<testcase>`: passed, failed (`failure`), skipped, or passed with `system-out`. */
interface TestCase {
  name: string;
  classname: string;
  failure?: { message: string; type: string; text: string } | undefined;
  skipped?: string | undefined;
  out?: string | undefined;
}

interface TestSuite {
  name: string;
  cases: TestCase[];
}

function attrs(pairs: Record<string, string | number>): string {
  return Object.entries(pairs)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}

function caseXml(c: TestCase): string[] {
  const open = `    <testcase${attrs({ name: c.name, classname: c.classname })}`;
  if (!c.failure && c.skipped === undefined && c.out === undefined) return [`${open}/>`];
  const body: string[] = [];
  if (c.failure) {
    const f = c.failure;
    body.push(
      `      <failure${attrs({ message: f.message, type: f.type })}>${escapeXml(f.text)}</failure>`,
    );
  }
  if (c.skipped !== undefined) body.push(`      <skipped${attrs({ message: c.skipped })}/>`);
  if (c.out !== undefined) body.push(`      <system-out>${escapeXml(c.out)}</system-out>`);
  return [`${open}>`, ...body, '    </testcase>'];
}

function counts(cases: readonly TestCase[]) {
  return {
    tests: cases.length,
    failures: cases.filter((c) => c.failure).length,
    errors: 0,
    skipped: cases.filter((c) => c.skipped !== undefined).length,
  };
}

/** A problem's line for a failure body or `system-out`. */
function problemLine(i: Issue): string {
  return `${placeOf(i)} ${i.severity} ${i.message}${i.hint ? ` — ${i.hint}` : ''} (${i.rule})`;
}

/**
 * A file's test cases: one per rule × subject (the key path the problem is on, or its place
 * when it has none), a `failure` when any of its problems is an error, else passed with the
 * warnings in `system-out`; a file without problems is one passing case.
 */
function fileCases(file: string, issues: readonly Issue[]): TestCase[] {
  if (issues.length === 0) return [{ name: 'no problems', classname: file }];
  const groups = new Map<string, Issue[]>();
  for (const i of sortIssues(issues)) {
    const subject = i.path?.length ? pointerOf(i.path) : `${i.line ?? 1}:${i.column ?? 1}`;
    const name = `${i.rule} ${subject}`;
    groups.set(name, [...(groups.get(name) ?? []), i]);
  }
  return [...groups].map(([name, list]) => {
    const errors = list.filter((i) => i.severity === 'error');
    const others = list.filter((i) => i.severity !== 'error');
    const first = errors[0];
    return {
      name,
      classname: file,
      failure: first && {
        message: first.message,
        type: first.rule,
        text: errors.map(problemLine).join('\n'),
      },
      out: others.length ? others.map(problemLine).join('\n') : undefined,
    };
  });
}

/** The placed problems of an outcome: its first cause and any further ones (`requireEvidence`). */
function outcomeIssues(o: PolicyOutcome): Issue[] {
  return o.issue ? [o.issue, ...(o.furtherIssues ?? [])] : [];
}

function policyCase(o: PolicyOutcome): TestCase {
  const c: TestCase = { name: `${o.rule} ${o.vendor ?? '(project)'}`, classname: 'policy' };
  if (o.status === 'failed') {
    const causes = outcomeIssues(o);
    c.failure = {
      message: o.message,
      type: o.rule,
      text: causes.length ? causes.map(problemLine).join('\n') : o.message,
    };
  } else if (o.status === 'not-evaluated') {
    c.skipped = o.message;
  }
  return c;
}

/** A rule of a policy not judged (the files have errors): skipped, saying why. */
function notJudgedCase(rule: string): TestCase {
  return {
    name: rule,
    classname: 'policy',
    skipped: 'not judged: the files have errors; fix them first',
  };
}

/**
 * Whether `i` is a placed problem of a failed policy rule, its first cause or a further one
 * (reported in the policy suite).
 */
function isPolicyIssue(i: Issue, policy: readonly PolicyOutcome[]): boolean {
  return policy.some((o) =>
    outcomeIssues(o).some(
      (p) =>
        p === i ||
        (p.rule === i.rule &&
          p.file === i.file &&
          p.message === i.message &&
          p.line === i.line &&
          p.column === i.column),
    ),
  );
}

/**
 * `--format junit`: JUnit XML for CI test reports. One `<testsuite>` per file checked, one
 * `<testcase>` per rule × subject; errors fail, warnings pass with their text in
 * `<system-out>`. A check adds a `policy` suite with one case per rule × vendor: failed rules
 * fail, rules that could not be evaluated are skipped (their problems are in that suite, not
 * again under the file they point at). A policy not judged (the files have errors) is one
 * skipped case per rule the project file sets.
 */
export function formatJunit(model: ValidateModel): string {
  const check = checkOf(model);
  const policy = check?.policy ?? [];
  const issues = model.issues.filter((i) => !isPolicyIssue(i, policy));
  const files = [...model.files];
  for (const i of issues)
    if (!files.includes(i.file ?? '(no file)')) files.push(i.file ?? '(no file)');
  const suites: TestSuite[] = files.map((file) => ({
    name: file,
    cases: fileCases(
      file,
      issues.filter((i) => (i.file ?? '(no file)') === file),
    ),
  }));
  if (check) {
    const cases = notJudged(check)
      ? (check.policyRules ?? []).map(notJudgedCase)
      : policy.map(policyCase);
    suites.push({ name: 'policy', cases });
  }
  const all = counts(suites.flatMap((s) => s.cases));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs({ name: `vendor-eval ${check ? 'check' : 'validate'}`, ...all })}>`,
    ...suites.flatMap((s) => [
      `  <testsuite${attrs({ name: s.name, ...counts(s.cases) })}>`,
      ...s.cases.flatMap(caseXml),
      '  </testsuite>',
    ]),
    '</testsuites>',
  ];
  return `${lines.join('\n')}\n`;
}

/** `validate --format junit` and `check --format junit`. */
export const junitFormat: Format<ValidateModel> = {
  id: 'junit',
  description: 'JUnit XML: a test case per rule and subject (and per policy rule and vendor)',
  extension: 'xml',
  userText: 'encoded',
  render: (m, ctx) => formatJunit(inRepository(m, ctx.repository)),
};
