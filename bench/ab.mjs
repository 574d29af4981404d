// Two builds of vendor-eval against each other, and each against `node -e 0`, interleaved round
// by round: how the "What each measure bought" rows of docs/performance.md are measured.
//
//   node bench/ab.mjs <before> <after> [--rounds 40] [--cwd <folder>] [-- <vendor-eval args…>]
//
// <before> and <after> are folders holding a build (bin/ and dist/, as a clone after `npm run
// build`); copy dist/ aside before rebuilding to keep the build before. The arguments default to
// `rank examples/vendors`, run in each build's own folder unless --cwd names one (a project
// for `check --base main`). Each build gets a cache folder of its own, primed by two untimed
// runs: builds with different ids would otherwise rewrite each other's caches.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stats, timeOnce } from './measure.mjs';

const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const own = dash < 0 ? argv : argv.slice(0, dash);
const args = dash < 0 ? ['rank', 'examples/vendors'] : argv.slice(dash + 1);
/** @param {string} name @param {string} fallback */
const option = (name, fallback) => {
  const at = own.indexOf(name);
  return at < 0 ? fallback : own.splice(at, 2)[1];
};
const rounds = Number(option('--rounds', '40'));
const cwd = option('--cwd', '');
const builds = own.map((dir) => resolve(dir));
if (builds.length !== 2 || !(rounds > 0)) {
  console.error('usage: node bench/ab.mjs <before> <after> [--rounds N] [--cwd DIR] [-- args…]');
  process.exit(2);
}

const caches = mkdtempSync(join(tmpdir(), 'vendor-eval-ab-'));
const node = { args: ['-e', '0'], cwd: tmpdir() };
const sides = builds.map((dir, i) => ({
  dir,
  command: {
    args: [join(dir, 'bin', 'vendor-eval.js'), ...args],
    cwd: cwd || dir,
    env: { VENDOR_EVAL_CACHE_DIR: join(caches, String(i)) },
  },
  /** @type {number[]} */
  times: [],
}));
try {
  for (const side of sides) for (let i = 0; i < 2; i++) timeOnce(side.command);
  /** @type {number[]} */
  const base = [];
  for (let r = 0; r < rounds; r++) {
    base.push(timeOnce(node));
    // the order of the two builds alternates, so neither always runs right after node
    for (const side of r % 2 ? sides : [...sides].reverse())
      side.times.push(timeOnce(side.command));
  }
  const b = stats(base);
  console.log(`vendor-eval ${args.join(' ')} · ${rounds} rounds · node ${process.version}`);
  console.log(`  node -e 0   median ${b.median.toFixed(1)} ms`);
  for (const [i, side] of sides.entries()) {
    const s = stats(side.times);
    const perRound = stats(side.times.map((t, k) => t / base[k]));
    console.log(
      `  ${i === 0 ? 'before' : 'after '}      median ${s.median.toFixed(1)} ms  ratio ${perRound.median.toFixed(2)}× (per-round IQR ${perRound.q1.toFixed(2)}–${perRound.q3.toFixed(2)})  ${side.dir}`,
    );
  }
  const change = stats(sides[1].times.map((t, k) => t / sides[0].times[k]));
  console.log(
    `  after / before: ${change.median.toFixed(3)} (per-round IQR ${change.q1.toFixed(3)}–${change.q3.toFixed(3)})`,
  );
} finally {
  rmSync(caches, { recursive: true, force: true });
}
