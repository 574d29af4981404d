// Issue 16, output injection: a project whose names, notes, evidence, evaluators and file names
// hold what a spreadsheet (`=HYPERLINK(…)`), a Markdown page (`|`, backticks) or a terminal (ESC
// sequences, line breaks, bidi overrides) would act on, run through every format of every
// command. Each output is checked for the form user text must take in it; a few exact lines show
// the neutralised forms a reader sees.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, repoRoot, runCli } from './run-cli.js';

const fixture = join(repoRoot, 'tests', 'fixtures', 'hostile-report', 'injection');

/**
 * The project as it is (`clean`), and with an invalid vendor file whose name holds ESC and a line
 * break (`broken`), for the commands that report problems or skip invalid files.
 */
let clean = '';
let broken = '';
const badFile = 'esc\u001b[2J\nerror forged.yaml';

beforeAll(() => {
  clean = makeTempDir('vendor-eval-injection-');
  broken = makeTempDir('vendor-eval-injection-');
  cpSync(fixture, clean, { recursive: true });
  cpSync(fixture, broken, { recursive: true });
  writeFileSync(
    join(broken, 'vendors', badFile),
    [
      'vendor: bad-value',
      'name: "Bad\\u001b[2J"',
      'answers:',
      '  languages: "=HYPERLINK(1)\\u001b[2J\\nerror forged"',
      '  coaching: 9',
      '  "\\u001b]0;t\\u0007key": 1',
      '',
    ].join('\n'),
  );
});

type Kind = 'terminal' | 'markdown' | 'csv' | 'github' | 'json' | 'xml' | 'html';

/** Every command and format over the project: the arguments and what the output is. */
const runs: [string[], Kind][] = [
  ...(['table', 'csv', 'markdown', 'html', 'json'] as const).flatMap((f) =>
    [[], ['--all-methods'], ['--price-formulas']]
      .filter((extra) => !(extra.length && f === 'html'))
      .map((extra): [string[], Kind] => [
        ['rank', '--skip-invalid', ...extra, '-f', f],
        f === 'table' ? 'terminal' : f,
      ]),
  ),
  // --pareto's note names the vendors it leaves out, and those that dominate them: it travels
  // in the render context, beside the model (found in review: it reached the terminal raw)
  ...(['table', 'csv', 'markdown', 'html', 'json'] as const).flatMap((f) =>
    [[], ['--all-methods']]
      .filter((extra) => !(extra.length && f === 'html'))
      .map((extra): [string[], Kind] => [
        ['rank', '--skip-invalid', '--pareto', ...extra, '-f', f],
        f === 'table' ? 'terminal' : f,
      ]),
  ),
  ...(['table', 'markdown', 'json'] as const).flatMap((f) =>
    [
      ['explain', 'formula-link'],
      ['explain', 'pipe-code'],
      ['explain', 'line-forge'],
      ['compare', 'formula-link', 'line-forge'],
      ['compare', 'title-link', 'at-sum'],
      ['cost'],
      ['consensus'],
      ['sensitivity', '--iterations', '200'],
    ].map((cmd): [string[], Kind] => [[...cmd, '-f', f], f === 'table' ? 'terminal' : f]),
  ),
  ...(['validate', 'check'] as const).flatMap((cmd) =>
    (
      [
        ['stylish', 'terminal'],
        ['json', 'json'],
        ['github', 'github'],
        ['gitlab', 'json'],
        ['sarif', 'json'],
        ['junit', 'xml'],
        ...(cmd === 'check' ? [['markdown', 'markdown'] as const] : []),
      ] as const
    ).map(([f, kind]): [string[], Kind] => [[cmd, '-f', f], kind]),
  ),
  [['criteria', 'show', 'set.yaml'], 'terminal'],
  [['weights'], 'terminal'],
  [['template', '-c', 'set.yaml'], 'terminal'],
  [['report', '--skip-invalid', '-f', 'markdown'], 'markdown'],
  [['report', '--skip-invalid', '-f', 'html'], 'html'],
];

