// The in-process side of the sensitivity bench (issue 13). Not run as is: bench/sensitivity.mjs
// bundles it with esbuild (it imports the TypeScript core from src/) into a temporary folder and
// runs the bundle, one process per method and round:
//   node <bundle> <method-id> [--iterations n] [--warmup n] [--reps n]
//        [--tipping-warmup n] [--tipping-reps n]
// It builds the generated 50 vendors × 100 criteria problem in memory (bench/problem.mjs: no
// YAML, no zod), calls prepareRanking once (the decision matrix and weights, as `sensitivity`
// gets them from scoreProject), then times simulate (the whole call: the base ranking, the matrix
// and scorer set-up, the draws and the result) and, separately, tippingPoints, each `warmup`
// untimed calls first, then `reps` timed ones (tippingPoints: `--tipping-warmup`,
// `--tipping-reps`, by default the same). Prints one JSON line:
// { method, vendors, criteria, iterations, setupMs, prepareMs, simulateMs: [...],
//   tippingMs: [...], leader, leaderFirstShare, tippingPoints }.

import { performance } from 'node:perf_hooks';
import { simulate } from '../src/core/analysis/sensitivity/simulate.js';
import { statedUncertainty } from '../src/core/analysis/sensitivity/uncertainty.js';
import { tippingPoints } from '../src/core/analysis/tipping-points.js';
import { findMethod } from '../src/core/methods/index.js';
import { prepareRanking } from '../src/core/scoring/rank.js';
import { buildProblem } from './problem.mjs';

/** @param {string} name @param {number} fallback */
function intFlag(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const id = process.argv[2] ?? '';
const method = findMethod(id);
if (!method) {
  console.error(`unknown method "${id}"`);
  process.exit(2);
}
const iterations = intFlag('--iterations', 10_000);
const warmup = intFlag('--warmup', 1);
const reps = intFlag('--reps', 3);
const tippingWarmup = intFlag('--tipping-warmup', warmup);
const tippingReps = intFlag('--tipping-reps', reps);

let t0 = performance.now();
const { set, vendors } = buildProblem({ vendors: 50, criteria: 100 });
const setupMs = performance.now() - t0;

t0 = performance.now();
const prepared = prepareRanking(/** @type {never} */ (set), /** @type {never} */ (vendors), {
  missing: 'zero',
});
const prepareMs = performance.now() - t0;
if (!prepared.ok) throw new Error(prepared.issues.map((issue) => issue.message).join('; '));

// the CLI's options: no ranges in the generated data, so this is the plain Dirichlet draw
const options = statedUncertainty(prepared.value);
const settings = { iterations, seed: 1, spread: 0.2 };

/** @type {number[]} */
const simulateMs = [];
/** @type {import('../src/core/model/sensitivity.js').SensitivityResult | undefined} */
let result;
for (let i = 0; i < warmup + reps; i++) {
  const start = performance.now();
  const out = simulate(prepared.value, method, settings, options);
  const ms = performance.now() - start;
  if (!out.ok) throw new Error(out.issues.map((issue) => issue.message).join('; '));
  if (i >= warmup) simulateMs.push(ms);
  result = out.value;
}

/** @type {number[]} */
const tippingMs = [];
let found = 0;
for (let i = 0; i < tippingWarmup + tippingReps; i++) {
  const start = performance.now();
  const points = tippingPoints(prepared.value, method);
  const ms = performance.now() - start;
  if (i >= tippingWarmup) tippingMs.push(ms);
  found = points.criteria.length + points.categories.length;
}

const leader = result?.vendors.find((v) => v.baseRank === 1);
console.log(
  JSON.stringify({
    method: id,
    vendors: vendors.length,
    criteria: set.criteria.length,
    iterations,
    setupMs,
    prepareMs,
    simulateMs,
    tippingMs,
    leader: leader?.id ?? null,
    leaderFirstShare: leader?.shares[0] ?? null,
    tippingPoints: found,
  }),
);
