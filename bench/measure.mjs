// Times a command against its baseline, interleaved (A B A B …) so machine load hits both alike.

import { spawnSync } from 'node:child_process';

/**
 * @typedef {{ args: string[], cwd: string, env?: Record<string, string> }} Command  node arguments,
 *   run with process.execPath; `env` is added to the bench's environment
 * @typedef {{ median: number, min: number, max: number, q1: number, q3: number, runs: number }} Stats
 * @typedef {{ a: Stats, b: Stats, ratio: number, pairedQ1: number, pairedQ3: number }} Comparison
 */

/**
 * Runs one command once; throws with its stderr when it fails.
 * @param {Command} command
 * @returns {number} wall time in milliseconds
 */
export function timeOnce(command) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, command.args, {
    cwd: command.cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', ...command.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) throw result.error;
  if (result.status !== 0) {
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
 * The ratio is median(a) / median(b); the paired quartiles are of the per-pair ratios a/b.
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
  return { a: sa, b: sb, ratio: sa.median / sb.median, pairedQ1: paired.q1, pairedQ3: paired.q3 };
}
