// Killing the tool mid-write never leaves half a file (issue 16, "Atomic writes"). The isBuilt CLI
// writes a large JSON ranking with -o over an existing file and is killed with SIGKILL, in a loop:
// some runs on a timer spread from start-up to past the end of the run, the others the moment
// the temporary file appears in the folder (inside the write itself). After every kill the target
// must be the complete old file or the complete new one, byte for byte, and nothing but
// temporary files may be left beside it. The same for the write `score` and `weigh` use
// (saveIfUnchanged), driven by a small script, since both commands only run in a terminal.
// No timing is asserted: the delays only spread the kills.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, utimesSync, watch, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeFiles } from '../helpers/git.js';
import { makeTempDir } from '../helpers/temp.js';
import { isBuilt } from '../cli/run-cli.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'bin', 'vendor-eval.js');
const jiti = join(root, 'node_modules', 'jiti', 'lib', 'jiti-cli.mjs');

/** Kills per command: enough to land in the write several times, bounded on a loaded machine. */
const rounds = { rank: 12, save: 8 };

/** Temporary files writeFileAtomic makes beside `name` (docs/cli.md, "Files it writes"). */
const temporaryOf = (name: string) =>
  new RegExp(`^\\.${name.replace('.', '\\.')}\\.[a-z0-9]+\\.tmp$`);

/** A criteria set of `n` scale criteria in four categories, and `m` vendors answering them. */
function makeProblem(dir: string, criteria: number, vendors: number): void {
  const files: Record<string, string> = {};
  const lines = ['id: big', 'categories:'];
  for (let c = 0; c < 4; c++) {
    lines.push(`  - id: cat-${c}`, `    weight: ${c + 1}`, '    criteria:');
    for (let j = c; j < criteria; j += 4) lines.push(`      - { id: c-${j}, type: scale }`);
  }
  files['criteria.yaml'] = `${lines.join('\n')}\n`;
  for (let v = 0; v < vendors; v++) {
    const answers = Array.from(
      { length: criteria },
      (_, j) => `  c-${j}: ${1 + ((v * 7 + j * 3) % 5)}`,
    );
    files[`vendors/vendor-${v}.yaml`] =
      `vendor: vendor-${v}\nname: "Vendor ${v}"\nanswers:\n${answers.join('\n')}\n`;
  }
  writeFiles(dir, files);
}

interface Kill {
  /** ms after the spawn, or 'on-temporary' to kill as soon as the temporary file appears. */
  at: number | 'on-temporary';
}

/**
 * Spawns `node args` in `cwd`, SIGKILLs it as `kill` says (unless it has ended already), and
 * resolves once it has exited.
 */
function runAndKill(args: string[], cwd: string, target: string, kill: Kill): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd, stdio: 'ignore' });
    let watcher: ReturnType<typeof watch> | undefined;
    let timer: NodeJS.Timeout | undefined;
    const stop = () => child.kill('SIGKILL');
    if (kill.at === 'on-temporary') {
      const pattern = temporaryOf(target);
      watcher = watch(cwd, (_event, name) => {
        if (name && pattern.test(name)) stop();
      });
    } else {
      timer = setTimeout(stop, kill.at);
    }
    child.on('error', fail);
    child.on('exit', () => {
      watcher?.close();
      clearTimeout(timer);
      done();
    });
  });
}

/**
 * Kills `args` `rounds` times over `old`, each round starting from the old content, and checks
 * after each that the target is `old` or `next` exactly and that only temporaries are beside it.
 * Returns how many rounds ended with each content (for the message on failure).
 */
