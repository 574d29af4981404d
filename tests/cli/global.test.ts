import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ansi, examplesDir, makeTempDir, repoRoot, runCli } from './run-cli.js';

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  version: string;
};

/** A project: config at the root, vendors/ with two example vendors, and a nested sub-folder. */
function makeProject(config: string): { root: string; deep: string } {
  const root = makeTempDir();
  mkdirSync(join(root, 'vendors'));
  for (const f of ['harbourline-care.yaml', 'kestrel-contact.yaml'])
    copyFileSync(join(examplesDir, f), join(root, 'vendors', f));
  writeFileSync(join(root, 'vendor-eval.config.yaml'), config);
  const deep = join(root, 'notes', 'meetings');
  mkdirSync(deep, { recursive: true });
  return { root, deep };
}

describe('vendor paths and the project file', () => {
  it.each([
    [['rank'], 'vendor-eval rank vendors/'],
    [['explain', 'harbourline-care'], 'vendor-eval explain harbourline-care vendors/'],
  ])('%j with no paths and no project file is exit 2 saying how to name them', async (args, ex) => {
    const run = await runCli(args, { cwd: makeTempDir() });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('no vendor files given');
    expect(run.stderr).toContain(ex);
    expect(run.stderr).toContain('vendor-eval.config.yaml');
  });

  it('finds vendor-eval.config.yaml in a parent folder and uses its vendors', async () => {
    const { deep } = makeProject('criteria: customer-service\nvendors: vendors/\n');
    const run = await runCli(['rank', '--format', 'json'], { cwd: deep });
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      criteriaSet: { id: string };
      vendors: { id: string; rank: number | null }[];
    };
    expect(doc.criteriaSet.id).toBe('customer-service');
    expect(doc.vendors.map((v) => [v.id, v.rank])).toEqual([
      ['harbourline-care', 1],
      ['kestrel-contact', null],
    ]);
  });

  it('uses the project file’s criteria set (a file relative to the project file)', async () => {
    const { root, deep } = makeProject('criteria: sets/mini.yaml\nvendors: [vendors/]\n');
    mkdirSync(join(root, 'sets'));
    writeFileSync(
      join(root, 'sets', 'mini.yaml'),
      [
        'id: mini',
        'name: Mini',
        'version: 3',
        'include:',
        '  - { set: security, weight: 1 }',
        '',
      ].join('\n'),
    );
    // the vendors answer more than security: answers to the built-in sets' other criteria are
    // out of scope for this set, ignored with one info line
    const run = await runCli(['rank', '--format', 'csv'], { cwd: deep });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'info 138 answers to criteria outside "mini" were ignored (out-of-scope) — they belong to customer-service; rank with -c customer-service to score them\n',
    );
    // `-c` on the command line overrides the project file
    const ok = await runCli(['rank', '-c', 'customer-service', '--format', 'csv'], { cwd: deep });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('harbourline-care');
  });

  it('explain and weights read the project file too', async () => {
    const { deep } = makeProject('criteria: customer-service\nvendors: vendors/\n');
    const explain = await runCli(['explain', 'kestrel-contact'], { cwd: deep });
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain('Kestrel Contact Solutions (kestrel-contact)');
    const weights = await runCli(['weights', '--format', 'json'], { cwd: deep });
    expect(weights.code).toBe(0);
    expect(JSON.parse(weights.stdout)).toMatchObject({ criteriaSet: { id: 'customer-service' } });
  });

  it('a broken project file is exit 2 at its line and is left unchanged', async () => {
    const config = 'criteria: customer-service\nvendor: vendors/\n';
    const { root, deep } = makeProject(config);
    const run = await runCli(['rank'], { cwd: deep });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/vendor-eval\.config\.yaml:2:1 error .*"vendor"/);
    expect(run.stderr).toContain('did you mean "vendors"?');
    expect(readFileSync(join(root, 'vendor-eval.config.yaml'), 'utf8')).toBe(config);
  });
});

