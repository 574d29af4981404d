// The methods bench: every decision method's rankVendors on the same in-memory 1,000 × 200
// problem, as a ratio to the weighted sum timed in the same run. bench/methods-child.mjs (which
// imports the TypeScript core from src/) is bundled with esbuild into a temporary folder, and the
// bundle is run once per method and round, methods interleaved, each process timing a few
// rankVendors calls after a warm-up. No YAML is parsed: the problem is built already normalised.

import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { stats } from './measure.mjs';

/**
 * @typedef {import('./measure.mjs').Stats} Stats
 * @typedef {{
 *   method: string, vendors: number, criteria: number, setupMs: number,
 *   rankMs: number[], scoreMs: number[], scores?: Record<string, number>,
 * }} ChildResult
 * @typedef {{
 *   method: string, rank: Stats, score: Stats, ratio: number, scoreRatio: number,
 *   pairedQ1: number, pairedQ3: number,
 * }} MethodResult
 */

const BASELINE = 'weighted-sum';
const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Bundles the in-process child scripts (this section's and bench/sensitivity-child.mjs) with the
 * core from src/ into a new temporary folder, one self-contained file each.
 * @returns {Promise<{ dir: string, file: string, sensitivityFile: string }>}
 */
export async function bundleMethodsBench() {
  const dir = mkdtempSync(join(tmpdir(), 'vendor-eval-methods-'));
  await build({
    absWorkingDir: root,
    entryPoints: ['methods-child.mjs', 'sensitivity-child.mjs'].map((f) => join(root, 'bench', f)),
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  return {
    dir,
    file: join(dir, 'methods-child.mjs'),
    sensitivityFile: join(dir, 'sensitivity-child.mjs'),
  };
}

/**
 * Runs the bundle for one method; throws with its stderr when it fails.
 * @param {string} bundle
 * @param {string} method
 * @param {{ warmup: number, reps: number, scores?: boolean }} options
 * @returns {ChildResult}
 */
export function runChild(bundle, method, { warmup, reps, scores = false }) {
  const args = [bundle, method, '--warmup', String(warmup), '--reps', String(reps)];
  if (scores) args.push('--scores');
  return runJsonChild(args);
}

/**
 * Runs `node <args>` and parses the one JSON line it prints; throws with its stderr when it
 * fails. Both in-process benches (methods, sensitivity) read their children this way.
 * @param {string[]} args
 * @returns {any}
 */
export function runJsonChild(args) {
  const result = spawnSync(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(
      `node ${args.join(' ')} exited ${result.status}:\n${String(result.stderr).slice(0, 2000)}`,
    );
  }
  return JSON.parse(String(result.stdout));
}

/** @param {number[]} sample @returns {number} */
const median = (sample) => stats(sample).median;

/**
 * Times every method, `rounds` processes each, interleaved (the order rotates every round so no
 * method always follows the same one). Each process times `reps` rankVendors calls after `warmup`.
 * The ratio is median(method) / median(weighted-sum) over all timed calls; the paired quartiles
 * are of the per-round ratios of the two processes' medians.
 * @param {string} bundle
 * @param {string[]} methods ids, the weighted sum among them
 * @param {{ rounds: number, warmup: number, reps: number }} options
 * @returns {{ results: MethodResult[], setupMs: number, vendors: number, criteria: number }}
 */
export function compareMethods(bundle, methods, { rounds, warmup, reps }) {
  /** @type {Map<string, ChildResult[]>} */
  const runs = new Map(methods.map((m) => [m, []]));
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < methods.length; k++) {
      const method = methods[(k + round) % methods.length];
      runs.get(method)?.push(runChild(bundle, method, { warmup, reps }));
    }
  }
  const base = runs.get(BASELINE) ?? [];
  const baseRank = median(base.flatMap((r) => r.rankMs));
  const baseScore = median(base.flatMap((r) => r.scoreMs));
  const results = methods.map((method) => {
    const mine = runs.get(method) ?? [];
    const rank = stats(mine.flatMap((r) => r.rankMs));
    const score = stats(mine.flatMap((r) => r.scoreMs));
    const paired = stats(mine.map((r, i) => median(r.rankMs) / median(base[i]?.rankMs ?? [NaN])));
    return {
      method,
      rank,
      score,
      ratio: rank.median / baseRank,
      scoreRatio: score.median / baseScore,
      pairedQ1: paired.q1,
      pairedQ3: paired.q3,
    };
  });
  const first = base[0];
  return {
    results,
    setupMs: median(base.map((r) => r.setupMs)),
    vendors: first?.vendors ?? 0,
    criteria: first?.criteria ?? 0,
  };
}

/**
 * Checks that the in-memory problem is the one in the files: the weighted-sum scores of one run
 * against those in the JSON report `rank` wrote for the generated files (case 3).
 * @param {string} bundle
 * @param {{ vendors: { id: string, score: number }[] }} report
 * @returns {string} one line saying how well they agree
 */
export function checkAgainstReport(bundle, report) {
  const mine = runChild(bundle, BASELINE, { warmup: 0, reps: 1, scores: true }).scores ?? {};
  let worst = 0;
  let missing = 0;
  for (const v of report.vendors) {
    const s = mine[v.id];
    if (s === undefined) missing++;
    else worst = Math.max(worst, Math.abs(s - v.score));
  }
  const extra = Object.keys(mine).length - (report.vendors.length - missing);
  return missing === 0 && extra === 0 && worst < 1e-9
    ? `in-memory problem = the generated files: all ${report.vendors.length} weighted-sum scores equal those of case 3's report (max |Δ| ${worst.toExponential(1)})`
    : `in-memory problem DIFFERS from the generated files: ${missing} vendors missing, ${extra} extra, max |Δ score| ${worst}`;
}

/** @param {number} ms @returns {string} */
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

/**
 * @param {ReturnType<typeof compareMethods>} run
 * @param {{ rounds: number, warmup: number, reps: number }} options
 * @param {{ label: string, stats: Stats } | undefined} parse the whole-file parse baseline
 * @returns {string}
 */
export function formatMethods(run, options, parse) {
  const { rounds, warmup, reps } = options;
  const lines = [
    `4. decision methods on ${run.vendors.toLocaleString('en')} vendors × ${run.criteria} criteria (in process, no YAML)  vs  ${BASELINE}`,
    `  rankVendors per method: ${rounds} processes × ${reps} timed calls after ${warmup} warm-up; problem built in ${fmt(run.setupMs)} ms`,
    `  ${'method'.padEnd(17)}${'rankVendors'.padStart(13)}${'IQR'.padStart(15)}${'ratio'.padStart(8)}  ${'pair IQR'.padEnd(11)}${'score()'.padStart(10)}${'ratio'.padStart(9)}`,
  ];
  for (const r of run.results) {
    lines.push(
      `  ${r.method.padEnd(17)}${`${fmt(r.rank.median)} ms`.padStart(13)}${`${fmt(r.rank.q1)}–${fmt(r.rank.q3)}`.padStart(15)}` +
        `${`${r.ratio.toFixed(2)}×`.padStart(8)}  ${`${r.pairedQ1.toFixed(2)}–${r.pairedQ3.toFixed(2)}`.padEnd(11)}` +
        `${`${fmt(r.score.median)} ms`.padStart(10)}${`${r.scoreRatio.toFixed(1)}×`.padStart(9)}`,
    );
  }
  lines.push(
    '  rankVendors = utilities, knock-outs, dominance, category scores and the method; score() = the method alone.',
  );
  const p2 = run.results.find((r) => r.method === 'promethee2');
  if (p2 && parse) {
    lines.push(
      `  promethee2 rankVendors ${fmt(p2.rank.median)} ms  vs  ${parse.label} ${fmt(parse.stats.median)} ms` +
        ` (median of ${parse.stats.runs}): ${(p2.rank.median / parse.stats.median).toFixed(2)}×` +
        `  (score() alone ${(p2.score.median / parse.stats.median).toFixed(2)}×)`,
    );
  }
  return lines.join('\n');
}
