// The generated bench problem built in memory, as the loaders would give it: the CriteriaSet and
// Vendor objects (src/core/model/types.ts) of bench/generate.mjs's data (same PRNG stream), already
// normalised, so no YAML or zod is involved. Shared by the in-process children
// (bench/methods-child.mjs, bench/sensitivity-child.mjs).

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
export function criteriaSet(categories) {
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
export function vendor(v) {
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

/**
 * The generated problem of the given size, built in memory.
 * @param {{ vendors: number, criteria: number }} size
 */
export function buildProblem(size) {
  const data = generateData(size);
  return { set: criteriaSet(data.categories), vendors: data.vendors.map(vendor) };
}