describe('colour', () => {
  const rank = ['rank', 'examples/vendors'];

  it('is off when stdout is not a terminal', async () => {
    const run = await runCli(rank);
    expect(run.stdout).toContain('Harbourline');
    expect(run.stdout).not.toMatch(ansi);
  });

  it('is on for a terminal, off for a terminal with NO_COLOR or --no-color', async () => {
    const tty = { stdoutIsTTY: true, stderrIsTTY: true };
    expect((await runCli(rank, tty)).stdout).toMatch(ansi);
    const noColorEnv = await runCli(rank, { ...tty, env: { NO_COLOR: '1' } });
    expect(noColorEnv.stdout).toContain('Harbourline');
    expect(noColorEnv.stdout).not.toMatch(ansi);
    const noColorFlag = await runCli(['--no-color', ...rank], tty);
    expect(noColorFlag.stdout).toContain('Harbourline');
    expect(noColorFlag.stdout).not.toMatch(ansi);
    const afterCommand = await runCli([...rank, '--no-color'], tty);
    expect(afterCommand.stdout).not.toMatch(ansi);
  });

  it('--color forces it on without a terminal, also over NO_COLOR', async () => {
    expect((await runCli([...rank, '--color'])).stdout).toMatch(ansi);
    expect((await runCli(['--color', ...rank], { env: { NO_COLOR: '1' } })).stdout).toMatch(ansi);
  });

  it('the last of --color and --no-color wins on stdout and stderr alike', async () => {
    const bad = ['explain', 'zzz', 'examples/vendors'];
    const off = await runCli(['--color', ...bad, '--no-color'], { stderrIsTTY: true });
    expect(off.stderr).toContain('"zzz"');
    expect(off.stderr).not.toMatch(ansi);
    const on = await runCli(['--no-color', ...bad, '--color']);
    expect(on.stderr).toMatch(ansi);
  });

  it('error lines on stderr carry no colour when stderr is not a terminal', async () => {
    const run = await runCli(['rank', 'examples/vendors', '--missing', 'fail']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('missing-answer');
    expect(run.stderr).not.toMatch(ansi);
  });

  it('files written with -o never get colour', async () => {
    const dir = makeTempDir();
    const run = await runCli(['rank', examplesDir, '--color', '-o', 'out.txt'], { cwd: dir });
    expect(run.code).toBe(0);
    const text = readFileSync(join(dir, 'out.txt'), 'utf8');
    expect(text).toContain('Harbourline');
    expect(text).not.toMatch(ansi);
  });
});

describe('global options and usage errors', () => {
  it('--help exits 0 and lists the commands with examples', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const cmd of ['rank', 'explain', 'validate', 'weights', 'criteria', 'schema'])
      expect(run.stdout).toMatch(new RegExp(`^  ${cmd}\\b`, 'm'));
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain('$ vendor-eval rank examples/vendors');
  });

  it('the examples in --help name vendors that exist in examples/vendors', async () => {
    const help = await runCli(['--help']);
    const explainHelp = await runCli(['explain', '--help']);
    expect(explainHelp.code).toBe(0);
    const examples = [
      ...`${help.stdout}\n${explainHelp.stdout}`.matchAll(
        /\$ vendor-eval explain (\S+) examples\/vendors/g,
      ),
    ].map((m) => m[1] as string);
    expect(examples.length).toBeGreaterThan(0);
    for (const id of examples) {
      const run = await runCli(['explain', id, 'examples/vendors', '-q']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    }
  });

  it('rank --help exits 0 and shows its options', async () => {
    const run = await runCli(['rank', '--help']);
    expect(run.code).toBe(0);
    for (const opt of ['--criteria', '--method', '--format', '--output', '--weights', '--top'])
      expect(run.stdout).toContain(opt);
  });

  it('--version prints the package version and exits 0', async () => {
    for (const flag of ['--version', '-V']) {
      const run = await runCli([flag]);
      expect(run.code).toBe(0);
      expect(run.stdout.trim()).toBe(pkg.version);
    }
  });

  it.each([
    [['--bogus'], "unknown option '--bogus'"],
    [['rank', 'examples/vendors', '--bogus'], "unknown option '--bogus'"],
    [['rank', 'examples/vendors', '--format', 'pdf'], "'pdf' is invalid"],
    [['frobnicate'], "unknown command 'frobnicate'"],
  ])('%j is exit 2 with a message and no stack trace', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('help nosuch is an unknown command, exit 2, like vendor-eval nosuch', async () => {
    for (const args of [['help', 'nosuch'], ['nosuch']]) {
      const run = await runCli(args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        `error: unknown command 'nosuch'\n(run "vendor-eval --help" for usage)\n`,
      );
    }
    const nested = await runCli(['help', 'criteria', 'nosuch']);
    expect(nested.code).toBe(2);
    expect(nested.stderr).toBe(
      `error: unknown command 'nosuch'\n(run "vendor-eval criteria --help" for usage)\n`,
    );
    // a near miss gets the suggestion `vendor-eval rnak` gets
    const typo = await runCli(['help', 'rnak']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe((await runCli(['rnak'])).stderr);
    expect(typo.stderr).toContain('(Did you mean rank?)');
    // the same from the command's own help, and its help for a known sub-command still works
    const own = await runCli(['criteria', 'help', 'nosuch']);
    expect(own.code).toBe(2);
    expect(own.stderr).toBe(nested.stderr);
    const show = await runCli(['criteria', 'help', 'show']);
    expect(show.code).toBe(0);
    expect(show.stdout).toBe((await runCli(['criteria', 'show', '--help'])).stdout);
  });

  it.each([
    [['help'], ['--help']],
    [
      ['help', 'rank'],
      ['rank', '--help'],
    ],
    [
      ['help', 'criteria', 'show'],
      ['criteria', 'show', '--help'],
    ],
  ])('%j prints the same help as %j on stdout and exits 0', async (args, same) => {
    const run = await runCli(args);
    const expected = await runCli(same);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Usage: vendor-eval');
    expect(run.stdout).toBe(expected.stdout);
  });

  it.each([
    [['rank', '--top', 'abc'], "argument 'abc' is invalid", 'vendor-eval rank --help'],
    [
      ['rank', '--weights', 'pricing=40%'],
      '"pricing=40%" is not id=weight with a weight of 0 or more; write pricing=40.',
      'vendor-eval rank --help',
    ],
    [
      ['rank', '--weights', 'pricing=0x10'],
      '"pricing=0x10" is not id=weight with a weight of 0 or more (e.g. security=30).',
      'vendor-eval rank --help',
    ],
    [['explain', 'x', '--bogus'], "unknown option '--bogus'", 'vendor-eval explain --help'],
    [
      ['criteria', 'show', '--bogus'],
      "unknown option '--bogus'",
      'vendor-eval criteria show --help',
    ],
    [
      ['criteria', 'list', '--format', 'pdf'],
      "'pdf' is invalid",
      'vendor-eval criteria list --help',
    ],
  ])('%j points at that command’s own help', async (args, message, help) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr.endsWith(`\n(run "${help}" for usage)\n`)).toBe(true);
  });

  it('a command group without its sub-command shows the group’s help and is exit 2', async () => {
    const run = await runCli(['criteria']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage: vendor-eval criteria');
  });

  it('no command at all prints the usage and is exit 2', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toContain('Usage: vendor-eval');
  });

  it('--quiet drops notes from stderr but keeps results', async () => {
    const dir = makeTempDir();
    const loud = await runCli(['rank', examplesDir, '-o', 'a.txt'], { cwd: dir });
    expect(loud.stderr).toContain('wrote a.txt');
    const quiet = await runCli(['-q', 'rank', examplesDir, '-o', 'b.txt'], { cwd: dir });
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toContain('Harbourline');
  });
});

