// Every format of `check` end to end through the CLI (issue 12, "Tests"), on one project whose
// policy fails twice: minScore set too high (at the policy line) and requireEvidence (at the two
// answers of beta that cite no source). Each format must place every problem where the stylish
// output does, and exit 1.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { writeFiles } from '../helpers/git.js';
import { sarifSchemaErrors } from '../helpers/sarif-schema.js';
import { makeTempDir, runCli } from './run-cli.js';

const files = {
  'vendor-eval.config.yaml':
    '# the gate of our selection\ncriteria: set.yaml\nvendors: vendors/\npolicy:\n  selected: alpha\n  minScore: 90\n  requireTop: true\n  requireEvidence: true\n',
  'set.yaml': `id: mini
name: Mini
version: 1
categories:
  - id: service
    name: Service
    weight: 70
    criteria:
      - { id: csat, name: CSAT, type: scale, evidence: required }
  - id: price
    name: Price
    weight: 30
    criteria:
      - { id: cheap, name: Cheapness, type: scale, evidence: required }
`,
  'vendors/alpha.yaml':
    'vendor: alpha\nname: Alpha Care\nanswers:\n  csat: { value: 5, evidence: "survey 2026" }\n  cheap: { value: 2, evidence: "price sheet" }\n',
  'vendors/beta.yaml': 'vendor: beta\nname: Beta Contact\nanswers:\n  csat: 3\n  cheap: 5\n',
};

function project(): string {
  const dir = makeTempDir();
  writeFiles(dir, files);
  return dir;
}

const check = (dir: string, args: string[], env: Record<string, string> = {}) =>
  runCli(['check', ...args], { cwd: dir, env });

/** A problem's place and identity, as every format must give it. */
interface Place {
  file: string;
  line: number;
  column: number;
  severity: string;
  rule: string;
}

/** The problems of the stylish output: `file` headings, then `  line:column  severity  … rule`. */
function stylishPlaces(stdout: string): Place[] {
  const places: Place[] = [];
  let file = '';
  for (const line of stdout.split('\n')) {
    if (line === '') file = '';
    else if (!line.startsWith(' ') && /\.ya?ml$/.test(line)) file = line;
    else if (file) {
      const m = /^ {2}(\d+):(\d+) +(error|warning|info) +.* {2}(\S+)$/.exec(line);
      if (m)
        places.push({
          file,
          line: Number(m[1]),
          column: Number(m[2]),
          severity: m[3] ?? '',
          rule: m[4] ?? '',
        });
    }
  }
  return places;
}

/** Where the stylish output of the project puts the five problems. */
const expectedPlaces: Place[] = [
  {
    file: 'vendor-eval.config.yaml',
    line: 6,
    column: 13,
    severity: 'error',
    rule: 'policy/min-score',
  },
  {
    file: 'vendors/beta.yaml',
    line: 4,
    column: 9,
    severity: 'error',
    rule: 'policy/require-evidence',
  },
  { file: 'vendors/beta.yaml', line: 4, column: 9, severity: 'warning', rule: 'evidence-required' },
  {
    file: 'vendors/beta.yaml',
    line: 5,
    column: 10,
    severity: 'error',
    rule: 'policy/require-evidence',
  },
  {
    file: 'vendors/beta.yaml',
    line: 5,
    column: 10,
    severity: 'warning',
    rule: 'evidence-required',
  },
];

const byPlace = (a: Place, b: Place) =>
  a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;

