import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/errors.js';
import { runWeigh, type WeighOptions } from '../../src/cli/run/weigh.js';
import { scriptedPrompter, type Step, terminalContext } from '../ui/scripted-prompter.js';
import { makeTempDir, repoRoot, runCli } from './run-cli.js';

const fitFile = join(repoRoot, 'docs', 'pairwise-example', 'fit.yaml');
const fit = readFileSync(fitFile, 'utf8');

/** A folder holding `text` as fit.yaml. */
function folder(text = fit): string {
  const dir = makeTempDir('vendor-eval-weigh-criterion-');
  writeFileSync(join(dir, 'fit.yaml'), text);
  return dir;
}

/** Runs `weigh fit.yaml --criterion …` in `dir` with the scripted answers. */
async function weigh(dir: string, script: Step[], options: Partial<WeighOptions> = {}) {
  const prompter = scriptedPrompter(script);
  const { ctx } = terminalContext(dir);
  const result = await runWeigh({ file: 'fit.yaml', criterion: 'fit', ...options }, ctx, prompter);
  const text = (): string => readFileSync(join(dir, 'fit.yaml'), 'utf8');
  return { result, prompter, text };
}

const picks = (...values: string[]): Step[] => values.map((v) => ({ select: v }));

/** The usage error `weigh` rejects with. */
async function refusal(dir: string, options: Partial<WeighOptions>): Promise<UsageError> {
  const error = await weigh(dir, [], options).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UsageError);
  return error as UsageError;
}