// eslint-disable-next-line no-control-regex -- ANSI colour (SGR) sequences: our own styling
const sgr = /\u001b\[[0-9;]*m/g;
/** What user text must never bring into a text output: C0 but tab/LF, DEL, C1, bidi controls. */
// eslint-disable-next-line no-control-regex -- the point is to find control characters
const actsOnScreen = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const forgedLine = /^\s*(error forged|forged)/m;

/** The cells of a Markdown table row: split at the pipes that are not backslash-escaped. */
function markdownCells(row: string): number {
  return (row.match(/\\.|\|/g) ?? []).filter((t) => t === '|').length - 1;
}

/** RFC 4180 records of a CSV text, after the comment lines (`# …`) that lead it. */
function parseCsv(csv: string): string[][] {
  const text = csv.replace(/^(#[^\r\n]*\r\n)+/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  const field = /("(?:[^"]|"")*"|[^,"\r\n]*)(,|\r\n)/y;
  while (field.lastIndex < text.length) {
    const m = field.exec(text);
    if (!m)
      throw new Error(`not RFC 4180 at ${field.lastIndex}: ${text.slice(field.lastIndex, 40)}`);
    const raw = m[1] ?? '';
    row.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    if (m[2] === '\r\n') {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

/** Checks one output for the form user text must take in its kind. */
function expectInert(out: string, kind: Kind, label: string): void {
  if (kind === 'json') {
    // data formats keep the data exactly: JSON escapes the C0 controls itself
    expect(() => JSON.parse(out) as unknown, label).not.toThrow();
    // eslint-disable-next-line no-control-regex -- the point is to find control characters
    expect(out, label).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    return;
  }
  // our own: colours (SGR) in a terminal, CRLF line ends in CSV
  expect(out.replace(sgr, '').replace(/\r\n/g, '\n'), label).not.toMatch(actsOnScreen);
  if (kind === 'terminal' || kind === 'github' || kind === 'markdown')
    expect(out, label).not.toMatch(forgedLine);
  // the page links only within itself: a `javascript:` note or website is never a live link
  if (kind === 'html') expect(out, label).not.toMatch(/\shref="(?!#)/);
  if (kind === 'github') {
    for (const line of out.split('\n').filter((l) => l.startsWith('::')))
      expect(line, label).toMatch(/^::(error|warning|notice) [^:]*(?:%3A[^:]*)*::/);
  }
  if (kind === 'markdown') {
    // every table row has its header's number of cells; no line a user's text started
    const lines = out.split('\n');
    lines.forEach((line, i) => {
      if (!line.startsWith('| ') || lines[i - 1]?.startsWith('|')) return;
      const width = markdownCells(line);
      for (let j = i + 1; lines[j]?.startsWith('|'); j++)
        expect(markdownCells(lines[j] ?? ''), `${label}: ${lines[j]}`).toBe(width);
    });
    // names (here the set's and a vendor's) are escaped wherever they are, tables or text
    expect(out, label).not.toContain('a|b `code`');
    expect(out, label).not.toContain('set␛[2J | ');
  }
  if (kind === 'csv') {
    const rows = parseCsv(out);
    expect(rows.length, label).toBeGreaterThan(1);
    for (const row of rows) {
      expect(row, label).toHaveLength(rows[0]?.length ?? 0);
      // a cell a spreadsheet would read as a formula is a number (typed), or starts with '
      for (const cell of row)
        if (/^[\s"]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/.test(cell))
          expect(Number.isFinite(Number(cell)), `${label}: ${cell}`).toBe(true);
    }
    // comment lines, read by a spreadsheet as rows split at commas, start no formula either
    for (const line of out.split('\r\n').filter((l) => l.startsWith('#')))
      for (const cell of line.split(',').slice(1)) expect(cell, label).not.toMatch(/^\s*[=+\-@"]/);
  }
}

describe('hostile user text in every format of every command', () => {
  it.each(runs)('%j', async (args, kind) => {
    const cwd = ['rank', 'report', 'validate', 'check'].includes(args[0] ?? '') ? broken : clean;
    const run = await runCli(args, { cwd });
    expect([0, 1, 2], run.stderr).toContain(run.code);
    expect(run.stdout.length, run.stderr).toBeGreaterThan(0);
    expectInert(run.stdout, kind, args.join(' '));
    expectInert(run.stderr, 'terminal', `${args.join(' ')} (stderr)`);
  });
});

describe('the neutralised forms a reader sees', () => {
  it('rank --format csv: formulas as text, a negative number as a number', async () => {
    const { stdout } = await runCli(['rank', '--skip-invalid', '-f', 'csv'], { cwd: broken });
    const rows = parseCsv(stdout);
    const name = (id: string) => rows.find((r) => r[1] === id)?.[2];
    expect(name('formula-link')).toBe('\'=HYPERLINK("http://x","click")');
    expect(stdout).toContain(',"\'=HYPERLINK(""http://x"",""click"")",');
    expect(name('plus-minus')).toBe("'+1-2");
    expect(name('at-sum')).toBe("'@SUM(A1)");
    expect(name('pipe-code')).toBe('a|b `code`');
    expect(name('screen-clear')).toBe('␛[2J␛[HClear Co');
    expect(name('bidi')).toBe('�evil� Co␡');
    // a line break inside a quoted field is data, not a new row
    expect(name('line-forge')).toBe('line\nerror forged');
    expect(stdout).toMatch(
      /^# skipped: vendors\/esc␛\[2J error forged\.yaml:4:14 "languages" takes/m,
    );
  });

  it('rank --format table: names shown inert, our colours kept', async () => {
    const { stdout } = await runCli(['rank', '--skip-invalid', '--color'], { cwd: broken });
    expect(stdout).toMatch(sgr);
    const plainText = stdout.replace(sgr, '');
    expect(plainText).not.toMatch(actsOnScreen);
    expect(plainText).toContain('│ ␛]0;title␇␛]8;;http://evil␇x␛]8;;␇ │');
    expect(plainText).toContain('│ line error forged ');
    expect(plainText).toContain(
      '! +1-2 left 1 criterion unanswered: languages (note: ␛[2J␛[Hnote clears the screen)',
    );
    // every row of the box is as wide as the top border: the pictures are one column each
    const box = plainText.split('\n').filter((l) => /^[│┌├└]/.test(l));
    expect(new Set(box.map((l) => [...l].length)).size).toBe(1);
  });

  it('rank --format markdown: pipes and backticks of names escaped, line breaks as <br>', async () => {
    const { stdout } = await runCli(['rank', '--skip-invalid', '-f', 'markdown'], { cwd: broken });
    expect(stdout).toContain('| a\\|b \\`code\\` †');
    expect(stdout).toContain('| line<br>error forged |');
    expect(stdout).toContain('## -Hostile �set␛[2J \\| \\`x\\`: ranking');
  });

  it('validate --format github: a file name and a quoted value cannot forge a command', async () => {
    const { stdout } = await runCli(['validate', '-f', 'github'], { cwd: broken });
    expect(stdout).toContain(
      '::error file=vendors/esc␛[2J%0Aerror forged.yaml,line=4,endLine=4,col=14,endColumn=52,title=invalid-type::"languages" takes a whole number from 1 to 5, found "=HYPERLINK(1)\\u001b[2J\\nerror forged"',
    );
  });
});
