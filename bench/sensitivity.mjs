// The sensitivity bench (issue 13): the Monte Carlo simulation and the tipping points in process,
// on the generated 50 vendors × 100 criteria problem, with no YAML: cases 6 and 7 time whole
// `sensitivity` processes, which loading the files dominates. bench/sensitivity-child.mjs is
// bundled with bench/methods-child.mjs (bundleMethodsBench in bench/methods.mjs) and run once per
// method and round; `node -e 0` is timed in the same rounds as the baseline of the ratio.

import { runJsonChild } from './methods.mjs';
import { stats, timeOnce } from './measure.mjs';

/**
 * @typedef {import('./measure.mjs').Stats} Stats
 * @typedef {{
 *   method: string, vendors: number, criteria: number, iterations: number, setupMs: number,
 *   prepareMs: number, simulateMs: number[], tippingMs: number[], leader: string | null,
 *   leaderFirstShare: number | null, tippingPoints: number,
 * }} ChildResult
 * @typedef {{
 *   method: string, iterations: number, simulate: Stats, per1000: number, tipping: Stats,
 *   tippingPoints: number, leader: string | null, leaderFirstShare: number | null,
 * }} MethodResult
 * @typedef {{
 *   rounds: number, warmup: number, reps: number, iterations: number, otherIterations: number,
 *   nodeRuns: number, others: boolean,
 * }} Options
 */

const BASELINE = 'weighted-sum';

/**
 * Runs the bundle once; throws with its stderr when it fails.
 * @param {string} bundle
 * @param {string} method
 * @param {string[]} flags
 * @returns {ChildResult}
 */
function runChild(bundle, method, flags) {
  return runJsonChild([bundle, method, ...flags]);
}

/**
 * The weighted sum with `iterations` draws, `rounds` processes, each round after `nodeRuns`
 * runs of `node -e 0`; then (when `others`) every other method once with `otherIterations`
 * draws and a single timed tippingPoints call (the numeric search takes seconds).
 * @param {string} bundle
 * @param {string[]} methods ids, the weighted sum among them
 * @param {{ args: string[], cwd: string }} nodeE0
 * @param {Options} options
 */
export function compareSensitivity(bundle, methods, nodeE0, options) {
  const { rounds, warmup, reps, iterations, otherIterations, nodeRuns, others } = options;
  const common = ['--warmup', String(warmup), '--reps', String(reps)];
  /** @type {number[]} */
  const node = [];
  /** @type {ChildResult[]} */
  const base = [];
  timeOnce(nodeE0);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < nodeRuns; k++) node.push(timeOnce(nodeE0));
    base.push(runChild(bundle, BASELINE, [...common, '--iterations', String(iterations)]));
  }
  /** @type {ChildResult[][]} */
  const runs = [base];
  if (others) {
    for (const method of methods.filter((m) => m !== BASELINE)) {
      const flags = [...common, '--iterations', String(otherIterations)];
      runs.push([
        runChild(bundle, method, [...flags, '--tipping-warmup', '0', '--tipping-reps', '1']),
      ]);
    }
  }
  /** @type {MethodResult[]} */
  const results = runs.map((mine) => {
    const first = /** @type {ChildResult} */ (mine[0]);
    const simulate = stats(mine.flatMap((r) => r.simulateMs));
    return {
      method: first.method,
      iterations: first.iterations,
      simulate,
      per1000: (simulate.median * 1000) / first.iterations,
      tipping: stats(mine.flatMap((r) => r.tippingMs)),
      tippingPoints: first.tippingPoints,
      leader: first.leader,
      leaderFirstShare: first.leaderFirstShare,
    };
  });
  const first = /** @type {ChildResult} */ (base[0]);
  return {
    results,
    node: stats(node),
    setupMs: stats(base.map((r) => r.setupMs)).median,
    prepareMs: stats(base.map((r) => r.prepareMs)).median,
    vendors: first.vendors,
    criteria: first.criteria,
  };
}

/** @param {number} ms @returns {string} */
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

/**
 * @param {ReturnType<typeof compareSensitivity>} run
 * @param {Options} options
 * @param {number} target the issue's ratio to `node -e 0`
 * @returns {string}
 */
export function formatSensitivity(run, options, target) {
  const { rounds, warmup, reps } = options;
  const ws = /** @type {MethodResult} */ (run.results[0]);
  const ratio = ws.simulate.median / run.node.median;
  const whole = (run.node.median + ws.simulate.median) / run.node.median;
  const lines = [
    `8. sensitivity in process, ${run.vendors} vendors × ${run.criteria} criteria (no YAML)  vs  node -e 0`,
    `  simulate (seed 1, spread 0.2) and tippingPoints after prepareRanking (${fmt(run.prepareMs)} ms, once); problem built in ${fmt(run.setupMs)} ms`,
    `  ${BASELINE}: ${rounds} processes × ${reps} timed calls after ${warmup} warm-up; node -e 0: median of ${run.node.runs} runs in the same rounds`,
    `  ${'method'.padEnd(17)}${'draws'.padStart(7)}${'simulate'.padStart(11)}${'IQR'.padStart(13)}${'per 1,000'.padStart(11)}${'tippingPoints'.padStart(15)}${'points'.padStart(8)}  P(leader 1st)`,
  ];
  for (const r of run.results) {
    lines.push(
      `  ${r.method.padEnd(17)}${r.iterations.toLocaleString('en').padStart(7)}${`${fmt(r.simulate.median)} ms`.padStart(11)}` +
        `${`${fmt(r.simulate.q1)}–${fmt(r.simulate.q3)}`.padStart(13)}${`${fmt(r.per1000)} ms`.padStart(11)}` +
        `${`${fmt(r.tipping.median)} ms`.padStart(15)}${String(r.tippingPoints).padStart(8)}  ${r.leader ?? '-'} ${r.leaderFirstShare ?? '-'}`,
    );
  }
  lines.push(
    `  ${BASELINE} simulate ${fmt(ws.simulate.median)} ms (${ws.iterations.toLocaleString('en')} draws, in process, Node start not included)  vs  node -e 0 ${fmt(run.node.median)} ms:` +
      ` ${ratio.toFixed(2)}×   target ≤ ${target}×   ${ratio <= target ? 'OK' : 'OVER'}`,
    `  node start + simulate (node -e 0 + the simulate median, a sum, not one process): ${whole.toFixed(2)}× node -e 0`,
  );
  if (run.results.length > 1)
    lines.push(
      '  other methods: 1 process each, fewer draws; tippingPoints 1 timed call (the numeric search); per 1,000 = simulate median scaled to 1,000 draws.',
    );
  return lines.join('\n');
}
