import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/cli/errors.js';
import { runWeigh, type WeighOptions } from '../../src/cli/run/weigh.js';
import { formatIssueLine } from '../../src/report/issue-format.js';
import { plain } from '../../src/report/theme.js';
import { scriptedPrompter, type Step, terminalContext } from '../ui/scripted-prompter.js';
import { makeTempDir, repoRoot, runCli } from './run-cli.js';

const carFile = join(repoRoot, 'tests', 'fixtures', 'weigh', 'car.yaml');
const car = readFileSync(carFile, 'utf8');

/** A folder holding `text` as car.yaml. */
function folder(text = car): string {
  const dir = makeTempDir('vendor-eval-weigh-');
  writeFileSync(join(dir, 'car.yaml'), text);
  return dir;
}

/** Runs `weigh` in `dir` with the scripted answers. */
async function weigh(dir: string, script: Step[], options: Partial<WeighOptions> = {}) {
  const prompter = scriptedPrompter(script);
  const terminal = terminalContext(dir);
  const ctx = terminal.ctx;
  const result = await runWeigh({ file: 'car.yaml', ...options }, ctx, prompter);
  const text = (): string => readFileSync(join(dir, 'car.yaml'), 'utf8');
  return { result, stderr: terminal.stderr, prompter, text };
}

const picks = (...values: string[]): Step[] => values.map((v) => ({ select: v }));

