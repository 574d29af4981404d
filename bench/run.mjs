// The bench: three figures, each a ratio against a baseline measured in the same run, then every
// decision method as a ratio to the weighted sum (bench/methods.mjs), then the sensitivity
// simulation in process against `node -e 0` (bench/sensitivity.mjs), and the decision record
// (`report`) against `rank` (case 9).
// Run with `npm run bench` (builds first). `node bench/run.mjs --quick` takes fewer samples;
// `--methods-only` runs only the methods section (with a few parse-only runs as its baseline);
// `--sensitivity-only` only the in-process sensitivity section (8); `--startup-only` only cases
// 1, 2, 2b and 10.
// Exits 0 whatever the ratios: it measures, it does not judge. It exits 1 only if a command fails.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';
import { runLargeCase } from './large.mjs';
import { compare, stats, timeOnce } from './measure.mjs';
import {
  bundleMethodsBench,
  checkAgainstReport,
  compareMethods,
  formatMethods,
} from './methods.mjs';
import { compareReadmeCommands, formatReadmeCommands, readmeScratch } from './readme-commands.mjs';
import { formatComparison } from './report.mjs';
import { compareSensitivity, formatSensitivity } from './sensitivity.mjs';
import { snapshotBuild } from './snapshot.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = fileURLToPath(new URL('.', import.meta.url));
const quick = process.argv.includes('--quick');
const methodsOnly = process.argv.includes('--methods-only');
const sensitivityOnly = process.argv.includes('--sensitivity-only');
// `--startup-only`: cases 1, 2, 2b and 10 (start-up and the README commands), nothing else
const startupOnly = process.argv.includes('--startup-only');
// `--case 3` (repeatable): only the numbered cases, no methods or sensitivity section
const caseNumbers = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--case' ? [a] : []));
const only = methodsOnly || sensitivityOnly;
/** @param {number} n @returns {number} */
const runs = (n) => (quick ? Math.max(3, Math.ceil(n / 4)) : n);

const started = Date.now();
const build = only ? undefined : snapshotBuild(root);
const bundle = await bundleMethodsBench();
const data = generate({ vendors: 1000, criteria: 200 });
const small = generate({ vendors: 50, criteria: 100 });
const outFile = join(data.dir, 'ranking.json');
const buildDir = build ?? root;
const nodeE0 = { args: ['-e', '0'], cwd: buildDir };
// The caches (compiled code, parsed files) of every run go to folders of this bench, never to
// the user's: one primed by the warm-up runs of each case (warm), and for the first-run case a
// new empty folder per run (cold). Set here, every process the bench starts inherits it.
const cacheRoot = mkdtempSync(join(tmpdir(), 'vendor-eval-bench-cache-'));
process.env.VENDOR_EVAL_CACHE_DIR = join(cacheRoot, 'warm');
delete process.env.VENDOR_EVAL_NO_CACHE;
let coldRuns = 0;
const coldCache = () => ({ VENDOR_EVAL_CACHE_DIR: join(cacheRoot, `cold-${coldRuns++}`) });
const cli = 'bin/vendor-eval.js';

/** `<command> -c <set> <50 files> --format json -o <tmp file>` over the small generated project. */
function smallRun(command) {
  const out = join(small.dir, `${command}.json`);
  return {
    args: [cli, command, '-c', small.criteriaFile, small.vendorDir, '--format', 'json', '-o', out],
    cwd: buildDir,
  };
}

