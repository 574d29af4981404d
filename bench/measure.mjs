// Times a command against its baseline, interleaved (A B A B …) so machine load hits both alike.

import { spawnSync } from 'node:child_process';

/**
 * @typedef {{
 *   args: string[],
 *   cwd: string | (() => string),
 *   env?: Record<string, string> | (() => Record<string, string>),
 *   status?: number,
 * }} Command  node arguments, run with process.execPath; `cwd` and `env` may be made afresh
 *   for each run (a new empty cache folder); `status` is the exit code expected (default 0)
 * @typedef {{ median: number, min: number, max: number, q1: number, q3: number, runs: number }} Stats
 * @typedef {{ a: Stats, b: Stats, ratio: number, mediansRatio: number, pairedQ1: number, pairedQ3: number }} Comparison
 *   `ratio`: the median of the per-pair ratios a/b (a burst of load on a few runs of one side
 *   moves it less than it moves one of two medians); `mediansRatio`: median(a) / median(b)
 */

/**
 * Runs one command once; throws with its stderr when it fails.
 * @param {Command} command
 * @returns {number} wall time in milliseconds
 */
export function timeOnce(command) {
  const cwd = typeof command.cwd === 'function' ? command.cwd() : command.cwd;
  const env = typeof command.env === 'function' ? command.env() : command.env;
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, command.args, {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) throw result.error;
  if (result.status !== (command.status ?? 0)) {
    const shown = `node ${command.args.join(' ')}`;
    throw new Error(`${shown} exited ${result.status}:\n${String(result.stderr).slice(0, 2000)}`);
  }
  return ms;
}

/**
 * The q-quantile (0..1) of sorted numbers, linearly interpolated.
 * @param {number[]} sorted
 * @param {number} q
 * @returns {number}
 */
export function quantile(sorted, q) {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/**
 * Median, quartiles and range of a sample.
 * @param {number[]} sample
 * @returns {Stats}
 */
export function stats(sample) {
  const sorted = [...sample].sort((x, y) => x - y);
  return {
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    min: sorted[0],
    max: sorted[sorted.length - 1],
    runs: sorted.length,
  };
}

/**
 * Times `a` against baseline `b`: `warmup` untimed pairs, then `runs` interleaved pairs.
 * The ratio is the median of the per-pair ratios a/b, the quartiles theirs too.
 * @param {{ a: Command, b: Command, runs: number, warmup?: number }} spec
 * @returns {Comparison}
 */
export function compare({ a, b, runs, warmup = 1 }) {
  for (let i = 0; i < warmup; i++) {
    timeOnce(a);
    timeOnce(b);
  }
  /** @type {number[]} */
  const ta = [];
  /** @type {number[]} */
  const tb = [];
  for (let i = 0; i < runs; i++) {
    ta.push(timeOnce(a));
    tb.push(timeOnce(b));
  }
  const paired = stats(ta.map((t, i) => t / tb[i]));
  const sa = stats(ta);
  const sb = stats(tb);
  return {
    a: sa,
    b: sb,
    ratio: paired.median,
    mediansRatio: sa.median / sb.median,
    pairedQ1: paired.q1,
    pairedQ3: paired.q3,
  };
}
