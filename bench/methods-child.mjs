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
import { generateData } from './generate.mjs';

/**
 * @typedef {import('./generate.mjs').Category} Category
 * @typedef {import('./generate.mjs').Criterion} GenCriterion
 * @typedef {import('./generate.mjs').VendorRecord} VendorRecord
 */

const FILE = 'criteria.yaml';
/** @param {string} file @param {(string | number)[]} path */
const origin = (file, path) => ({ file, path });

/**
 * A generated criterion as src/io/criteria-normalize.ts would normalise its YAML.
 * @param {GenCriterion} c
 * @param {string[]} path ids of the groups above it
 * @param {(string | number)[]} at
 */
function criterion(c, path, at) {
  const common = {
    kind: 'criterion',
    id: c.id,
    name: `Criterion ${c.id}`,
    question: `How does the vendor do on ${c.id}?`,
    help: undefined,
    weight: c.weight,
    evidence: c.evidence,
    preference: undefined,
    path,
    origin: origin(FILE, at),
  };
  const must = /** @type {Record<string, unknown> | true | undefined} */ (c.must);
  const options = c.options ?? [];
  switch (c.type) {
    case 'scale':
      return {
        ...common,
        type: 'scale',
        min: 1,
        max: 5,
        rubric: new Map(),
        must: must && must !== true ? { kind: 'min', min: must.min } : undefined,
      };
    case 'number': {
      const s = /** @type {NonNullable<GenCriterion['scoring']>} */ (c.scoring);
      return {
        ...common,
        type: 'number',
        unit: undefined,
        direction: c.direction ?? 'higher',
        min: c.min,
        max: c.max,
        scoring:
          'points' in s
            ? { kind: 'points', points: s.points.map(([x, u]) => [x, u]) }
            : { kind: 'linear', worst: s.worst, best: s.best },
        must:
          must && must !== true
            ? must.min !== undefined
              ? { kind: 'min', min: must.min }
              : { kind: 'max', max: must.max }
            : undefined,
      };
    }
    case 'boolean':
      return { ...common, type: 'boolean', must: must ? { kind: 'true' } : undefined };
    case 'choice':
      return {
        ...common,
        type: 'choice',
        options: options.map((o) => ({ value: o.value, label: o.value, score: o.score })),
        must: must && must !== true ? { kind: 'oneOf', values: must.oneOf } : undefined,
      };
    case 'multi':
      return {
        ...common,
        type: 'multi',
        options: options.map((o) => ({ value: o.value, label: o.value, points: o.points })),
        cap: options.reduce((sum, o) => sum + (o.points ?? 0), 0),
        must: must && must !== true ? { kind: 'includes', values: must.includes } : undefined,
      };
  }
}

/**
 * The CriteriaSet (src/core/model/types.ts) of the generated model.
 * @param {Category[]} categories
 */
function criteriaSet(categories) {
  /** @type {unknown[]} */
  const all = [];
  const children = categories.map((cat, k) => {
    const at = ['categories', k];
    const crit = cat.criteria.map((c, i) => criterion(c, [cat.id], [...at, 'criteria', i]));
    all.push(...crit);
    return {
      kind: 'group',
      id: cat.id,
      name: `Category ${cat.id}`,
      description: undefined,
      weight: cat.weight,
      source: 'category',
      weighting: undefined,
      children: crit,
      path: [],
      origin: origin(FILE, at),
      definition: origin(FILE, at),
    };
  });
  return {
    id: 'bench-generated',
    name: 'Generated bench set',
    version: 1,
    description: 'Deterministic synthetic set for performance measurement.',
    method: 'weighted-sum',
    methodOptions: {},
    root: {
      kind: 'group',
      id: 'bench-generated',
      name: 'Generated bench set',
      description: undefined,
      weight: 1,
      source: 'set',
      weighting: undefined,
      children,
      path: [],
      origin: origin(FILE, []),
      definition: origin(FILE, []),
    },
    criteria: all,
    demand: undefined,
    requires: [],
    file: FILE,
  };
}

/**
 * A Vendor (src/core/model/types.ts) as the vendor loader would merge its one file.
 * @param {VendorRecord} v
 */
function vendor(v) {
  const file = `vendors/${v.id}.yaml`;
  return {
    id: v.id,
    name: v.name,
    evaluators: [v.evaluator],
    profile: {
      hq: `City ${v.hq}`,
      delivery: ['US', 'PH'],
      languages: ['en', 'es'],
      seats: v.seats,
    },
    answers: new Map(
      v.answers.map((a) => [
        a.id,
        [
          {
            value: a.value,
            evidence: a.evidence,
            note: undefined,
            evaluator: v.evaluator,
            origin: origin(file, ['answers', a.id]),
          },
        ],
      ]),
    ),
    pricing: undefined,
    files: [file],
    origin: origin(file, []),
  };
}

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
const data = generateData({ vendors: 1000, criteria: 200 });
const set = criteriaSet(data.categories);
const vendors = data.vendors.map(vendor);
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