describe('bad input never changes the user’s file', () => {
  const cases: [string, string][] = [
    ['syntax error', 'vendor: x\nanswers:\n  sla-csat: [1, 2\n'],
    ['unknown answer', 'vendor: x\r\nanswers:\r\n  sla-csatt: 80\r\n'],
    ['wrong type', '\ufeffvendor: x\nanswers:\n  security-gdpr-art28: yes\n'],
    ['empty', ''],
  ];
  it.each(cases)(
    '%s: rank, explain and validate fail and leave the bytes alone',
    async (_, text) => {
      const dir = makeTempDir();
      const file = join(dir, 'v.yaml');
      writeFileSync(file, text);
      const before = readFileSync(file);
      const rank = await runCli(['rank', 'v.yaml'], { cwd: dir });
      expect(rank.code).toBe(2);
      expect(rank.stderr).toMatch(/^v\.yaml:\d+:\d+ error /m);
      const explain = await runCli(['explain', 'x', 'v.yaml'], { cwd: dir });
      expect(explain.code).toBe(2);
      const validate = await runCli(['validate', 'v.yaml'], { cwd: dir });
      expect(validate.code).toBe(1);
      expect(readFileSync(file).equals(before)).toBe(true);
    },
  );
});

describe('help fits the terminal', () => {
  it.each([
    [[]],
    [['rank']],
    [['explain']],
    [['compare']],
    [['validate']],
    [['weights']],
    [['criteria']],
    [['criteria', 'show']],
    [['schema']],
  ])('vendor-eval %j --help at 80 columns', async (args) => {
    const run = await runCli([...args, '--help'], { columns: 80, env: { COLUMNS: '80' } });
    expect(run.code).toBe(0);
    const wide = run.stdout.split('\n').filter((l) => [...l].length > 80);
    expect(wide).toEqual([]);
  });
});