const cases = [
  {
    title: '1. vendor-eval --help  vs  node -e 0 (warm cache)',
    caseLabel: 'node bin/vendor-eval.js --help',
    baseLabel: 'node -e 0',
    target: 1.2,
    spec: { a: { args: [cli, '--help'], cwd: buildDir }, b: nodeE0, runs: runs(40), warmup: 3 },
  },
  {
    title: '2. vendor-eval rank examples/vendors  vs  node -e 0 (warm cache)',
    caseLabel: 'node bin/vendor-eval.js rank examples/vendors',
    baseLabel: 'node -e 0',
    target: 1.6,
    spec: {
      a: { args: [cli, 'rank', 'examples/vendors'], cwd: buildDir },
      b: nodeE0,
      runs: runs(30),
      warmup: 3,
    },
  },
  // case 3 is bench/large.mjs (warm parse cache and --no-cache, peak RSS): see largeCase below
  { title: '3.', large: true },
  {
    // the cost engine runs Erlang C per channel and month for every bid: a cold `cost` should
    // cost no more than a cold `rank` of the same files
    title: '5. vendor-eval cost examples/vendors  vs  node -e 0',
    caseLabel: 'node bin/vendor-eval.js cost examples/vendors',
    baseLabel: 'node -e 0',
    target: 1.6,
    spec: {
      a: { args: [cli, 'cost', 'examples/vendors'], cwd: buildDir },
      b: nodeE0,
      runs: runs(30),
      warmup: 3,
    },
  },
  {
    // issue 13: the Monte Carlo sensitivity analysis, whole process (load, rank, 10,000 weight
    // draws, JSON): precomputed matrix, typed arrays, no allocation per draw
    title: '6. sensitivity 10,000 draws, 50 vendors × 100 criteria  vs  node -e 0',
    caseLabel: 'sensitivity -c <set> <50 files> --format json -o',
    baseLabel: 'node -e 0',
    target: 8,
    spec: {
      a: smallRun('sensitivity'),
      b: nodeE0,
      runs: runs(15),
      warmup: 2,
    },
  },
  {
    // the same run against `rank` of the same files: what the 10,000 draws themselves add
    title: '7. sensitivity 10,000 draws  vs  rank, 50 vendors × 100 criteria',
    caseLabel: 'sensitivity -c <set> <50 files> --format json -o',
    baseLabel: 'rank -c <set> <50 files> --format json -o',
    target: 1.5,
    spec: {
      a: smallRun('sensitivity'),
      b: smallRun('rank'),
      runs: runs(15),
      warmup: 2,
    },
  },
  {
    // issue 14: the decision record as one HTML page (tipping points, SVG charts, every answer)
    // against `rank` of the same files: what the record adds on top of the ranking
    title: '9. report examples/vendors -o decision.html  vs  rank examples/vendors',
    caseLabel: 'node bin/vendor-eval.js report examples/vendors -o <tmp>/decision.html',
    baseLabel: 'node bin/vendor-eval.js rank examples/vendors',
    target: 1.5,
    spec: {
      a: {
        args: [cli, 'report', 'examples/vendors', '-o', join(small.dir, 'decision.html')],
        cwd: buildDir,
      },
      b: { args: [cli, 'rank', 'examples/vendors'], cwd: buildDir },
      runs: runs(20),
      warmup: 2,
    },
  },
];
const coldCase = {
  // the very first run: every run gets a new, empty cache folder (no code cache, no parse cache)
  title: '2b. vendor-eval rank examples/vendors, first run (empty cache folder)  vs  node -e 0',
  caseLabel: 'rank examples/vendors, cold caches',
  baseLabel: 'node -e 0',
  target: 2.2,
  spec: {
    a: { args: [cli, 'rank', 'examples/vendors'], cwd: buildDir, env: coldCache },
    b: nodeE0,
    runs: runs(30),
    warmup: 3,
  },
};
/** Case 3's run (bench/large.mjs), returning parse-only's times for the methods section. */
function largeCase() {
  return runLargeCase({
    rankArgs: [
      cli,
      'rank',
      '-c',
      data.criteriaFile,
      data.vendorDir,
      '--format',
      'json',
      '-o',
      outFile,
    ],
    cwd: buildDir,
    cacheDir: join(data.dir, 'cache'),
    base: { args: [join(benchDir, 'parse-only.mjs'), data.vendorDir], cwd: root },
    runs: runs(7),
    rssRuns: quick ? 1 : 3,
  });
}

const parseOnly = { args: [join(benchDir, 'parse-only.mjs'), data.vendorDir], cwd: root };
const methodIds = ['weighted-sum', 'promethee2', 'weighted-product', 'topsis', 'vikor', 'waspas'];
const methodRuns = { rounds: quick ? 1 : 3, warmup: 1, reps: 3 };
// section 8: the weighted sum at the issue's 10,000 draws; the others (full run only) at 1,000
const sensitivityRuns = {
  rounds: quick ? 1 : 3,
  warmup: 1,
  reps: 3,
  iterations: 10_000,
  otherIterations: 1_000,
  nodeRuns: quick ? 5 : 10,
  others: !quick,
};

