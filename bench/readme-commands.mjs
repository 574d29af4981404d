// Case 10: every vendor-eval command README.md shows, each timed warm against `node -e 0`.
// The commands are read from README.md itself (its code blocks and inline code), so a command
// added to the README is timed without editing the bench.

import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stats, timeOnce } from './measure.mjs';

/**
 * The argument lists of the `vendor-eval …` commands README.md shows: lines of code blocks that
 * start with `$ vendor-eval` or `npx vendor-eval`, and inline code `vendor-eval …` (a line break
 * inside it is a space). Placeholders (`<file>`, `[paths…]`, `…`) are usage, not commands, and
 * are left out; a shell redirection (`> file`) is cut off; the interactive commands (score,
 * weigh: they need a terminal) too. Each command once, in the order of first appearance.
 * @param {string} markdown
 * @returns {string[][]}
 */
export function readmeCommands(markdown) {
  /** @type {string[]} */
  const found = [];
  for (const block of markdown.matchAll(/```[a-z]*\n([\s\S]*?)```/g)) {
    for (const line of block[1].split('\n')) {
      const m = /^(?:\$ |npx )vendor-eval (.+)$/.exec(line.trim());
      if (m) found.push(m[1]);
    }
  }
  for (const m of markdown.matchAll(/`(?:npx )?vendor-eval ([^`]+)`/g)) {
    found.push(m[1].replace(/\s+/g, ' '));
  }
  const seen = new Set();
  /** @type {string[][]} */
  const commands = [];
  for (const text of found) {
    const line = text.replace(/\s*>.*$/, '').trim();
    if (/[<[…|]/.test(line) || /^(score|weigh)\b/.test(line) || seen.has(line)) continue;
    seen.add(line);
    commands.push(line.split(' '));
  }
  return commands;
}

/**
 * Times each README command against `node -e 0`, interleaved per round: the commands that name
 * files in examples/ run in the build snapshot (the repository the README is in), `init` in a
 * new empty folder each run, the others in a project `init` wrote, committed to git on `main`
 * (for `check --base main`). A command is expected to exit as it did in its first, untimed run
 * (a README may show a mistake on purpose); that code is printed beside it.
 *
 * A command that remembers a result (`sensitivity`'s draws: its first run writes a file under
 * the cache's `results/`) is also timed with the result made afresh each run, so the figure of
 * the computation itself is printed beside the warm one: those runs use a copy of the warm
 * cache folder (compiled code and parsed files warm) whose `results/` is emptied before each
 * run, so they never disturb the warm runs.
 * @param {{ buildDir: string, readme: string, rounds: number, scratch: string }} options
 */
export function compareReadmeCommands({ buildDir, readme, rounds, scratch }) {
  const bin = join(buildDir, 'bin', 'vendor-eval.js');
  const project = join(scratch, 'project');
  execFileSync(process.execPath, [bin, 'init', project], { stdio: 'ignore' });
  for (const args of [
    ['init', '-q', '-b', 'main'],
    ['add', '-A'],
    ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', 'init'],
  ]) {
    execFileSync('git', args, { cwd: project, stdio: 'ignore' });
  }
  // the same project with a vendor file edited since the commit: `check --base main` there
  // evaluates the files at main in full (in the project itself they are the working tree's, which
  // it knows without evaluating them again: src/io/same-as-committed.ts)
  const edited = join(scratch, 'project-edited');
  cpSync(project, edited, { recursive: true });
  const vendorsDir = join(edited, 'vendors');
  const vendor = join(
    vendorsDir,
    readdirSync(vendorsDir)
      .filter((n) => n.endsWith('.yaml'))
      .sort()[0] ?? '',
  );
  writeFileSync(vendor, `${readFileSync(vendor, 'utf8')}# edited since the commit\n`);
  let fresh = 0;
  const cacheDir = process.env.VENDOR_EVAL_CACHE_DIR;
  if (!cacheDir) throw new Error('the bench sets VENDOR_EVAL_CACHE_DIR before case 10');
  const results = join(cacheDir, 'results');
  /** @type {string[]} labels of the commands that remember a result */
  const remembering = [];
  const cases = readmeCommands(readFileSync(readme, 'utf8')).map((args) => {
    const emptyFolder = () => {
      const dir = join(scratch, `init-${fresh++}`);
      mkdirSync(dir);
      return dir;
    };
    const cwd =
      args[0] === 'init'
        ? emptyFolder
        : args.some((a) => a.startsWith('examples/'))
          ? buildDir
          : project;
    const command = { args: [bin, ...args], cwd };
    const before = resultStamps(results);
    const first = spawnSync(process.execPath, command.args, {
      cwd: typeof cwd === 'function' ? cwd() : cwd,
      stdio: 'ignore',
      env: { ...process.env, NO_COLOR: '1' },
    });
    if (resultStamps(results) !== before) remembering.push(args.join(' '));
    timeOnce({ ...command, status: first.status ?? 0 }); // a second untimed run: warm cache
    return { label: args.join(' '), command: { ...command, status: first.status ?? 0 } };
  });
  // the commands that remember a result, again with the result made afresh in every run
  const afreshCache = join(scratch, 'afresh-cache');
  cpSync(cacheDir, afreshCache, { recursive: true });
  const afreshEnv = () => {
    rmSync(join(afreshCache, 'results'), { recursive: true, force: true });
    return { VENDOR_EVAL_CACHE_DIR: afreshCache };
  };
  for (const label of remembering) {
    const warm = cases.find((c) => c.label === label);
    if (warm)
      cases.push({
        label: `${label} (result afresh)`,
        command: { ...warm.command, env: afreshEnv },
        note: 'the draws made again: not judged',
      });
  }
  for (const c of cases.filter(
    (c) => c.command.args[1] === 'check' && c.command.args.includes('--base'),
  )) {
    const first = spawnSync(process.execPath, c.command.args, { cwd: edited, stdio: 'ignore' });
    timeOnce({ ...c.command, cwd: edited, status: first.status ?? 0 });
    cases.push({
      label: `${c.label} (a vendor edited)`,
      command: { ...c.command, cwd: edited, status: first.status ?? 0 },
      note: 'the files at main evaluated: not judged',
    });
  }
  const base = { args: ['-e', '0'], cwd: buildDir };
  /** @type {number[][]} */
  const times = cases.map(() => []);
  /** @type {number[]} */
  const baseTimes = [];
  // each round: node -e 0, then every command, the order rotated from round to round
  for (let r = 0; r < rounds; r++) {
    baseTimes.push(timeOnce(base));
    for (let k = 0; k < cases.length; k++) {
      const i = (k + r) % cases.length;
      times[i].push(timeOnce(cases[i].command));
    }
  }
  const b = stats(baseTimes);
  return {
    base: b,
    commands: cases.map((c, i) => {
      const s = stats(times[i]);
      const paired = stats(times[i].map((t, r) => t / baseTimes[r]));
      return {
        label: c.label,
        note: c.note,
        status: c.command.status,
        stats: s,
        // the median of the per-round ratios, as in measure.mjs's compare
        ratio: paired.median,
        pairedQ1: paired.q1,
        pairedQ3: paired.q3,
      };
    }),
  };
}

