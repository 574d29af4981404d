// Generates a large, deterministic bench input: one criteria set and many vendor files answering it.
// Usage as a script: node bench/generate.mjs [dir] [vendors] [criteria]  (prints the paths as JSON)

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { randomTools } from './prng.mjs';

/**
 * @typedef {{ value: string, score?: number, points?: number }} Option
 * @typedef {{
 *   id: string, type: 'scale' | 'number' | 'boolean' | 'choice' | 'multi', weight: number,
 *   evidence?: 'required' | 'optional', must?: Record<string, unknown> | true,
 *   min?: number, max?: number, direction?: 'higher' | 'lower',
 *   scoring?: { worst: number, best: number } | { points: number[][] },
 *   options?: Option[],
 * }} Criterion
 * @typedef {{ id: string, weight: number, criteria: Criterion[] }} Category
 */

const TYPES = /** @type {const} */ (['scale', 'number', 'boolean', 'choice', 'multi']);
const CATEGORY_NAMES = [
  'service-levels',
  'security',
  'capability',
  'pricing',
  'cultural-fit',
  'governance',
  'technology',
  'workforce',
  'quality',
  'transition',
];

/**
 * Builds the criteria model: `count` criteria spread over ten categories.
 * @param {ReturnType<typeof randomTools>} rnd
 * @param {number} count
 * @returns {Category[]}
 */
export function makeCategories(rnd, count) {
  /** @type {Category[]} */
  const categories = CATEGORY_NAMES.map((id) => ({ id, weight: rnd.int(5, 30), criteria: [] }));
  for (let i = 0; i < count; i++) {
    const type = TYPES[i % TYPES.length];
    const category = categories[i % categories.length];
    /** @type {Criterion} */
    const c = { id: `${category.id}-c${String(i).padStart(3, '0')}`, type, weight: rnd.int(1, 5) };
    if (rnd.chance(0.15)) c.evidence = rnd.chance(0.5) ? 'required' : 'optional';
    const knockOut = rnd.chance(0.08);
    switch (type) {
      case 'scale':
        if (knockOut) c.must = { min: 2 };
        break;
      case 'number': {
        c.min = 0;
        c.max = 1000;
        c.direction = rnd.chance(0.5) ? 'higher' : 'lower';
        const [worst, best] = c.direction === 'higher' ? [100, 900] : [900, 100];
        c.scoring = rnd.chance(0.5)
          ? { worst, best }
          : {
              points: [
                [100, c.direction === 'higher' ? 0 : 1],
                [500, 0.5],
                [900, c.direction === 'higher' ? 1 : 0],
              ],
            };
        if (knockOut) c.must = c.direction === 'higher' ? { min: 20 } : { max: 980 };
        break;
      }
      case 'boolean':
        if (knockOut) c.must = true;
        break;
      case 'choice':
        c.options = ['a', 'b', 'c', 'd'].map((v, k) => ({ value: `opt-${v}`, score: 4 - k }));
        if (knockOut) c.must = { oneOf: ['opt-a', 'opt-b', 'opt-c'] };
        break;
      case 'multi':
        c.options = ['a', 'b', 'c', 'd', 'e'].map((v) => ({
          value: `feat-${v}`,
          points: rnd.int(1, 4),
        }));
        if (knockOut) c.must = { includes: ['feat-a'] };
        break;
    }
    category.criteria.push(c);
  }
  return categories;
}

/**
 * The criteria set as YAML text.
 * @param {Category[]} categories
 * @returns {string}
 */
