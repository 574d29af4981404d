// The in-process side of the methods bench. Not run as is: bench/methods.mjs bundles it with
// esbuild (it imports the TypeScript core from src/) into a temporary folder and runs the bundle,
// one process per method:
//   node <bundle> <method-id> [--warmup n] [--reps n] [--scores]
// It builds the same 1,000 × 200 problem that bench/generate.mjs writes as files (same PRNG
// stream), already normalised as the loaders would give it, so no YAML is parsed; then times
// rankVendors (warm-up runs first) and, inside it, the method's own score(). Prints one JSON line:
// { method, vendors, criteria, setupMs, rankMs: [...], scoreMs: [...], scores? }.

import { performance } from 'node:perf_hooks';
import { findMethod } from '../src/core/methods/index.js';
import { rankVendors } from '../src/core/scoring/rank.js';
import { buildProblem } from './problem.mjs';

/** @param {string} name @param {number} fallback */
function intFlag(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const id = process.argv[2] ?? '';
const base = findMethod(id);
if (!base) {
  console.error(`unknown method "${id}"`);
  process.exit(2);
}
const warmup = intFlag('--warmup', 1);
const reps = intFlag('--reps', 3);

const t0 = performance.now();
const { set, vendors } = buildProblem({ vendors: 1000, criteria: 200 });
const setupMs = performance.now() - t0;

let lastScoreMs = 0;
// The same method with its score() timed: what the method itself costs inside rankVendors.
const method = {
  ...base,
  /** @param {Parameters<typeof base.score>[0]} input */
  score(input) {
    const start = performance.now();
    const out = base.score(input);
    lastScoreMs = performance.now() - start;
    return out;
  },
};

/** @type {number[]} */
const rankMs = [];
/** @type {number[]} */
const scoreMs = [];
/** @type {import('../src/core/model/ranking.js').Ranking | undefined} */
let ranking; // the last call's result, kept only for --scores
const calls = warmup + reps;
for (let i = 0; i < calls; i++) {
  const start = performance.now();
  const result = rankVendors(/** @type {never} */ (set), /** @type {never} */ (vendors), {
    method,
    missing: 'zero',
  });
  const ms = performance.now() - start;
  if (i >= warmup) {
    rankMs.push(ms);
    scoreMs.push(lastScoreMs);
  }
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('; '));
  if (i === calls - 1) ranking = result.value;
}

const out = {
  method: id,
  vendors: vendors.length,
  criteria: set.criteria.length,
  setupMs,
  rankMs,
  scoreMs,
  ...(process.argv.includes('--scores') && ranking
    ? { scores: Object.fromEntries(ranking.vendors.map((v) => [v.id, v.score])) }
    : {}),
};
console.log(JSON.stringify(out));