/**
 * The names and modification times of the files in a cache's `results/` folder, as one text:
 * a command's run that changes it has remembered a result.
 * @param {string} dir
 * @returns {string}
 */
function resultStamps(dir) {
  if (!existsSync(dir)) return '';
  return readdirSync(dir)
    .map((name) => `${name} ${statSync(join(dir, name)).mtimeMs}`)
    .sort()
    .join('\n');
}

/** A new scratch folder for compareReadmeCommands. @returns {string} */
export function readmeScratch() {
  return mkdtempSync(join(tmpdir(), 'vendor-eval-readme-'));
}

/**
 * @param {ReturnType<typeof compareReadmeCommands>} run
 * @param {number} target
 * @returns {string}
 */
export function formatReadmeCommands(run, target) {
  const fmt = (/** @type {number} */ ms) => ms.toFixed(0).padStart(5);
  const lines = [
    `10. every vendor-eval command shown in README.md, warm cache  vs  node -e 0`,
    `  node -e 0${' '.repeat(46)}median ${fmt(run.base.median)} ms   (n=${run.base.runs})`,
  ];
  for (const c of run.commands) {
    // the afresh figures say what the remembered result saves, the edited project's what
    // evaluating the ref costs; the target is for the commands as the README shows them
    const ok = c.note
      ? `(${c.note})`
      : `target ≤ ${target.toFixed(1)}×  ${c.ratio <= target ? '✓' : '✗'}`;
    const exit = c.status === 0 ? '' : ` (exit ${c.status})`;
    lines.push(
      `  ${(c.label + exit).padEnd(53)} median ${fmt(c.stats.median)} ms   ratio ${c.ratio.toFixed(2)}×` +
        ` (per-round IQR ${c.pairedQ1.toFixed(2)}–${c.pairedQ3.toFixed(2)})  ${ok}`,
    );
  }
  return lines.join('\n');
}