const mode = methodsOnly
  ? 'methods only'
  : sensitivityOnly
    ? `sensitivity only${quick ? ', quick' : ''}`
    : quick
      ? 'quick'
      : 'full';
console.log(`vendor-eval bench · node ${process.version} · ${mode} run`);
console.log(`${build ? `build snapshot ${build}; ` : ''}generated data ${data.dir}`);
console.log('timings are wall-clock per process (spawnSync); A and B runs interleaved\n');
try {
  /** @type {{ label: string, stats: import('./measure.mjs').Stats } | undefined} */
  let parse;
  const all = [...cases.slice(0, 2), coldCase, ...cases.slice(2)];
  const chosen = startupOnly
    ? all.slice(0, 3)
    : caseNumbers.length
      ? all.filter((c) => caseNumbers.includes(c.title.split('.')[0]))
      : all;
  for (const c of only ? [] : chosen) {
    try {
      if (c.large) {
        parse = { label: 'parse-only (case 3)', stats: largeCase() };
        continue;
      }
      const result = compare(c.spec);
      console.log(formatComparison(c, result) + '\n');
    } catch (error) {
      console.log(`${c.title}\n  FAILED: ${error instanceof Error ? error.message : error}\n`);
      process.exitCode = 1;
    }
  }
  if (!only && (!caseNumbers.length || caseNumbers.includes('10'))) runReadmeCommands();
  if (!sensitivityOnly && !startupOnly && !caseNumbers.length) runMethods(parse);
  if (!methodsOnly && !startupOnly && !caseNumbers.length) runSensitivity();
} finally {
  if (build) rmSync(build, { recursive: true, force: true });
  rmSync(cacheRoot, { recursive: true, force: true });
  rmSync(bundle.dir, { recursive: true, force: true });
  rmSync(data.dir, { recursive: true, force: true });
  rmSync(small.dir, { recursive: true, force: true });
}
console.log(`bench finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);

/**
 * Section 4: every decision method in process (bench/methods.mjs).
 * @param {{ label: string, stats: import('./measure.mjs').Stats } | undefined} parse
 */
function runMethods(parse) {
  try {
    if (methodsOnly) {
      timeOnce(parseOnly);
      const times = Array.from({ length: runs(5) }, () => timeOnce(parseOnly));
      parse = { label: 'parse-only', stats: stats(times) };
    }
    const run = compareMethods(bundle.file, methodIds, methodRuns);
    console.log(formatMethods(run, methodRuns, parse));
    if (!methodsOnly && parse) {
      const report = JSON.parse(readFileSync(outFile, 'utf8'));
      console.log(`  ${checkAgainstReport(bundle.file, report)}`);
    }
    console.log('');
  } catch (error) {
    console.log(
      `4. decision methods\n  FAILED: ${error instanceof Error ? error.message : error}\n`,
    );
    process.exitCode = 1;
  }
}

/** Case 10: every command README.md shows, warm, against node -e 0 (bench/readme-commands.mjs). */
function runReadmeCommands() {
  const scratch = readmeScratch();
  try {
    const run = compareReadmeCommands({
      buildDir,
      readme: join(root, 'README.md'),
      rounds: runs(10),
      scratch,
    });
    console.log(formatReadmeCommands(run, 2) + '\n');
  } catch (error) {
    console.log(
      `10. README commands\n  FAILED: ${error instanceof Error ? error.message : error}\n`,
    );
    process.exitCode = 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Section 8: the sensitivity simulation and tipping points in process (bench/sensitivity.mjs). */
function runSensitivity() {
  try {
    const run = compareSensitivity(bundle.sensitivityFile, methodIds, nodeE0, sensitivityRuns);
    console.log(formatSensitivity(run, sensitivityRuns, 8) + '\n');
  } catch (error) {
    console.log(
      `8. sensitivity in process\n  FAILED: ${error instanceof Error ? error.message : error}\n`,
    );
    process.exitCode = 1;
  }
}
