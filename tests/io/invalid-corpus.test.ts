// The hostile-input corpus (tests/fixtures/invalid/, README there): every file kind through the
// commands that read it. Each case asserts the exit code, the exact one-line positioned messages,
// no stack trace, and input files byte-identical after the run. Inputs too big or too strange to
// commit (deep nesting, megabyte strings, alias bombs, links, pipes) are generated below into a
// temp folder; the ones only a real process can show (stack, memory) run the built binary.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { writeFiles } from '../helpers/git.js';
import { makeTempDir } from '../helpers/temp.js';
import { repoRoot } from '../cli/run-cli.js';

const corpus = join(repoRoot, 'tests', 'fixtures', 'invalid');
const bin = join(repoRoot, 'bin', 'vendor-eval.js');

/** One committed case: `case.json` beside its input files. */
interface CorpusCase {
  title: string;
  args: string[];
  exit: number;
  /** The problems, one line each, exactly as printed (validate's JSON turned into such lines). */
  lines: string[];
  /** The same command on the plain files: stdout must be identical (BOM and CRLF cases). */
  sameStdoutAs?: string[];
  /** Run as if stdin and stderr were a terminal (`score`, `weigh` refuse otherwise). */
  terminal?: boolean;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function runInProcess(args: readonly string[], cwd: string, terminal = false): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    // a terminal for the questions, but no colour in the messages compared
    env: terminal ? { NO_COLOR: '1' } : {},
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdoutIsTTY: false,
    stderrIsTTY: terminal,
    stdinIsTTY: terminal,
    columns: undefined,
  });
  return { code, stdout, stderr };
}