async function killLoop(options: {
  rounds: number;
  args: string[];
  cwd: string;
  target: string;
  old: string;
  next: string;
  fullRunMs: number;
}): Promise<{ old: number; next: number }> {
  const { rounds, args, cwd, target, old, next, fullRunMs } = options;
  const seen = { old: 0, next: 0 };
  const others = new Set(readdirSync(cwd).filter((n) => n !== target));
  for (let i = 0; i < rounds; i++) {
    writeFileSync(join(cwd, target), old);
    // even rounds: a timer from 0 to 1.3 × a full run; odd rounds: inside the write
    const kill: Kill =
      i % 2 === 0 ? { at: Math.round((fullRunMs * 1.3 * i) / rounds) } : { at: 'on-temporary' };
    await runAndKill(args, cwd, target, kill);
    const text = readFileSync(join(cwd, target), 'utf8');
    const which = text === old ? 'old' : text === next ? 'next' : 'partial';
    expect(
      which,
      `round ${i} (kill ${String(kill.at)}): ${text.length} of ${next.length} bytes`,
    ).not.toBe('partial');
    if (which !== 'partial') seen[which]++;
    const left = readdirSync(cwd).filter((n) => n !== target && !others.has(n));
    for (const name of left) expect(name).toMatch(temporaryOf(target));
  }
  return seen;
}

/** Runs the command to its end once: the new content, and how long a run takes here. */
function fullRun(args: string[], cwd: string, target: string): { next: string; ms: number } {
  const started = Date.now();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 60_000 });
  expect(r.status, r.stderr).toBe(0);
  return { next: readFileSync(join(cwd, target), 'utf8'), ms: Date.now() - started };
}

describe.runIf(isBuilt)('SIGKILL mid-write (atomic writes)', () => {
  it('rank --format json -o out.json: the old file or the whole new one, never part of it', async () => {
    const dir = makeTempDir();
    makeProblem(dir, 20, 64);
    const args = [
      bin,
      'rank',
      '-c',
      'criteria.yaml',
      'vendors',
      '--format',
      'json',
      '-o',
      'out.json',
    ];
    const old = `${JSON.stringify({ old: true, pad: 'x'.repeat(100_000) })}\n`;
    const { next, ms } = fullRun(args, dir, 'out.json');
    expect(next.length).toBeGreaterThan(100_000); // big enough that the write takes a while
    expect(JSON.parse(next)).toHaveProperty('vendors');
    const seen = await killLoop({
      rounds: rounds.rank,
      args,
      cwd: dir,
      target: 'out.json',
      old,
      next,
      fullRunMs: ms,
    });
    expect(seen.old + seen.next).toBe(rounds.rank);

    // a later run sweeps the temporaries the kills left, once they are old (15 minutes)
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    for (const name of readdirSync(dir).filter((n) => temporaryOf('out.json').test(n)))
      utimesSync(join(dir, name), hourAgo, hourAgo);
    fullRun(args, dir, 'out.json');
    expect(readdirSync(dir).sort()).toEqual(['criteria.yaml', 'out.json', 'vendors']);
  }, 240_000);

  it('the write of score and weigh (saveIfUnchanged) over a vendor file: old or new, never part', async () => {
    const dir = makeTempDir();
    // the script writes what `score` would after an answer: the file with one more line
    const old = `# notes kept by score\nvendor: acme-care\nanswers:\n${Array.from(
      { length: 20_000 },
      (_, j) => `  c-${j}: ${1 + (j % 5)}`,
    ).join('\n')}\n`;
    const next = `${old}  last: 5\n`;
    writeFiles(dir, {
      'save.ts': [
        `import { saveIfUnchanged } from ${JSON.stringify(join(root, 'src/io/vendor-writer.ts'))};`,
        `import { readFileSync } from 'node:fs';`,
        `const old = readFileSync('acme-care.yaml', 'utf8');`,
        `const r = saveIfUnchanged('acme-care.yaml', 'acme-care.yaml', old, old + '  last: 5\\n');`,
        `if (!r.ok) process.exit(3);`,
      ].join('\n'),
      'acme-care.yaml': old,
    });
    const args = [jiti, 'save.ts'];
    const { next: written, ms } = fullRun(args, dir, 'acme-care.yaml');
    expect(written).toBe(next);
    const seen = await killLoop({
      rounds: rounds.save,
      args,
      cwd: dir,
      target: 'acme-care.yaml',
      old,
      next,
      fullRunMs: ms,
    });
    expect(seen.old + seen.next).toBe(rounds.save);
  }, 240_000);
});
