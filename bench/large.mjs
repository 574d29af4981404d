// Case 3: `rank` of 1,000 vendor files × 200 criteria against the bare `yaml` parse of the same
// files (bench/parse-only.mjs), with the parse cache warm and with `--no-cache`, interleaved
// (A B C, the order rotated each round); then the peak resident memory of each, from
// `process.resourceUsage().maxRSS` written at exit by a preload (bench/rss-preload.mjs).

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stats, timeOnce } from './measure.mjs';

const preload = new URL('./rss-preload.mjs', import.meta.url).href;

/** @param {number} ms @returns {string} */
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

/**
 * @typedef {import('./measure.mjs').Command} Command
 * @typedef {import('./measure.mjs').Stats} Stats
 */

/**
 * Times the three commands interleaved; ratios are the medians of per-round ratios to `base`.
 * @param {{ warm: Command, noCache: Command, base: Command, runs: number, warmup: number }} spec
 */
function compareLarge({ warm, noCache, base, runs, warmup }) {
  for (let i = 0; i < warmup; i++) for (const c of [warm, noCache, base]) timeOnce(c);
  /** @type {Record<'warm' | 'noCache' | 'base', number[]>} */
  const t = { warm: [], noCache: [], base: [] };
  const order = /** @type {const} */ (['warm', 'noCache', 'base']);
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < order.length; k++) {
      const side = order[(i + k) % order.length];
      t[side].push(timeOnce({ warm, noCache, base }[side]));
    }
  }
  const ratio = (/** @type {number[]} */ a) => stats(a.map((x, i) => x / t.base[i]));
  return {
    warm: stats(t.warm),
    noCache: stats(t.noCache),
    base: stats(t.base),
    warmRatio: ratio(t.warm),
    noCacheRatio: ratio(t.noCache),
  };
}

/**
 * Peak resident memory of one run of `command`, in MB (median of `n` runs).
 * @param {Command} command
 * @param {number} n
 */
function peakRss(command, n) {
  const dir = mkdtempSync(join(tmpdir(), 'vendor-eval-rss-'));
  try {
    const file = join(dir, 'rss');
    const sample = [];
    for (let i = 0; i < n; i++) {
      timeOnce({
        ...command,
        args: ['--import', preload, ...command.args],
        env: { ...command.env, VENDOR_EVAL_BENCH_RSS_FILE: file },
      });
      sample.push(Number(readFileSync(file, 'utf8')) / 1024);
    }
    return stats(sample);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs case 3 and prints it; returns parse-only's times (the methods section's baseline).
 * @param {{ rankArgs: string[], cwd: string, cacheDir: string, base: Command, runs: number,
 *   rssRuns: number }} options `rankArgs`: node arguments of the `rank` run
 * @returns {Stats}
 */
export function runLargeCase({ rankArgs, cwd, cacheDir, base, runs, rssRuns }) {
  const target = 0.6;
  const warm = { args: rankArgs, cwd, env: { VENDOR_EVAL_CACHE_DIR: cacheDir } };
  const noCache = { args: [...rankArgs, '--no-cache'], cwd };
  const r = compareLarge({ warm, noCache, base, runs, warmup: 1 });
  const line = (/** @type {string} */ label, /** @type {Stats} */ s) =>
    `  ${label.padEnd(46)} median ${fmt(s.median).padStart(6)} ms` +
    `   IQR ${fmt(s.q1)}–${fmt(s.q3)}   min ${fmt(s.min)}   max ${fmt(s.max)}   (n=${s.runs})`;
  const ratio = (/** @type {string} */ label, /** @type {Stats} */ s, /** @type {number} */ t) =>
    `  ${label.padEnd(22)} ${s.median.toFixed(2)}×  (per-round ratios IQR ${s.q1.toFixed(2)}–` +
    `${s.q3.toFixed(2)})   target ≤ ${t.toFixed(1)}×  ${s.median <= t ? '✓' : '✗'}`;
  const rss = { warm: peakRss(warm, rssRuns), noCache: peakRss(noCache, rssRuns) };
  const baseRss = peakRss(base, rssRuns);
  const mb = (/** @type {Stats} */ s) =>
    `${s.median.toFixed(0)} MB (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
  console.log(
    [
      '3. rank 1,000 vendors × 200 criteria  vs  parseDocument of the same files',
      line('rank -c <set> <1000 files> --format json -o (warm parse cache)', r.warm),
      line('the same with --no-cache', r.noCache),
      line('bench/parse-only.mjs <1000 files>', r.base),
      ratio('ratio, warm cache', r.warmRatio, target),
      ratio('ratio, --no-cache', r.noCacheRatio, target),
      `  peak RSS (maxRSS, n=${rssRuns}): rank warm ${mb(rss.warm)}, --no-cache ${mb(rss.noCache)}` +
        `, parse-only ${mb(baseRss)}   target < 300 MB  ${Math.max(rss.warm.max, rss.noCache.max) < 300 ? '✓' : '✗'}`,
    ].join('\n') + '\n',
  );
  return r.base;
}