export function criteriaYaml(categories) {
  const out = [
    'id: bench-generated',
    'name: Generated bench set',
    'version: 1',
    'description: Deterministic synthetic set for performance measurement.',
    'scale: { min: 1, max: 5 }',
    'categories:',
  ];
  for (const cat of categories) {
    out.push(`  - id: ${cat.id}`, `    name: Category ${cat.id}`, `    weight: ${cat.weight}`);
    out.push('    criteria:');
    for (const c of cat.criteria) {
      out.push(`      - id: ${c.id}`, `        name: Criterion ${c.id}`);
      out.push(`        question: How does the vendor do on ${c.id}?`);
      out.push(`        type: ${c.type}`, `        weight: ${c.weight}`);
      if (c.evidence) out.push(`        evidence: ${c.evidence}`);
      if (c.min !== undefined) out.push(`        min: ${c.min}`, `        max: ${c.max}`);
      if (c.direction) out.push(`        direction: ${c.direction}`);
      if (c.scoring) out.push(`        scoring: ${flow(c.scoring)}`);
      if (c.options) {
        out.push('        options:');
        for (const o of c.options) out.push(`          - ${flow({ label: o.value, ...o })}`);
      }
      if (c.must !== undefined) out.push(`        must: ${flow(c.must)}`);
    }
  }
  return out.join('\n') + '\n';
}

/**
 * A YAML flow rendering of plain data (JSON strings are valid YAML double-quoted scalars).
 * @param {unknown} value
 * @returns {string}
 */
function flow(value) {
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${k}: ${flow(v)}`);
    return `{ ${entries.join(', ')} }`;
  }
  return typeof value === 'string' && /^[a-z][a-z0-9-]*$/.test(value)
    ? value
    : JSON.stringify(value);
}

/**
 * One answer value for a criterion; knock-outs fail rarely (about 1 in 400 answers).
 * @param {ReturnType<typeof randomTools>} rnd
 * @param {Criterion} c
 * @returns {unknown}
 */
function answerValue(rnd, c) {
  const failKnockOut = c.must !== undefined && rnd.chance(0.0025);
  switch (c.type) {
    case 'scale':
      return failKnockOut ? 1 : rnd.int(2, 5);
    case 'number': {
      if (failKnockOut) return c.direction === 'higher' ? 5 : 995;
      return Math.round(rnd.next() * 9000) / 10 + 50;
    }
    case 'boolean':
      return failKnockOut ? false : c.must ? true : rnd.chance(0.7);
    case 'choice':
      return failKnockOut ? 'opt-d' : rnd.pick(['opt-a', 'opt-b', 'opt-c']);
    case 'multi': {
      const opts = /** @type {Option[]} */ (c.options).map((o) => o.value);
      const chosen = opts.filter((v, k) => (k === 0 ? !failKnockOut : rnd.chance(0.5)));
      return chosen;
    }
  }
}

/**
 * @typedef {{ id: string, value: unknown, evidence?: string }} AnswerRecord
 * @typedef {{
 *   n: number, id: string, name: string, evaluator: string,
 *   hq: number, seats: number, answers: AnswerRecord[],
 * }} VendorRecord
 */

/**
 * One vendor as plain data: answers almost every criterion, some with evidence. The same PRNG
 * stream gives the same vendor whether it is then written as YAML or built in memory.
 * @param {ReturnType<typeof randomTools>} rnd
 * @param {Category[]} categories
 * @param {number} n
 * @returns {VendorRecord}
 */
export function vendorRecord(rnd, categories, n) {
  const id = `vendor-${String(n).padStart(4, '0')}`;
  const evaluator = `bench.${rnd.pick(['a', 'b', 'c'])}`;
  const hq = rnd.int(1, 90);
  const seats = rnd.int(100, 9000);
  /** @type {AnswerRecord[]} */
  const answers = [];
  for (const cat of categories) {
    for (const c of cat.criteria) {
      // A few optional answers are left out (never a knock-out, which would then fail).
      if (c.must === undefined && c.evidence !== 'required' && rnd.chance(0.002)) continue;
      const value = answerValue(rnd, c);
      if (c.evidence === 'required' || rnd.chance(0.2)) {
        const evidence = `Document ${rnd.int(1, 500)}, section ${rnd.int(1, 20)}, 2026-${String(rnd.int(1, 12)).padStart(2, '0')}`;
        answers.push({ id: c.id, value, evidence });
      } else {
        answers.push({ id: c.id, value });
      }
    }
  }
  return { n, id, name: `Vendor ${n} Contact Services`, evaluator, hq, seats, answers };
}

/**
 * One vendor file as YAML text (see vendorRecord).
 * @param {ReturnType<typeof randomTools>} rnd
 * @param {Category[]} categories
 * @param {number} n
 * @returns {string}
 */
export function vendorYaml(rnd, categories, n) {
  const v = vendorRecord(rnd, categories, n);
  const out = [
    `# Generated vendor ${n}`,
    `vendor: ${v.id}`,
    `name: ${v.name}`,
    `evaluator: ${v.evaluator}`,
    `profile: { hq: City ${v.hq}, delivery: [US, PH], languages: [en, es], seats: ${v.seats} }`,
    'answers:',
  ];
  const byId = new Map(v.answers.map((a) => [a.id, a]));
  for (const cat of categories) {
    out.push(`  # --- ${cat.id} ---`);
    for (const c of cat.criteria) {
      const a = byId.get(c.id);
      if (!a) continue;
      const value = flow(a.value);
      out.push(
        a.evidence === undefined
          ? `  ${c.id}: ${value}`
          : `  ${c.id}: { value: ${value}, evidence: ${JSON.stringify(a.evidence)} }`,
      );
    }
  }
  return out.join('\n') + '\n';
}