describe('weigh --criterion (pairwise vendor comparisons, scripted)', () => {
  it('docs/pairwise-example: northwind/contoso/fabrikam 3, 5, 2 give the ideal utilities 1, 0.354, 0.188 of docs/methods/pairwise.md; the comparisons are spliced in, every comment kept', async () => {
    const dir = folder(
      `# top comment\n${fit
        .replace('[northwind, contoso, 3]', '[northwind, contoso, 1]')
        .replace('[northwind, fabrikam, 5]', '[northwind, fabrikam, 1]')
        .replace('[contoso, fabrikam, 2]', '[contoso, fabrikam, 1]')}# last comment\n`,
    );
    const run = await weigh(dir, [...picks('3', '5', '2'), { select: true }]);
    expect(run.result.stdout).toBe('wrote the comparisons of "fit" to fit.yaml (CR 0.003)\n');
    expect(run.prompter.log).toEqual([
      'comparing the 3 vendors on "fit" in fit.yaml, pair by pair',
      'judgement 1 of 3',
      '? On Cultural fit, how much better is northwind than contoso?',
      'judgement 2 of 3',
      '? On Cultural fit, how much better is northwind than fabrikam?',
      'consistency ratio so far: CR 0.000 (≤ 0.1: consistent)',
      'judgement 3 of 3',
      '? On Cultural fit, how much better is contoso than fabrikam?',
      'consistency ratio so far: CR 0.003 (≤ 0.1: consistent)',
      'utilities (ideal: each eigenvector entry ÷ the largest):',
      // eigenvector (0.6483, 0.2297, 0.1220): contoso 35.4 %, fabrikam 18.8 % of northwind
      '  northwind  1.0000',
      '  contoso    0.3542',
      '  fabrikam   0.1882',
      '? Write these comparisons into fit.yaml?',
    ]);
    expect(run.prompter.defaults).toEqual(['1', '1', '1', true]);
    expect(run.prompter.menus[0]?.slice(6, 11)).toEqual([
      'northwind is moderately better (3)',
      'northwind is equally to moderately better (2)',
      'both are equally good (1)',
      'contoso is equally to moderately better (1/2)',
      'contoso is moderately better (1/3)',
    ]);
    expect(run.text()).toBe(`# top comment\n${fit}# last comment\n`);
    // the written file ranks as the docs show
    const rank = await runCli(
      ['rank', '-c', 'fit.yaml', join(repoRoot, 'docs', 'pairwise-example', 'vendors')],
      {
        cwd: dir,
      },
    );
    expect(rank.stdout).toContain('│ 2 │ contoso †  │  35.4 │  35.4 │');
  });

  it('distributive synthesis, vendor names from the files given, a judgement written the other way round offered inverted, a vendor added by its file, every pair written', async () => {
    const before = fit
      .replace('    type: pairwise\n', '    type: pairwise\n    synthesis: distributive\n')
      .replace('[northwind, contoso, 3]', '[contoso, northwind, "1/3"]')
      .replace('      - [contoso, fabrikam, 2]\n', '');
    const dir = folder(before);
    const vendors = join(dir, 'vendors');
    mkdirSync(vendors);
    writeFileSync(
      join(vendors, 'northwind.yaml'),
      'vendor: northwind\nname: Northwind Traders\nanswers: {}\n',
    );
    writeFileSync(join(vendors, 'fabrikam.yaml'), 'vendor: fabrikam\nanswers: {}\n');
    writeFileSync(
      join(vendors, 'tailspin.yaml'),
      'vendor: tailspin\nname: Tailspin\nanswers: {}\n',
    );
    const run = await weigh(dir, [...picks('1/3', '2', '1', '5', '3', '1/2'), { select: true }], {
      vendors: ['vendors'],
    });
    expect(run.result.stdout).toBe('wrote the comparisons of "fit" to fit.yaml (CR 0.002)\n');
    expect(run.prompter.log.filter((l) => l.startsWith('?')).slice(0, 3)).toEqual([
      '? On Cultural fit, how much better is contoso than Northwind Traders?',
      '? On Cultural fit, how much better is contoso than fabrikam?',
      '? On Cultural fit, how much better is contoso than Tailspin?',
    ]);
    expect(run.prompter.defaults.slice(0, 4)).toEqual(['1/3', '1', '1', '5']);
    // the eigenvector entries themselves (they sum to 1)
    expect(run.prompter.log.slice(-6)).toEqual([
      'utilities (distributive: the eigenvector entries):',
      '  contoso            0.1854',
      '  Northwind Traders  0.5320',
      '  fabrikam           0.0971',
      '  Tailspin           0.1854',
      '? Write these comparisons into fit.yaml?',
    ]);
    // every pair now, in the order asked, fractions quoted
    expect(run.text()).toBe(
      before.replace(
        /( {4}comparisons:\n)(.|\n)*$/,
        `$1      - [contoso, northwind, "1/3"]
      - [contoso, fabrikam, 2]
      - [contoso, tailspin, 1]
      - [northwind, fabrikam, 5]
      - [northwind, tailspin, 3]
      - [fabrikam, tailspin, "1/2"]
`,
      ),
    );
  });

  it('no vendor files given: the vendors of the project file join those the comparisons name', async () => {
    const dir = folder(fit.replace('      - [contoso, fabrikam, 2]\n', ''));
    mkdirSync(join(dir, 'vendors'));
    writeFileSync(join(dir, 'vendors', 'tailspin.yaml'), 'vendor: tailspin\nanswers: {}\n');
    writeFileSync(join(dir, 'vendor-eval.config.yaml'), 'vendors: vendors/\n');
    const run = await weigh(dir, []);
    expect(run.result.exitCode).toBe(130);
    expect(run.prompter.log[0]).toBe('comparing the 4 vendors on "fit" in fit.yaml, pair by pair');
    expect(run.text()).toBe(fit.replace('      - [contoso, fabrikam, 2]\n', ''));
  });

  it('refusals before any question: --node with --criterion, an unknown id, a criterion not pairwise, fewer than two vendors, a comparisonsFile', async () => {
    const dir = folder();
    const both = await refusal(dir, { node: 'x' });
    expect([both.rule, both.message]).toEqual([
      'conflicting-options',
      '--criterion cannot be combined with --node: --criterion compares the vendors of a pairwise criterion, --node and --method weigh the children of a category',
    ]);
    const unknown = await refusal(dir, { criterion: 'fitt' });
    expect([unknown.rule, unknown.message, unknown.hint]).toEqual([
      'not-pairwise',
      '--criterion fitt: the set "fit-demo" has no criterion "fitt"',
      'did you mean "fit"?',
    ]);
    const scale = folder(
      `${fit}  - id: csat\n    name: Satisfaction\n    type: scale\n    scale: { min: 1, max: 5 }\n`,
    );
    const notPairwise = await refusal(scale, { criterion: 'csat' });
    expect([notPairwise.rule, notPairwise.message, notPairwise.hint]).toEqual([
      'not-pairwise',
      '--criterion csat: "csat" is a scale criterion; weigh --criterion compares vendors on a `type: pairwise` criterion',
      'pairwise criteria: fit',
    ]);
    const lonely = folder(fit.replace(/ {4}comparisons:\n(.|\n)*$/, '    comparisons: []\n'));
    const few = await refusal(lonely, {});
    expect([few.rule, few.message, few.hint]).toEqual([
      'not-pairwise',
      '"fit" compares no vendors: there is nothing to compare',
      'name vendor files or folders after the criteria file, e.g. "vendor-eval weigh fit.yaml --criterion fit vendors/"',
    ]);
    const external = folder(
      fit.replace(/ {4}comparisons:\n(.|\n)*$/, '    comparisonsFile: judgements.yaml\n'),
    );
    writeFileSync(join(external, 'judgements.yaml'), '- [northwind, contoso, 3]\n');
    const file = await refusal(external, {});
    expect([file.rule, file.message]).toEqual([
      'read-only-criteria',
      '"fit" reads its comparisons from judgements.yaml: weigh --criterion writes only comparisons written in the criterion',
    ]);
  });

  it('on the command line: exit 2 and the message, the file untouched', async () => {
    const dir = folder();
    const r = await runCli(['weigh', 'fit.yaml', '--criterion', 'fit', '--node', 'x'], {
      cwd: dir,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'error --criterion cannot be combined with --node: --criterion compares the vendors of a pairwise criterion, --node and --method weigh the children of a category (conflicting-options) — use one or the other\n',
    );
    const stray = await runCli(['weigh', 'fit.yaml', 'vendors'], { cwd: dir });
    expect(stray.code).toBe(2);
    expect(stray.stderr).toBe(
      'error vendor files (vendors) are only read with --criterion (conflicting-options) — run "vendor-eval weigh fit.yaml --criterion <pairwise criterion id> vendors"\n',
    );
    expect(readFileSync(join(dir, 'fit.yaml'), 'utf8')).toBe(fit);
  });
});
