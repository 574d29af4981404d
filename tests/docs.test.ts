/**
 * The documentation is tested: every vendor-eval command shown WITH its output in README.md or
 * docs/**\/*.md is run in-process (runCli) and its output must match what the page shows.
 *
 * How to write an example (it reads as a terminal transcript on GitHub):
 *
 *   ```text
 *   $ vendor-eval rank examples/vendors --top 2
 *   <the output, exactly>
 *   ```
 *
 * - A ```text block whose first line starts with `$ ` is a transcript: each `$ ` line is a
 *   command, the lines up to the next `$ ` line are its output. Or: a ```sh block holding one
 *   command, followed directly (blank lines only) by a ```text block with its output.
 * - The command may start with `npx ` (or `npx --no -- `), with `cd DIR && ` and with variable
 *   assignments (`SOURCE_DATE_EPOCH=0 vendor-eval report …`), added to the environment. Commands that
 *   are not vendor-eval (cp, npm, …) are not run; a vendor-eval command with a pipe or a
 *   redirection cannot be run here and needs a `skip` directive saying so.
 * - It runs with the repository root as the working folder (unless `cd DIR &&` or a directive
 *   says otherwise), an empty environment but for the command's assignments (so no colour), not a terminal, and a terminal width
 *   of 200 columns (COLUMNS and the context's width).
 * - The output compared is stdout followed by stderr, as a terminal shows them; trailing blank
 *   lines are ignored.
 * - Elisions: a line that is only `…` stands for any number of lines (none included); a line
 *   that ends in `…` matches any line starting with the text before it. Everything else must be
 *   equal, line by line, in order, from the first line to the last.
 * - A directive in an HTML comment just above the block (GitHub does not show it) changes the
 *   defaults: `<!-- doc-test: cwd=docs/worked-example columns=100 exit=2 -->`, or
 *   `<!-- doc-test: skip="why" -->` for an example that cannot run as shown (say why), or
 *   `<!-- doc-test: fixture=acme-care -->` to run it in a temporary folder that the named
 *   fixture in tests/docs/fixtures.ts prepares as the page tells the reader to (an edited copy).
 *   The working folder is then that folder (plus `cwd`).
 *
 * When the output changes on purpose, run `UPDATE_DOCS=1 npx vitest run tests/docs.test.ts`:
 * it rewrites every failing block that has no elision with the real output (check the diff);
 * blocks with `…` are reported and must be edited by hand.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './cli/run-cli.js';
import { examples, isElided, matches, type DocExample } from './docs/doc-blocks.js';
import { docFixtures } from './docs/fixtures.js';

const update = Boolean(process.env.UPDATE_DOCS);

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

const files = [join(repoRoot, 'README.md'), ...markdownFiles(join(repoRoot, 'docs'))].map((f) =>
  relative(repoRoot, f),
);
const all = files.flatMap((file) => examples(file, readFileSync(join(repoRoot, file), 'utf8')));
const runnable = all.filter((e) => e.args !== undefined && e.skip === undefined);

/** Output blocks to rewrite in UPDATE_DOCS mode, per file. */
const rewrites = new Map<string, { range: [number, number]; lines: string[] }[]>();
afterAll(() => {
  for (const [file, edits] of rewrites) {
    const lines = readFileSync(join(repoRoot, file), 'utf8').split('\n');
    for (const edit of edits.sort((a, b) => b.range[0] - a.range[0]))
      lines.splice(edit.range[0], edit.range[1] - edit.range[0], ...edit.lines);
    writeFileSync(join(repoRoot, file), lines.join('\n'));
  }
});

async function run(example: DocExample): Promise<{ code: number; lines: string[] }> {
  const root = example.fixture === undefined ? repoRoot : fixtureRoot(example);
  const result = await runCli(example.args ?? [], {
    cwd: join(root, example.cwd),
    env: { ...example.env, COLUMNS: String(example.columns) },
    columns: example.columns,
  });
  const text = `${result.stdout}${result.stderr}`.replace(/\n+$/, '');
  return { code: result.code, lines: text === '' ? [] : text.split('\n') };
}

/** The folder a fixture example runs in; an unknown fixture name fails the example. */
function fixtureRoot(example: DocExample): string {
  const make = docFixtures[example.fixture ?? ''];
  if (!make)
    throw new Error(`${example.file}:${example.line}: no doc fixture "${example.fixture}"`);
  return make();
}

describe('documentation examples', () => {
  it('finds the examples (the convention is in use)', () => {
    expect(runnable.length).toBeGreaterThanOrEqual(10);
    for (const file of ['README.md', 'docs/cli.md', 'docs/scoring.md'])
      expect(runnable.some((e) => e.file === file)).toBe(true);
  });

  it('every vendor-eval example it cannot run (a pipe, a redirection) says why it is skipped', () => {
    const silent = all.filter(
      (e) => e.args === undefined && /\bvendor-eval\b/.test(e.command) && e.skip === undefined,
    );
    expect(silent.map((e) => `${e.file}:${e.line} $ ${e.command}`)).toEqual([]);
  });

  it.each(runnable.map((e) => [`${e.file}:${e.line} $ ${e.command}`, e] as const))(
    '%s',
    async (_, example) => {
      const actual = await run(example);
      if (example.exit !== undefined) expect(actual.code, 'exit code').toBe(example.exit);
      if (matches(example.expected, actual.lines)) return;
      if (update && !isElided(example.expected)) {
        const edits = rewrites.get(example.file) ?? [];
        edits.push({ range: example.range, lines: actual.lines });
        rewrites.set(example.file, edits);
        return;
      }
      // fails with a line diff: what the page shows against what the command prints
      expect(actual.lines.join('\n'), `${example.file}:${example.line}`).toBe(
        example.expected.join('\n'),
      );
    },
  );
});