/** The seed of every generated bench input. */
export const SEED = 20260901;

/**
 * The bench input as plain data, without writing files: the criteria model and the vendors,
 * from the same PRNG stream (in the same order) as `generate` writes them.
 * @param {{ vendors?: number, criteria?: number, seed?: number }} [options]
 * @returns {{ categories: Category[], vendors: VendorRecord[] }}
 */
export function generateData(options = {}) {
  const { vendors = 1000, criteria = 200, seed = SEED } = options;
  const rnd = randomTools(seed);
  const categories = makeCategories(rnd, criteria);
  /** @type {VendorRecord[]} */
  const records = [];
  for (let n = 1; n <= vendors; n++) records.push(vendorRecord(rnd, categories, n));
  return { categories, vendors: records };
}

/**
 * Writes the criteria set and the vendor files into a new temporary folder.
 * @param {{ dir?: string, vendors?: number, criteria?: number, seed?: number }} [options]
 * @returns {{ dir: string, criteriaFile: string, vendorDir: string, vendorFiles: string[] }}
 */
export function generate(options = {}) {
  const { vendors = 1000, criteria = 200, seed = SEED } = options;
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'vendor-eval-bench-'));
  const rnd = randomTools(seed);
  const categories = makeCategories(rnd, criteria);
  const criteriaFile = join(dir, 'criteria.yaml');
  writeFileSync(criteriaFile, criteriaYaml(categories));
  const vendorDir = join(dir, 'vendors');
  mkdirSync(vendorDir, { recursive: true });
  /** @type {string[]} */
  const vendorFiles = [];
  for (let n = 1; n <= vendors; n++) {
    const file = join(vendorDir, `vendor-${String(n).padStart(4, '0')}.yaml`);
    writeFileSync(file, vendorYaml(rnd, categories, n));
    vendorFiles.push(file);
  }
  return { dir, criteriaFile, vendorDir, vendorFiles };
}

// Run as a script only when this very file is the entry: bench/methods-child.mjs bundles this
// module, and in that bundle import.meta.url is the bundle's, the entry's too.
const isEntry =
  import.meta.url.endsWith('/generate.mjs') &&
  import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
if (isEntry) {
  const [dir, vendors, criteria] = process.argv.slice(2);
  if (dir) mkdirSync(dir, { recursive: true });
  const result = generate({
    dir,
    vendors: vendors ? Number(vendors) : undefined,
    criteria: criteria ? Number(criteria) : undefined,
  });
  console.log(JSON.stringify({ ...result, vendorFiles: result.vendorFiles.length }));
}