describe('check on a project whose policy fails, in every format', () => {
  it('stylish: the problems at the policy line and at the answers (the reference for the rest)', async () => {
    const run = await check(project(), []);
    expect(run.code).toBe(1);
    expect(stylishPlaces(run.stdout)).toEqual(expectedPlaces);
    expect(run.stdout).toContain(
      '  ✖ policy/require-evidence  beta   beta cites no evidence for 2 criteria (csat, cheap); the policy requires it\n',
    );
  });

  it.each(['stylish', 'json', 'github', 'gitlab', 'junit', 'sarif', 'markdown'])(
    '%s exits 1 and prints nothing on stderr',
    async (format) => {
      const run = await check(project(), ['--format', format]);
      expect([run.code, run.stderr]).toEqual([1, '']);
      expect(run.stdout).not.toBe('');
    },
  );

  it('sarif: valid SARIF 2.1.0, each result at the uri, line and column of its cause', async () => {
    const run = await check(project(), ['--format', 'sarif']);
    const doc = JSON.parse(run.stdout) as {
      runs: {
        tool: { driver: { rules: { id: string }[] } };
        invocations: { exitCode: number }[];
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: {
            physicalLocation: {
              artifactLocation: { uri: string; uriBaseId: string };
              region: { startLine: number; startColumn: number };
            };
          }[];
        }[];
      }[];
    };
    expect(sarifSchemaErrors(doc)).toEqual([]);
    const sarifRun = doc.runs[0];
    if (!sarifRun) throw new Error('no run');
    expect(sarifRun.invocations[0]?.exitCode).toBe(1);
    const places = sarifRun.results.map((r) => {
      const loc = r.locations[0]?.physicalLocation;
      expect(loc?.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(sarifRun.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
      return {
        file: loc?.artifactLocation.uri ?? '',
        line: loc?.region.startLine ?? 0,
        column: loc?.region.startColumn ?? 0,
        severity: r.level,
        rule: r.ruleId,
      };
    });
    expect(places.sort(byPlace)).toEqual([...expectedPlaces].sort(byPlace));
    expect(sarifRun.results[0]).toMatchObject({
      ruleId: 'policy/min-score',
      level: 'error',
      message: {
        text: 'selected vendor alpha scores 77.5; the policy asks at least 90 — award a vendor that reaches the minimum, or change minScore through your approval process',
      },
    });
  });

  it('junit: a policy suite with one case per outcome, each failure counted once', async () => {
    const run = await check(project(), ['--format', 'junit']);
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => name === 'testsuite' || name === 'testcase',
    });
    interface Case {
      name: string;
      classname: string;
      failure?: { message: string; type: string; '#text': string };
      'system-out'?: string;
    }
    interface Suite {
      name: string;
      tests: string;
      failures: string;
      skipped: string;
      testcase: Case[];
    }
    const doc = parser.parse(run.stdout) as {
      testsuites: { tests: string; failures: string; testsuite: Suite[] };
    };
    const suites = doc.testsuites.testsuite;
    expect(suites.map((s) => [s.name, s.tests, s.failures])).toEqual([
      ['vendor-eval.config.yaml', '1', '0'],
      ['vendors/alpha.yaml', '1', '0'],
      // the evidence warnings pass; the policy failures they share a line with are in `policy`
      ['vendors/beta.yaml', '2', '0'],
      ['set.yaml', '1', '0'],
      ['policy', '4', '2'],
    ]);
    expect(doc.testsuites).toMatchObject({ tests: '9', failures: '2' });
    const policy = suites.find((s) => s.name === 'policy');
    expect(policy?.testcase.map((c) => [c.name, c.failure?.type ?? 'passed'])).toEqual([
      ['policy/min-score alpha', 'policy/min-score'],
      ['policy/require-top alpha', 'passed'],
      ['policy/require-evidence alpha', 'passed'],
      ['policy/require-evidence beta', 'policy/require-evidence'],
    ]);
    // a failure with two causes lists both, each at its place
    expect(policy?.testcase[3]?.failure?.['#text'].split('\n')).toEqual([
      'vendors/beta.yaml:4:9 error the answer of beta to "csat" cites no evidence; the policy requires it — write it as { value: 3, evidence: "document, date" } (policy/require-evidence)',
      'vendors/beta.yaml:5:10 error the answer of beta to "cheap" cites no evidence; the policy requires it — write it as { value: 5, evidence: "document, date" } (policy/require-evidence)',
    ]);
    expect(policy?.testcase[0]?.failure?.message).toBe(
      'selected vendor alpha scores 77.5; the policy asks at least 90',
    );
  });

  it('github: an annotation per problem at the file, line and column stylish shows', async () => {
    const dir = project();
    const run = await check(dir, ['--format', 'github']);
    const commands = run.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(commands.filter((l) => l.startsWith('::error '))).toEqual([
      '::error file=vendor-eval.config.yaml,line=6,endLine=6,col=13,endColumn=15,title=policy/min-score::selected vendor alpha scores 77.5; the policy asks at least 90 — award a vendor that reaches the minimum, or change minScore through your approval process',
      '::error file=vendors/beta.yaml,line=4,endLine=4,col=9,endColumn=10,title=policy/require-evidence::the answer of beta to "csat" cites no evidence; the policy requires it — write it as { value: 3, evidence: "document, date" }',
      '::error file=vendors/beta.yaml,line=5,endLine=5,col=10,endColumn=11,title=policy/require-evidence::the answer of beta to "cheap" cites no evidence; the policy requires it — write it as { value: 5, evidence: "document, date" }',
    ]);
    const places = commands.map((l) => {
      const m =
        /^::(error|warning|notice) file=([^,]+),line=(\d+),endLine=\d+,col=(\d+),endColumn=\d+,title=([^:]+)::/.exec(
          l,
        );
      if (!m) throw new Error(`not an annotation: ${l}`);
      return {
        file: m[2] ?? '',
        line: Number(m[3]),
        column: Number(m[4]),
        severity: m[1] ?? '',
        rule: m[5] ?? '',
      };
    });
    const stylish = stylishPlaces((await check(dir, [])).stdout);
    expect(places.sort(byPlace)).toEqual([...stylish].sort(byPlace));
    expect(run.stdout.split('\n').at(-2)).toBe(
      'check failed: 3 errors, 2 warnings; policy: 2 checks failed, 2 passed',
    );
  });

  it('github: at most 10 annotations per type, a notice counts the rest, the log has all', async () => {
    const dir = project();
    // eleven more vendors without evidence: 2 answers each, an error and a warning per answer
    for (let k = 1; k <= 11; k++)
      writeFiles(dir, {
        [`vendors/v${k}.yaml`]: `vendor: v${k}\nanswers:\n  csat: 2\n  cheap: 1\n`,
      });
    const run = await check(dir, ['--format', 'github']);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    const count = (prefix: string) => lines.filter((l) => l.startsWith(prefix)).length;
    expect([count('::error '), count('::warning '), count('::notice::')]).toEqual([10, 10, 2]);
    expect(lines.filter((l) => l.startsWith('::notice::'))).toEqual([
      '::notice::15 more errors not shown as annotations (GitHub shows 10 per type): every problem is in the log below',
      '::notice::14 more warnings not shown as annotations (GitHub shows 10 per type): every problem is in the log below',
    ]);
    expect(
      lines.filter(
        (l) => / (error|warning) .*\((policy\/|evidence-)/.test(l) && !l.startsWith('::'),
      ),
    ).toHaveLength(49);
    expect(lines.at(-2)).toBe(
      'check failed: 25 errors, 24 warnings; policy: 13 checks failed, 2 passed',
    );
  });

  it('github: appends the check markdown to $GITHUB_STEP_SUMMARY', async () => {
    const dir = project();
    const summary = join(dir, 'step-summary.md');
    writeFileSync(summary, '# Build\n');
    const run = await check(dir, ['--format', 'github'], { GITHUB_STEP_SUMMARY: summary });
    expect(run.code).toBe(1);
    const markdown = await check(dir, ['--format', 'markdown']);
    expect(readFileSync(summary, 'utf8')).toBe(`# Build\n\n${markdown.stdout}`);
    expect(markdown.stdout).toContain(
      '| `policy/require-evidence` | Beta Contact | **failed** | beta cites no evidence for 2 criteria (csat, cheap); the policy requires it |',
    );
    // other formats leave it alone
    await check(dir, ['--format', 'sarif'], { GITHUB_STEP_SUMMARY: summary });
    expect(readFileSync(summary, 'utf8')).toBe(`# Build\n\n${markdown.stdout}`);
  });

  it('gitlab: one entry per problem, at its path and line', async () => {
    const run = await check(project(), ['--format', 'gitlab']);
    const report = JSON.parse(run.stdout) as {
      check_name: string;
      severity: string;
      fingerprint: string;
      location: { path: string; lines: { begin: number } };
    }[];
    expect(
      report.map((r) => [r.check_name, r.severity, r.location.path, r.location.lines]),
    ).toEqual([
      ['policy/min-score', 'major', 'vendor-eval.config.yaml', { begin: 6 }],
      ['policy/require-evidence', 'major', 'vendors/beta.yaml', { begin: 4 }],
      ['policy/require-evidence', 'major', 'vendors/beta.yaml', { begin: 5 }],
      ['evidence-required', 'minor', 'vendors/beta.yaml', { begin: 4 }],
      ['evidence-required', 'minor', 'vendors/beta.yaml', { begin: 5 }],
    ]);
    expect(new Set(report.map((r) => r.fingerprint)).size).toBe(5);
  });

  it('json: ok false, each policy outcome with its file, line and column', async () => {
    const run = await check(project(), ['--format', 'json']);
    // written in pieces (src/report/json-chunks.ts): the bytes of one JSON.stringify all the same
    expect(run.stdout).toBe(`${JSON.stringify(JSON.parse(run.stdout), null, 2)}\n`);
    expect(run.stdout).toContain('"ranking": {\n    "tool"');
    const doc = JSON.parse(run.stdout) as {
      ok: boolean;
      errorCount: number;
      warningCount: number;
      policy: Record<string, unknown>[];
    };
    expect([doc.ok, doc.errorCount, doc.warningCount]).toEqual([false, 3, 2]);
    expect(doc.policy.map((o) => [o.rule, o.vendor, o.status, o.file, o.line, o.column])).toEqual([
      ['policy/min-score', 'alpha', 'failed', 'vendor-eval.config.yaml', 6, 13],
      ['policy/require-top', 'alpha', 'passed', null, null, null],
      ['policy/require-evidence', 'alpha', 'passed', null, null, null],
      ['policy/require-evidence', 'beta', 'failed', 'vendors/beta.yaml', 4, 9],
    ]);
  });
});