/** The built binary in a memory-capped Node, as a user runs it; killed after 60 s. */
function runBinary(args: readonly string[], cwd: string): Run {
  const result = spawnSync(
    process.execPath,
    ['--max-old-space-size=256', bin, '--no-cache', ...args],
    {
      cwd,
      env: { PATH: process.env.PATH ?? '' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The problem lines of a run: stderr's lines, plus `validate -f json`'s problems as lines. */
function problemLines(args: readonly string[], run: Run): string[] {
  const lines = run.stderr.split('\n').filter((l) => l !== '');
  if (args[0] !== 'validate' || !args.includes('json')) return lines;
  const report = JSON.parse(run.stdout) as {
    files: {
      file: string;
      problems: {
        line: number;
        column: number;
        severity: string;
        message: string;
        rule: string;
        hint: string | null;
      }[];
    }[];
  };
  return [
    ...lines,
    ...report.files.flatMap((f) =>
      f.problems.map(
        (p) =>
          `${f.file}:${String(p.line)}:${String(p.column)} ${p.severity} ${p.message} (${p.rule})${p.hint ? ` — ${p.hint}` : ''}`,
      ),
    ),
  ];
}

/** No Node error or stack frame reached the user. */
function expectNoStackTrace(run: Run): void {
  const both = `${run.stderr}\n${run.stdout.slice(0, 100_000)}`;
  expect(both).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(both).not.toMatch(/^\w*Error:/m);
  expect(both).not.toMatch(/internal error/);
}

/** Every entry under `dir` with a hash of its content (links by target, pipes by kind). */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (rel: string): void => {
    const abs = join(dir, rel);
    const stat = lstatSync(abs);
    if (stat.isSymbolicLink()) out[rel] = `link ${readlinkSync(abs)}`;
    else if (stat.isDirectory()) for (const name of readdirSync(abs)) visit(join(rel, name));
    else if (!stat.isFile()) out[rel] = `special ${String(stat.mode)}`;
    else out[rel] = createHash('sha256').update(readFileSync(abs)).digest('hex');
  };
  visit('');
  return out;
}

function corpusCases(): [string, string, CorpusCase][] {
  const cases: [string, string, CorpusCase][] = [];
  for (const kind of readdirSync(corpus).sort()) {
    if (!lstatSync(join(corpus, kind)).isDirectory()) continue;
    for (const name of readdirSync(join(corpus, kind)).sort()) {
      const dir = join(corpus, kind, name);
      const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as CorpusCase;
      cases.push([`${kind}/${name}: ${spec.title}`, dir, spec]);
    }
  }
  return cases;
}

describe('the committed hostile-input corpus', () => {
  it.each(corpusCases())('%s', async (_name, dir, spec) => {
    const before = snapshot(dir);
    const run = await runInProcess(spec.args, dir, spec.terminal);
    expectNoStackTrace(run);
    expect(problemLines(spec.args, run)).toEqual(spec.lines);
    expect(run.code).toBe(spec.exit);
    if (spec.sameStdoutAs) {
      const plain = await runInProcess(spec.sameStdoutAs, dir);
      expect(plain.code).toBe(0);
      expect(run.stdout).toBe(plain.stdout);
      expect(run.stdout).not.toBe('');
    }
    expect(snapshot(dir)).toEqual(before);
  });
});

const set = `id: demo
criteria:
  - { id: csat, type: scale, weight: 2 }
  - { id: answer-speed, type: number, unit: s, direction: lower, scoring: { worst: 60, best: 20 } }
`;
const vendor = (id: string, extra = ''): string =>
  `vendor: ${id}\n${extra}answers:\n  csat: 4\n  answer-speed: 30\n`;
const base = { 'set.yaml': set, 'vendors/alpha.yaml': vendor('alpha') };
const rank = ['rank', '-c', 'set.yaml', 'vendors'];

/** A "billion laughs" document: nine levels of nine aliases each, 9⁹ strings if expanded. */
function laughs(key: string): string {
  const levels = 'abcdefghi'.split('');
  const lines = [`${key}:`, `  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`];
  for (let i = 1; i < levels.length; i++) {
    const prev = levels[i - 1] as string;
    lines.push(
      `  ${levels[i] as string}: &${levels[i] as string} [${Array(9).fill(`*${prev}`).join(',')}]`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A generated case: `make` writes its inputs into an empty folder. */
interface GeneratedCase {
  name: string;
  make: (dir: string) => void;
  args: string[];
  exit: number;
  /** Exact lines, or patterns for messages whose column depends on where the parser gave up. */
  lines: (string | RegExp)[];
  /** Run the built binary (stack overflow and memory only show in a real process). */
  binary?: boolean;
  /** Why this case cannot run here (it is then skipped, with the reason in its name). */
  skip?: string | undefined;
  /** Extra checks on the run. */
  check?: (run: Run) => void;
}

const isRoot = process.getuid?.() === 0;
const tooDeepParser =
  /^vendors\/deep\.yaml:\d+:\d+ error lists or mappings are nested too deep to read \(thousands of levels\); refused \(too-deep\) — /;

const generated: GeneratedCase[] = [
  {
    name: '10,000-deep flow nesting [[[[…]]]] in a vendor file',
    make: (dir) =>
      writeFiles(dir, {
        ...base,
        'vendors/deep.yaml': `vendor: deep\nprofile:\n  x: ${'['.repeat(10_000)}${']'.repeat(10_000)}\nanswers: {}\n`,
      }),
    args: rank,
    exit: 2,
    lines: [tooDeepParser],
    binary: true,
  },
  {
    name: '10,000-deep block nesting (- - - …) in a vendor file',
    make: (dir) =>
      writeFiles(dir, {
        ...base,
        'vendors/deep.yaml': `vendor: deep\nprofile:\n  x:\n    ${'- '.repeat(10_000)}1\nanswers: {}\n`,
      }),
    args: ['explain', 'alpha', '-c', 'set.yaml', 'vendors'],
    exit: 2,
    lines: [tooDeepParser],
    binary: true,
  },
  {
    name: '10,000-deep flow mappings {a: {a: …}} in a criteria set, in-process',
    make: (dir) =>
      writeFiles(dir, {
        ...base,
        'set.yaml': `${set}methodOptions: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`,
      }),
    args: ['weights', 'set.yaml'],
    exit: 2,
    lines: [
      /^set\.yaml:5:\d+ error lists or mappings are nested too deep to read \(thousands of levels\); refused \(too-deep\)/,
    ],
  },
  {
    name: '150-deep nesting that the parser reads: refused by the data guard, at the 101st level',
    make: (dir) =>
      writeFiles(dir, {
        ...base,
        'vendor-eval.config.yaml': `criteria: set.yaml\nvendors: vendors/\npolicy:\n  selected: ${'['.repeat(150)}${']'.repeat(150)}\n`,
      }),
    args: ['check'],
    exit: 2,
    lines: [
      'vendor-eval.config.yaml:4:111 error lists or mappings are nested more than 100 levels deep here; refused (too-deep) — a vendor-eval file needs only a few levels: check for runaway brackets or indentation',
    ],
  },
  {
    name: 'an alias bomb in a vendor profile: refused, bounded memory',
    make: (dir) =>
      writeFiles(dir, {
        ...base,
        'vendors/bomb.yaml': `vendor: bomb\n${laughs('profile')}answers: {}\n`,
      }),
    args: rank,
    exit: 2,
    lines: [
      'vendors/bomb.yaml:1:1 error aliases expand too far (a "billion laughs" document); refused (yaml-alias-bomb)',
    ],
    binary: true,
  },
  {
    name: 'an alias bomb in the project file, in-process',
    make: (dir) =>
      writeFiles(dir, {
        ...base,
        'vendor-eval.config.yaml': `criteria: set.yaml\nvendors: vendors/\n${laughs('policy')}`,
      }),
    args: ['rank'],
    exit: 2,
    lines: [
      'vendor-eval.config.yaml:1:1 error aliases expand too far (a "billion laughs" document); refused (yaml-alias-bomb)',
    ],
  },
  {
    name: 'an alias inside its own anchor (a loop in the data)',
    make: (dir) =>
      writeFiles(dir, {
        ...base,
        'vendors/loop.yaml': 'vendor: loop\nprofile: &p\n  self: *p\nanswers: {}\n',
      }),
    args: rank,
    exit: 2,
    lines: [
      'vendors/loop.yaml:3:9 error an alias here refers to a list or mapping that contains it, an endless loop; refused (yaml-alias-bomb) — write the value out, or point the alias at an anchor outside this list or mapping',
    ],
  },
  {
    name: 'a 5 MB vendor name: ranked, bounded memory',
    make: (dir) =>
      writeFiles(dir, {
        ...base,
        'vendors/big.yaml': vendor('big', `name: ${'N'.repeat(5_000_000)}\n`),
      }),
    args: [...rank, '--format', 'csv'],
    exit: 0,
    lines: [],
    binary: true,
    check: (run) => expect(run.stdout.length).toBeGreaterThan(5_000_000),
  },
  {
    name: 'a 5 MB answer key: one unknown-criterion line, no quadratic did-you-mean',
    make: (dir) =>
      writeFiles(dir, {
        ...base,
        // an explicit key (`? …`): YAML refuses implicit keys over 1,024 characters
        'vendors/big.yaml': vendor('big').replace(
          'answers:\n',
          `answers:\n  ? ${'k'.repeat(5_000_000)}\n  : 1\n`,
        ),
      }),
    args: rank,
    exit: 2,
    lines: [
      /^vendors\/big\.yaml:3:5 error "k{5000000}" is not a criterion of set "demo" \(unknown-criterion\) — run "vendor-eval criteria show set\.yaml" to list its criteria$/,
    ],
    binary: true,
  },
  {
    name: 'a 5 MB criterion name in a set, in-process',
    make: (dir) =>
      writeFiles(dir, {
        ...base,
        'set.yaml': set.replace('type: scale,', `type: scale, name: ${'C'.repeat(5_000_000)},`),
      }),
    args: ['weights', 'set.yaml', '--format', 'json'],
    exit: 0,
    lines: [],
  },
  {
    name: 'a 17 MiB vendor file: refused before it is read',
    make: (dir) =>
      writeFiles(dir, {
        ...base,
        'vendors/huge.yaml': `${vendor('huge')}# ${'x'.repeat(17 * 1024 * 1024)}\n`,
      }),
    args: rank,
    exit: 2,
    lines: [
      'vendors/huge.yaml:1:1 error the file is 17.0 MiB, over the limit of 16.0 MiB (file-too-large) — vendor-eval files are small YAML texts: check that this is the file you meant',
    ],
  },
  {
    name: 'a symbolic link loop a → b → a among the vendor files',
    make: (dir) => {
      writeFiles(dir, base);
      symlinkSync('b.yaml', join(dir, 'vendors/a.yaml'));
      symlinkSync('a.yaml', join(dir, 'vendors/b.yaml'));
    },
    args: rank,
    exit: 2,
    lines: [
      'vendors/a.yaml:1:1 error cannot read it: a symbolic link loop (file-unreadable)',
      'vendors/b.yaml:1:1 error cannot read it: a symbolic link loop (file-unreadable)',
    ],
  },
  {
    name: 'a folder link loop inside the vendors folder: walked once, ranked',
    make: (dir) => {
      writeFiles(dir, { ...base, 'vendors/more/beta.yaml': vendor('beta') });
      symlinkSync('..', join(dir, 'vendors/more/up'));
      symlinkSync('../more', join(dir, 'vendors/more/self'));
    },
    args: [...rank, '--format', 'csv'],
    exit: 0,
    lines: [],
    check: (run) => expect(run.stdout.match(/^\d+,(alpha|beta),/gm)).toHaveLength(2),
  },
  {
    name: '-c names a symbolic link loop',
    make: (dir) => {
      writeFiles(dir, base);
      symlinkSync('loop.yaml', join(dir, 'loop.yaml'));
    },
    args: ['rank', '-c', 'loop.yaml', 'vendors'],
    exit: 2,
    lines: ['loop.yaml:1:1 error cannot read the file: a symbolic link loop (file-unreadable)'],
  },
  {
    name: 'validate names a symbolic link loop: unreadable, not "no such file"',
    make: (dir) => {
      writeFiles(dir, base);
      symlinkSync('loop.yaml', join(dir, 'loop.yaml'));
    },
    args: ['validate', '-f', 'json', 'loop.yaml'],
    exit: 1,
    lines: ['loop.yaml:1:1 error cannot read it: a symbolic link loop (file-unreadable)'],
  },
  {
    name: 'the project file is a symbolic link loop',
    make: (dir) => {
      writeFiles(dir, base);
      symlinkSync('vendor-eval.config.yaml', join(dir, 'vendor-eval.config.yaml'));
    },
    args: rank,
    exit: 2,
    lines: [
      'vendor-eval.config.yaml:1:1 error cannot read the file: a symbolic link loop (file-unreadable)',
    ],
  },
  {
    name: 'a named pipe (FIFO) among the vendor files: refused, never read (would block)',
    make: (dir) => {
      writeFiles(dir, base);
      execFileSync('mkfifo', [join(dir, 'vendors/pipe.yaml')]);
    },
    args: rank,
    exit: 2,
    lines: [
      'vendors/pipe.yaml:1:1 error this is not a regular file (a pipe, socket or device) (file-unreadable)',
    ],
  },
  {
    name: '-c names a named pipe',
    make: (dir) => {
      writeFiles(dir, base);
      execFileSync('mkfifo', [join(dir, 'set-pipe.yaml')]);
    },
    args: ['rank', '-c', 'set-pipe.yaml', 'vendors'],
    exit: 2,
    lines: [
      'set-pipe.yaml:1:1 error this is not a regular file (a pipe, socket or device) (file-unreadable)',
    ],
  },
  {
    name: 'an unreadable vendor file (chmod 000)',
    skip: isRoot
      ? 'running as root, where chmod 000 does not stop reading (the FIFO and link-loop cases cover unreadable files)'
      : undefined,
    make: (dir) => {
      writeFiles(dir, { ...base, 'vendors/locked.yaml': vendor('locked') });
      chmodSync(join(dir, 'vendors/locked.yaml'), 0o000);
    },
    args: rank,
    exit: 2,
    lines: [
      'vendors/locked.yaml:1:1 error cannot read the file: permission denied (file-unreadable)',
    ],
  },
  {
    name: 'an include that names a folder',
    make: (dir) => {
      writeFiles(dir, {
        ...base,
        'set.yaml': `${set}include:\n  - { set: shared }\n`,
        'shared/one.yaml': 'id: one\ncriteria:\n  - { id: one, type: scale }\n',
      });
    },
    args: rank,
    exit: 2,
    lines: [
      /^set\.yaml:6:12 error included set "shared" is neither a file nor a built-in set \(include-not-found\) — paths are relative to set\.yaml; built-in sets: /,
    ],
  },
];

describe('generated hostile inputs', () => {
  for (const c of generated) {
    const title = c.skip ? `${c.name} (skipped: ${c.skip})` : c.name;
    it.skipIf(c.skip !== undefined)(title, async () => {
      const dir = makeTempDir('vendor-eval-hostile-');
      c.make(dir);
      mkdirSync(join(dir, 'vendors'), { recursive: true });
      const before = snapshot(dir);
      const run = c.binary ? runBinary(c.args, dir) : await runInProcess(c.args, dir);
      expectNoStackTrace(run);
      const lines = problemLines(c.args, run);
      expect(lines).toHaveLength(c.lines.length);
      c.lines.forEach((want, i) => {
        if (typeof want === 'string') expect(lines[i]).toBe(want);
        else expect(lines[i]).toMatch(want);
      });
      expect(run.code).toBe(c.exit);
      c.check?.(run);
      expect(snapshot(dir)).toEqual(before);
      // the test leaves no write-protected file behind for the temp folder's removal
      if (c.name.includes('chmod')) chmodSync(join(dir, 'vendors/locked.yaml'), 0o644);
    });
  }
});