describe('weigh (AHP pairwise comparisons, scripted)', () => {
  it('Wikipedia car example, Cost node: exact local weights and CR (Donegan–Dodd RI), defaults from the written comparisons, the block spliced in with every comment kept', async () => {
    // Wikipedia "Analytic hierarchy process – car example", Cost node, as AHPy's tests give it
    // (tests/core/ahp-published.test.ts): Price 0.4881, Fuel 0.2515, Maintenance 0.0999,
    // Resale 0.1605, CR 0.0164 with the Donegan–Dodd random index.
    const dir = folder();
    const run = await weigh(dir, [...picks('2', '5', '3', '2', '2', '1/2'), { select: true }], {
      node: 'cost',
    });
    expect(run.result.stdout).toBe('wrote the ahp weighting of "cost" to car.yaml (CR 0.016)\n');
    expect(run.prompter.log).toEqual([
      'weighing the 4 children of "cost" in car.yaml, pair by pair',
      'judgement 1 of 6',
      '? How much more important is Price than Fuel?',
      'judgement 2 of 6',
      '? How much more important is Price than Maintenance?',
      'judgement 3 of 6',
      '? How much more important is Price than Resale?',
      'consistency ratio so far: CR 0.000 (≤ 0.1: consistent)',
      'judgement 4 of 6',
      '? How much more important is Fuel than Maintenance?',
      'consistency ratio so far: CR 0.002 (≤ 0.1: consistent)',
      'judgement 5 of 6',
      '? How much more important is Fuel than Resale?',
      'consistency ratio so far: CR 0.007 (≤ 0.1: consistent)',
      'judgement 6 of 6',
      '? How much more important is Maintenance than Resale?',
      'consistency ratio so far: CR 0.016 (≤ 0.1: consistent)',
      'local weights:',
      '  Price        0.4881',
      '  Fuel         0.2515',
      '  Maintenance  0.0999',
      '  Resale       0.1605',
      '? Write this weighting into car.yaml?',
    ]);
    // [fuel, price, "1/2"] is offered the other way round: Price against Fuel, 2
    expect(run.prompter.defaults).toEqual(['2', '4', '3', '1', '1', '1', true]);
    expect(run.prompter.menus[0]).toEqual([
      'Price is extremely more important (9)',
      'Price is very strongly to extremely more important (8)',
      'Price is very strongly more important (7)',
      'Price is strongly to very strongly more important (6)',
      'Price is strongly more important (5)',
      'Price is moderately to strongly more important (4)',
      'Price is moderately more important (3)',
      'Price is equally to moderately more important (2)',
      'both are equally important (1)',
      'Fuel is equally to moderately more important (1/2)',
      'Fuel is moderately more important (1/3)',
      'Fuel is moderately to strongly more important (1/4)',
      'Fuel is strongly more important (1/5)',
      'Fuel is strongly to very strongly more important (1/6)',
      'Fuel is very strongly more important (1/7)',
      'Fuel is very strongly to extremely more important (1/8)',
      'Fuel is extremely more important (1/9)',
    ]);
    expect(run.text()).toBe(
      car.replace(
        '    weighting: { method: ahp, riTable: donegan-dodd, comparisons: [[fuel, price, "1/2"], [price, maintenance, 4], [price, resale, 3]] }\n',
        `    weighting:
      method: ahp
      riTable: donegan-dodd
      comparisons:
        - [price, fuel, 2]
        - [price, maintenance, 5]
        - [price, resale, 3]
        - [fuel, maintenance, 2]
        - [fuel, resale, 2]
        - [maintenance, resale, "1/2"]
`,
      ),
    );
    // the written file loads, with the same weights
    const check = await runCli(['weights', 'car.yaml'], { cwd: dir });
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(
      /│ cost\s+│ 4 │ 4\.0\d+ │ [\d.]+ │ donegan-dodd [\d.]+ │ 0\.0164 │ ✓ yes/,
    );
  });

  it('CR > 0.1: names the most inconsistent judgement, offers the value the others imply, and writes the revised one (the top level, a new block above categories)', async () => {
    const dir = folder();
    const run = await weigh(dir, [...picks('1/5', '3', '1/3', 'suggested'), { select: true }]);
    const log = run.prompter.log;
    expect(log.slice(log.indexOf('judgement 3 of 3'))).toEqual([
      'judgement 3 of 3',
      '? How much more important is Safety than Style?',
      'consistency ratio so far: CR 1.585 (> 0.1: inconsistent)',
      'CR 1.585 > 0.1 (saaty RI): the most inconsistent judgement is [cost, safety, 1/5]; the other judgements imply cost ≈ 9.00 × safety',
      '? Revise Cost against Safety (now 1/5)?',
      'consistency ratio now: CR 0.000 (≤ 0.1: consistent)',
      'local weights:',
      '  Cost    0.6923',
      // Cost : Safety : Style = 9 : 1 : 3, exactly consistent
      '  Safety  0.0769',
      '  Style   0.2308',
      '? Write this weighting into car.yaml?',
    ]);
    expect(run.prompter.menus[3]).toEqual([
      'keep 1/5 (CR stays 1.585)',
      'use 9, the value the others imply (CR 0.000)',
      'enter another value',
    ]);
    expect(run.text()).toBe(
      car.replace(
        'version: 1\n',
        `version: 1
weighting:
  method: ahp
  comparisons:
    - [cost, safety, 9]
    - [cost, style, 3]
    - [safety, style, "1/3"]
`,
      ),
    );
  });

  it('a revision may be typed on the scale, or the judgement kept: the loop ends when the user accepts', async () => {
    const dir = folder();
    const run = await weigh(dir, [
      ...picks('1/5', '3', '1/3', 'other', '1', 'keep'),
      { select: true },
    ]);
    expect(run.prompter.log).toContain('consistency ratio now: CR 0.483 (> 0.1: inconsistent)');
    expect(run.prompter.log.filter((l) => l.startsWith('? Revise'))).toEqual([
      '? Revise Cost against Safety (now 1/5)?',
      '? Revise Cost against Safety (now 1)?',
    ]);
    // the typed value was asked on the scale, the old one as its default
    expect(run.prompter.defaults[4]).toBe('1/5');
    expect(run.text()).toContain('    - [cost, safety, 1]\n');
  });

  it('Ctrl-C before the final confirmation exits 130 and writes nothing, saying so; "no" writes nothing either', async () => {
    const dir = folder();
    const run = await weigh(dir, picks('3', '5'));
    expect(run.result.exitCode).toBe(130);
    expect(run.stderr()).toBe('\ninterrupted: nothing was written to car.yaml\n');
    expect(run.text()).toBe(car);
    const no = await weigh(dir, [...picks('3', '5', '3'), { select: false }]);
    expect(no.result).toEqual({ notes: ['nothing was written to car.yaml'] });
    expect(no.text()).toBe(car);
  });

  it('--node naming no category: exit-2 usage error with a did-you-mean; a criterion is named as such', async () => {
    const dir = folder();
    const error = await weigh(dir, [], { node: 'saftey' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe(
      '--node saftey: the set "car" has no category "saftey"',
    );
    expect((error as UsageError).hint).toBe('did you mean "safety"?');
    const criterion = await weigh(dir, [], { node: 'price' }).catch((e: unknown) => e);
    expect((criterion as UsageError).message).toBe(
      '--node price: "price" is a criterion; weigh compares the children of a category',
    );
    const single = await weigh(dir, [], { node: 'safety' }).catch((e: unknown) => e);
    expect((single as UsageError).message).toBe(
      '"safety" has 1 child: there is nothing to compare',
    );
  });

  it('a criteria file invalid at the start is reported with positions and not written', async () => {
    const broken = car.replace('[price, resale, 3]', '[price, resale, 12]');
    const dir = folder(broken);
    const error = await weigh(dir, picks('3')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues.map((i) => formatIssueLine(i, plain))).toEqual([
      'car.yaml:9:131 error an AHP ratio must lie between 1/9 and 9, found 12 (invalid-ahp) — use Saaty\'s scale: 1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme; "1/3" for the reverse',
    ]);
    expect(readFileSync(join(dir, 'car.yaml'), 'utf8')).toBe(broken);
  });

  it("a built-in set id is refused: it is not the user's file", async () => {
    const dir = folder();
    const error = await weigh(dir, [], { file: 'customer-service' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).rule).toBe('read-only-criteria');
    expect((error as UsageError).message).toBe(
      '"customer-service" is a built-in criteria set, not a file of yours: weigh writes into the file it is given',
    );
    expect((error as UsageError).hint).toBe(
      'copy it with "vendor-eval criteria show customer-service --format yaml > customer-service.yaml", then run "vendor-eval weigh customer-service.yaml"',
    );
  });

  it('a file changed on disk while weighing is not overwritten', async () => {
    const dir = folder();
    const prompter = scriptedPrompter([...picks('3', '5', '3')]);
    const confirm = prompter.select.bind(prompter);
    prompter.select = (q) => {
      if (q.message.startsWith('Write')) writeFileSync(join(dir, 'car.yaml'), `${car}# edited\n`);
      return q.message.startsWith('Write') ? Promise.resolve(true as never) : confirm(q);
    };
    const { ctx } = terminalContext(dir);
    const error = await runWeigh({ file: 'car.yaml' }, ctx, prompter).catch((e: unknown) => e);
    expect((error as UsageError).rule).toBe('file-changed');
    expect((error as UsageError).message).toBe(
      'car.yaml was changed by someone else while you weighed; nothing was written',
    );
    expect(readFileSync(join(dir, 'car.yaml'), 'utf8')).toBe(`${car}# edited\n`);
  });

  it('not a terminal: one line, exit 2', async () => {
    const dir = folder();
    copyFileSync(carFile, join(dir, 'car.yaml'));
    const r = await runCli(['weigh', 'car.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'error weigh asks its questions in a terminal, and stdin or stderr is not one (not-a-terminal) — write the `weighting` block in the criteria file instead (docs/file-formats.md, "Weighting"), then run "vendor-eval weights"\n',
    );
  });
});

describe('weigh --method roc|swing (scripted)', () => {
  it('roc: the children ranked one pick at a time; rank-order centroid weights; the order written', async () => {
    const dir = folder();
    const run = await weigh(dir, [...picks('safety', 'cost'), { select: true }], {
      method: 'roc',
    });
    expect(run.result.stdout).toBe('wrote the roc weighting of "car" to car.yaml\n');
    expect(run.prompter.menus.slice(0, 2)).toEqual([
      ['Cost', 'Safety', 'Style'],
      ['Cost', 'Style'],
    ]);
    // ROC for 3: (1 + 1/2 + 1/3)/3, (1/2 + 1/3)/3, (1/3)/3
    expect(run.prompter.log.slice(-5)).toEqual([
      'local weights:',
      '  Cost    0.2778',
      '  Safety  0.6111',
      '  Style   0.1111',
      '? Write this weighting into car.yaml?',
    ]);
    expect(run.text()).toBe(
      car.replace(
        'version: 1\n',
        'version: 1\nweighting:\n  method: roc\n  order: [safety, cost, style]\n',
      ),
    );
  });

  it('swing: the most important swing gets 100, the others are typed (0–100, a bad figure asked again); the written points are the next defaults', async () => {
    const dir = folder();
    const run = await weigh(
      dir,
      [{ select: 'safety' }, { input: '150' }, { input: '50' }, { input: '25' }, { select: true }],
      { method: 'swing' },
    );
    expect(run.prompter.log).toContain('> type a number from 0 to 100');
    expect(run.prompter.log.slice(-5)).toEqual([
      'local weights:',
      '  Cost    0.2857',
      '  Safety  0.5714',
      '  Style   0.1429',
      '? Write this weighting into car.yaml?',
    ]);
    expect(run.text()).toBe(
      car.replace(
        'version: 1\n',
        'version: 1\nweighting:\n  method: swing\n  points:\n    cost: 50\n    safety: 100\n    style: 25\n',
      ),
    );
    const again = await weigh(dir, [{ select: 'safety' }, { input: '' }, { input: '' }], {
      method: 'swing',
    });
    expect(again.result.exitCode).toBe(130);
    expect(again.prompter.defaults.slice(0, 3)).toEqual(['safety', '50', '25']);
  });

  it('an unknown --method is a usage error with the nearest one', async () => {
    const error = await weigh(folder(), [], { method: 'swig' }).catch((e: unknown) => e);
    expect((error as UsageError).message).toBe('--method swig: weigh asks by ahp, roc or swing');
    expect((error as UsageError).hint).toBe('did you mean "swing"?');
  });
});

describe('weigh: a category of an included file', () => {
  it('is weighed in its own file, not through the including one', async () => {
    const dir = folder();
    writeFileSync(
      join(dir, 'fleet.yaml'),
      'id: fleet\nname: Fleet\nversion: 1\ninclude:\n  - { set: car.yaml }\ncategories:\n  - id: service\n    criteria:\n      - { id: uptime, type: scale }\n',
    );
    const error = await weigh(dir, [], { file: 'fleet.yaml', node: 'cost' }).catch(
      (e: unknown) => e,
    );
    expect((error as UsageError).rule).toBe('read-only-criteria');
    expect((error as UsageError).message).toBe('"cost" is defined in car.yaml, not in fleet.yaml');
    expect((error as UsageError).hint).toBe(
      'run "vendor-eval weigh car.yaml" to weigh it in its own file',
    );
  });
});
