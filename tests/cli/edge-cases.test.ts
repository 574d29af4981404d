import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, runCli } from './run-cli.js';

/** The head of a JSON document: the criteria set it is about. */
interface JsonHead {
  criteriaSet: { id: string; name: string; version: number | string | null };
}

/** A tiny project: one set with two scale criteria, vendors given as [id, a, b]. */
function project(vendors: [string, number, number][], setExtra = ''): string {
  const dir = makeTempDir();
  writeFileSync(
    join(dir, 'set.yaml'),
    `id: tiny\nname: Tiny\n${setExtra}criteria:\n  - { id: a, type: scale }\n  - { id: b, type: scale }\n`,
  );
  mkdirSync(join(dir, 'vendors'));
  for (const [id, a, b] of vendors) {
    writeFileSync(
      join(dir, 'vendors', `${id}.yaml`),
      `name: ${id.toUpperCase()}\nanswers: { a: ${a}, b: ${b} }\n`,
    );
  }
  return dir;
}

describe('edge cases found in review', () => {
  it('refuses -o onto the project file, which stays unchanged', async () => {
    const dir = project([['x', 3, 3]]);
    const config = 'criteria: set.yaml\nvendors: vendors/\n';
    writeFileSync(join(dir, 'vendor-eval.config.yaml'), config);
    const run = await runCli(['rank', '-o', 'vendor-eval.config.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('would overwrite an input file');
    expect(readFileSync(join(dir, 'vendor-eval.config.yaml'), 'utf8')).toBe(config);
  });

  it('reports a vendor file in a folder whose keys are all misspelt instead of skipping it', async () => {
    const dir = project([['x', 3, 3]]);
    writeFileSync(join(dir, 'vendors', 'typo.yaml'), 'name: Typo\nanswrs: { a: 4 }\n');
    const run = await runCli(['rank', '-c', 'set.yaml', 'vendors'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('vendors/typo.yaml:2:1 error unknown key "answrs"');
    const validate = await runCli(['validate', '-c', 'set.yaml', 'vendors'], { cwd: dir });
    expect(validate.code).toBe(1);
  });

  it('does not let a folder named like a built-in set hide it', async () => {
    const dir = makeTempDir();
    mkdirSync(join(dir, 'sla'));
    const run = await runCli(['weights', 'sla', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as JsonHead).criteriaSet.id).toBe('sla');
  });

  it('names a misspelt method with a did-you-mean', async () => {
    const dir = project([['x', 3, 3]], 'method: topsys\n');
    const run = await runCli(['validate', 'set.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('unknown decision method "topsys"');
    expect(run.stdout).toContain('did you mean "topsis"?');
  });

  it('ignores a broken link to a file that is not YAML', async () => {
    const dir = project([['x', 3, 3]]);
    symlinkSync('/nonexistent/notes.md', join(dir, 'vendors', 'notes.md'));
    const run = await runCli(['rank', '-c', 'set.yaml', 'vendors'], { cwd: dir });
    expect(run.code).toBe(0);
  });

  it('--top keeps a tie at the cut whole and leaves out ineligible vendors', async () => {
    const dir = project([
      ['d', 5, 5],
      ['a', 3, 3],
      ['b', 3, 3],
      ['c', 3, 3],
      ['z', 1, 1],
    ]);
    const run = await runCli(['rank', '-c', 'set.yaml', 'vendors', '--top', '2', '-f', 'json'], {
      cwd: dir,
    });
    const ids = (JSON.parse(run.stdout) as { vendors: { id: string }[] }).vendors.map((v) => v.id);
    expect(ids).toEqual(['d', 'a', 'b', 'c']);
  });

  it('gives criteriaSet.version as null when the set has none', async () => {
    const dir = project([['x', 3, 3]]);
    const run = await runCli(['rank', '-c', 'set.yaml', 'vendors', '-f', 'json'], { cwd: dir });
    expect((JSON.parse(run.stdout) as JsonHead).criteriaSet).toEqual({
      id: 'tiny',
      name: 'Tiny',
      version: null,
    });
  });

  it('accepts an empty answers: as no answers yet', async () => {
    const dir = project([['x', 3, 3]]);
    writeFileSync(join(dir, 'vendors', 'empty.yaml'), 'name: Empty\nanswers:\n');
    const run = await runCli(['rank', '-c', 'set.yaml', 'vendors', '-f', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    const empty = (
      JSON.parse(run.stdout) as { vendors: { id: string; missing: string[] }[] }
    ).vendors.find((v) => v.id === 'empty');
    expect(empty?.missing).toEqual(['a', 'b']);
  });
});

/**
 * A vendor with no answers but a bid: the built-in set's cost criterion prices every vendor from
 * its `pricing` (one rate per channel of the set's demand), so a vendor without one is exit 2.
 */
const unansweredBid =
  'answers: {}\npricing: { model: per-hour, rates: { voice: 20, chat: 20, email: 18, social: 18 } }\n';

describe('one way to resolve inputs', () => {
  const info =
    'info no vendor-eval.config.yaml here: using the built-in criteria set customer-service (builtin-criteria) — choose another with -c\n';
  const typo =
    'error no criteria file or built-in set named "securty" (unknown-criteria-set) — did you mean "security"?\n';

  it.each([
    ['rank', ['rank', '-c', 'securty', 'vendors']],
    ['weights -c', ['weights', '-c', 'securty']],
    ['weights positional', ['weights', 'securty']],
    ['validate', ['validate', '-c', 'securty', 'vendors']],
    ['criteria show', ['criteria', 'show', 'securty']],
  ])('a misspelt set id gives exactly one line with a did-you-mean: %s', async (_name, args) => {
    const dir = project([['x', 3, 3]]);
    const run = await runCli(args, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(typo);
  });

  it('weights -c security shows the security set, and -c with vendors reads them', async () => {
    const dir = project([['x', 3, 3]]);
    const run = await runCli(['weights', '-c', 'security', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({ criteriaSet: { id: 'security' } });
    const withVendors = await runCli(['weights', '-c', 'set.yaml', 'vendors', '-f', 'json'], {
      cwd: dir,
    });
    expect(withVendors.code).toBe(0);
    expect(JSON.parse(withVendors.stdout)).toMatchObject({ criteriaSet: { id: 'tiny' } });
  });

  it('weights with -c and a positional set is a usage error', async () => {
    const dir = project([['x', 3, 3]]);
    const run = await runCli(['weights', '-c', 'security', 'sla'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'error two criteria sets given: -c security and sla (conflicting-options) — name the set once, either with -c or as the first argument\n',
    );
  });

  it('a vendor file given to -c says so, naming a criteria set nearby', async () => {
    const dir = project([['x', 3, 3]]);
    const run = await runCli(['rank', '-c', 'vendors/x.yaml', 'vendors'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'error vendors/x.yaml is a vendor file, not a criteria set (wrong-file-kind) — did you mean "-c set.yaml"?\n',
    );
  });

  it('a vendor file given to -c with no criteria set nearby suggests ranking it', async () => {
    const dir = project([['x', 3, 3]]);
    const run = await runCli(['rank', '-c', 'x.yaml'], { cwd: join(dir, 'vendors') });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'error x.yaml is a vendor file, not a criteria set (wrong-file-kind) — -c names a criteria file or built-in set; vendor files go after the command: "vendor-eval rank x.yaml"\n' +
        // every command-line mistake is reported at once
        'error no vendor files given (no-vendors-given) — name files or folders, e.g. "vendor-eval rank vendors/", or set `vendors:` in vendor-eval.config.yaml\n',
    );
  });

  it('weights reads vendor paths only for a set that derives weights from them', async () => {
    const dir = project([['x', 3, 3]]);
    writeFileSync(join(dir, 'vendor-eval.config.yaml'), 'criteria: set.yaml\nvendors: vendorz/\n');
    const direct = await runCli(['weights', '-f', 'json'], { cwd: dir });
    expect(direct.code).toBe(0);
    expect(direct.stderr).toBe('');
    const named = await runCli(['weights', 'set.yaml', 'nosuchdir', '-f', 'json'], { cwd: dir });
    expect(named.code).toBe(0);
    expect(named.stderr).toBe(
      'info vendor files not read: "tiny" derives no weights from answers (vendors-not-read) — only entropy and critic weighting read vendors\n',
    );
    writeFileSync(
      join(dir, 'set.yaml'),
      'id: tiny\nweighting: { method: entropy }\ncriteria:\n  - { id: a, type: scale }\n  - { id: b, type: scale }\n',
    );
    const entropy = await runCli(['weights'], { cwd: dir });
    expect(entropy.code).toBe(2);
    expect(entropy.stderr).toBe(
      'vendor-eval.config.yaml:2:10 error no such file or folder: vendorz/ (path-not-found) — did you mean "vendors/"?\n',
    );
  });

  it('the project file given to -c, or a vendor file as the project file’s criteria, says so', async () => {
    const dir = project([['x', 3, 3]]);
    writeFileSync(
      join(dir, 'vendor-eval.config.yaml'),
      'criteria: vendors/x.yaml\nvendors: vendors/\n',
    );
    const inConfig = await runCli(['rank'], { cwd: dir });
    expect(inConfig.code).toBe(2);
    expect(inConfig.stderr).toBe(
      'vendor-eval.config.yaml:1:11 error vendors/x.yaml is a vendor file, not a criteria set (wrong-file-kind) — `criteria:` names a criteria file or a built-in set id\n',
    );
    const asOption = await runCli(['rank', '-c', 'vendor-eval.config.yaml', 'vendors'], {
      cwd: dir,
    });
    expect(asOption.code).toBe(2);
    expect(asOption.stderr).toBe(
      "error vendor-eval.config.yaml is the project file, not a criteria set (wrong-file-kind) — name the criteria set itself (the project file's `criteria:` says which), or leave -c out inside the project\n",
    );
  });

  it('several command-line mistakes are all reported, each as a usage line', async () => {
    const dir = project([['x', 3, 3]]);
    const run = await runCli(['rank', 'nosuch1', 'nosuch2', '-c', 'nosuchset'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      'error no criteria file or built-in set named "nosuchset" (unknown-criteria-set) — built-in sets: capability, cultural-fit, customer-service, governance, pricing, security, sla',
      'error no such file or folder: nosuch1 (path-not-found)',
      'error no such file or folder: nosuch2 (path-not-found)',
    ]);
  });

  it('a vendor file given to -c among several criteria sets guesses none of them', async () => {
    // the repository root holds seven sets in criteria/: naming one would be a guess
    const run = await runCli([
      'rank',
      '-c',
      'examples/vendors/tala-global.yaml',
      'examples/vendors',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'error examples/vendors/tala-global.yaml is a vendor file, not a criteria set (wrong-file-kind) — -c names a criteria file or built-in set; vendor files go after the command: "vendor-eval rank examples/vendors/tala-global.yaml"\n',
    );
  });

  it('a criteria set named among the vendor paths says so', async () => {
    const dir = project([['x', 3, 3]]);
    const run = await runCli(['rank', '-c', 'set.yaml', 'vendors', 'set.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'set.yaml:1:1 error this is a criteria set, not a vendor file (wrong-file-kind) — did you mean "-c set.yaml"?\n',
    );
  });

  it('a criteria set among the vendor paths hides only the answer errors it causes', async () => {
    const dir = project([['x', 3, 3]]);
    writeFileSync(join(dir, 'vendors', 'broken.yaml'), 'answers: { a: 3\n');
    const run = await runCli(['rank', 'set.yaml', 'vendors'], { cwd: dir });
    expect(run.code).toBe(2);
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines).toContain(
      'set.yaml:1:1 error this is a criteria set, not a vendor file (wrong-file-kind) — did you mean "-c set.yaml"?',
    );
    expect(
      lines.some((l) => l.startsWith('vendors/broken.yaml:') && l.includes('(yaml-syntax)')),
    ).toBe(true);
    expect(lines.some((l) => l.includes('(unknown-criterion)'))).toBe(false);
  });

  it('a criteria set among the vendor paths instead of -c: one error, not one per answer', async () => {
    // without -c the vendors (answering `a` and `b` of set.yaml) are checked against the
    // built-in set, where every answer is unknown: those errors follow from the one mistake
    const dir = project([['x', 3, 3]]);
    const run = await runCli(['rank', 'set.yaml', 'vendors'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'set.yaml:1:1 error this is a criteria set, not a vendor file (wrong-file-kind) — did you mean "-c set.yaml"?\n',
    );
  });

  it('a bad path in the project file is reported at its entry, relative to cwd', async () => {
    const dir = project([['x', 3, 3]]);
    writeFileSync(
      join(dir, 'vendor-eval.config.yaml'),
      '# project\ncriteria: set.yaml\nvendors: vendorz/\n',
    );
    mkdirSync(join(dir, 'sub'));
    const expected =
      'vendor-eval.config.yaml:3:10 error no such file or folder: vendorz/ (path-not-found) — did you mean "vendors/"?\n';
    const rank = await runCli(['rank'], { cwd: dir });
    expect(rank.code).toBe(2);
    expect(rank.stderr).toBe(expected);
    const below = await runCli(['rank'], { cwd: join(dir, 'sub') });
    expect(below.stderr).toBe(`../${expected}`);
  });

  it('a misspelt set id in the project file is reported at its entry', async () => {
    const dir = project([['x', 3, 3]]);
    writeFileSync(join(dir, 'vendor-eval.config.yaml'), 'criteria: securty\nvendors: vendors/\n');
    const run = await runCli(['rank'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'vendor-eval.config.yaml:1:11 error no criteria file or built-in set named "securty" (unknown-criteria-set) — did you mean "security"?\n',
    );
  });

  it('outside a project the built-in set is announced once on stderr, not with -q or -c', async () => {
    const dir = project([['x', 3, 3]]);
    writeFileSync(join(dir, 'vendors', 'x.yaml'), unansweredBid);
    const plain = await runCli(['rank', 'vendors', '-f', 'json'], { cwd: dir });
    expect(plain.code).toBe(0);
    expect(plain.stderr).toBe(info);
    const weights = await runCli(['weights', '-f', 'json'], { cwd: dir });
    expect(weights.stderr).toBe(info);
    const quiet = await runCli(['rank', 'vendors', '-f', 'json', '-q'], { cwd: dir });
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    const chosen = await runCli(['rank', 'vendors', '-f', 'json', '-c', 'customer-service'], {
      cwd: dir,
    });
    expect(chosen.stderr).toBe('');
  });

  it('a vendor without a bid cannot be ranked on the built-in set: its cost criterion needs one', async () => {
    const dir = project([['x', 3, 3]]);
    writeFileSync(join(dir, 'vendors', 'x.yaml'), 'answers: {}\n');
    const run = await runCli(['rank', 'vendors', '-f', 'json', '-q'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'vendors/x.yaml:1:1 error vendor "x" has no `pricing`, which the cost criterion "pricing-total-cost" needs (missing-pricing) — add `pricing: { model: per-hour, currency: USD, rates: { voice: …, chat: …, email: …, social: … } }` with its bid, a rate for each channel of the demand (see docs/cost-model.md)\n',
    );
  });

  it('under a project file no info line is printed', async () => {
    const dir = project([['x', 3, 3]]);
    writeFileSync(join(dir, 'vendor-eval.config.yaml'), 'vendors: vendors/\n');
    writeFileSync(join(dir, 'vendors', 'x.yaml'), unansweredBid);
    const run = await runCli(['rank', '-f', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });
});
