// Near-valid documents for the shape-check properties (vendor-shape, config-shape): a valid
// document, then a few mutations at random places, each something a zod schema decides on: a
// value of the wrong type or out of range, NaN/±Infinity/-0, an empty string, a bad id, an extra,
// missing or inherited key, an own `__proto__`, symbol or non-enumerable key, an object with a
// null prototype, a Date, a Map or a class instance where an object is wanted, an array for an
// object, an empty or sparse array.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';

/** One mutation, as numbers the property draws: applied by `mutate`. */
export interface Mutation {
  /** Which container (object or array) of the document, modulo their number. */
  at: number;
  /** What to do there (see `mutate`), modulo the number of kinds. */
  kind: number;
  /** Which key and which value, modulo the lists. */
  key: number;
  value: number;
}

export const mutationsArb: fc.Arbitrary<Mutation[]> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<Mutation[]>([]) },
  {
    weight: 4,
    arbitrary: fc.array(
      fc.record({
        at: fc.nat(),
        kind: fc.nat(),
        key: fc.nat(),
        value: fc.nat(),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  },
);

class Instance {
  rate = 1;
}

/**
 * Values that some key of the schemas accepts and others refuse, at the edges of each rule. Each
 * is made fresh, so a mutation never shares an object between two places.
 */
const edgeValues: (() => unknown)[] = [
  () => undefined,
  () => null,
  () => NaN,
  () => Infinity,
  () => -Infinity,
  () => -0,
  () => 0,
  () => 1e-9,
  () => -1e-9,
  () => 0.5,
  () => 1,
  () => 1.0000001,
  () => 100,
  () => 100.5,
  () => -1,
  () => 3,
  () => 2.5,
  () => 2 ** 53 - 1,
  () => 2 ** 53,
  () => true,
  () => false,
  () => '',
  () => 'x',
  () => ' ',
  () => '\u{1F600}',
  () => 'acme',
  () => 'a-b-2',
  () => 'A-b',
  () => 'a--b',
  () => '-a',
  () => 'a_b',
  () => 'a-b\n',
  () => 'hybrid',
  () => 'per-hour',
  () => 'per-resolution',
  () => 'paid',
  () => 'logged-in',
  () => 'vector',
  () => [],
  () => ['a', 'b'],
  () => ['a', 1],
  () => [undefined],
  // a sparse array: zod reads its hole as undefined
  // eslint-disable-next-line no-sparse-arrays
  () => ['a', , 'b'],
  () => [{ rate: 1 }],
  () => [{ rate: 1, upTo: 10 }, { rate: 0 }],
  () => [{ rate: -1 }],
  () => ({}),
  () => ({ rate: 2 }),
  () => ({ model: 'per-contact', rates: { email: 1 } }),
  () => ({ value: 3, rationale: 'agreed', by: 'panel' }),
  () => ({ value: undefined, rationale: 'r', by: 'b', date: '2026-01-01' }),
  () => ({ rationale: 'r', by: 'b' }),
  () => ({ a: 1, b: 'x' }),
  () => ({ e: [{ rate: 1 }] }),
  () => ({ selected: 'acme', minScore: 50 }),
  () => Object.assign(Object.create(null) as object, { a: 1 }),
  () => Object.create(null) as object,
  () => new Date(0),
  () => new Map([['a', 1]]),
  () => new Instance(),
  () => ({ constructor: 'x' }),
];

/** Values next to a number at the edges of `.min(0)`, `.positive()`, `.max(1)`, `.int()`, `.max(100)`. */
const nearNumbers = [
  -0,
  0,
  -1e-9,
  1e-9,
  0.5,
  1,
  1.0000001,
  2.5,
  100,
  100.5,
  2 ** 53 - 1,
  2 ** 53,
  -1,
  NaN,
  Infinity,
  -Infinity,
];
/** Strings at the edges of `.min(1)`, the id pattern and the enums. */
const nearStrings = [
  '',
  ' ',
  'A',
  'a--b',
  'a-',
  'acme',
  'x',
  '\u{1F600}',
  'hybrid',
  'per-hour',
  'paid',
  'logged-in',
];

/** A value of about the same kind as `value`, at an edge its rule may decide on. */
function near(value: unknown, n: number): unknown {
  // the low digit chooses the kind of change, the rest the value, so the two vary apart
  const choice = n % 4;
  const rest = Math.floor(n / 4);
  if (typeof value === 'number') return pick(nearNumbers, n);
  if (typeof value === 'string')
    return choice === 0 ? pick(nearNumbers, rest) : pick(nearStrings, rest);
  if (Array.isArray(value)) {
    const items = value as unknown[];
    if (choice === 0) return [];
    if (choice === 1) return [...items, pick(edgeValues, rest)()];
    return items.slice(1);
  }
  if (value === null || value === undefined || choice === 0) return pick(edgeValues, rest)();
  return null;
}

/** Keys of every level of both schemas, plus unknown ones. */
const keys = [
  '$schema',
  'vendor',
  'name',
  'evaluator',
  'profile',
  'answers',
  'pricing',
  'moderated',
  'model',
  'currency',
  'rates',
  'tiers',
  'setupFee',
  'monthlyMinimum',
  'monthlyFees',
  'annualIncrease',
  'resolutionRate',
  'base',
  'hoursBilled',
  'variable',
  'upTo',
  'rate',
  'value',
  'rationale',
  'by',
  'date',
  'evidence',
  'criteria',
  'vendors',
  'method',
  'policy',
  'selected',
  'minScore',
  'requireEligible',
  'requireTop',
  'maxMissing',
  'requireEvidence',
  'maxMonthlyCost',
  'maxConsistencyRatio',
  'minRobustness',
  'extra',
  'Vendor',
  '0',
  'constructor',
  'toString',
  '__proto__',
];

type Container = Record<PropertyKey, unknown> | unknown[];

/** The containers of `doc` (plain objects and arrays), depth first, `doc` first. */
function containers(doc: unknown, out: Container[] = []): Container[] {
  if (Array.isArray(doc)) {
    out.push(doc);
    for (const item of doc) containers(item, out);
  } else if (
    doc !== null &&
    typeof doc === 'object' &&
    Object.getPrototypeOf(doc) === Object.prototype
  ) {
    out.push(doc as Record<string, unknown>);
    for (const key of Object.keys(doc)) containers((doc as Record<string, unknown>)[key], out);
  }
  return out;
}

/** Sets an own enumerable key, `__proto__` included (as YAML does), never through a setter. */
function define(target: object, key: PropertyKey, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

/** Replaces, in its parent, the container `target` by `replacement`. */
function replaceIn(root: { doc: unknown }, target: Container, replacement: unknown): void {
  if (root.doc === target) {
    root.doc = replacement;
    return;
  }
  for (const parent of containers(root.doc)) {
    for (const key of Object.keys(parent)) {
      if ((parent as Record<string, unknown>)[key] === target) {
        define(parent, Array.isArray(parent) ? Number(key) : key, replacement);
        return;
      }
    }
  }
}

/**
 * `doc` (a fresh document the caller owns) with `mutations` applied, in place where possible;
 * returns the document (the root itself may be replaced).
 */
export function mutate(doc: unknown, mutations: readonly Mutation[]): unknown {
  const root = { doc };
  for (const m of mutations) {
    const all = containers(root.doc);
    if (all.length === 0) {
      root.doc = pick(edgeValues, m.value)();
      continue;
    }
    const target = pick(all, m.at);
    const own = Object.keys(target);
    const nudge = () => {
      if (own.length) {
        const key = pick(own, m.key);
        const index = Array.isArray(target) ? Number(key) : key;
        define(target, index, near((target as Record<string, unknown>)[key], m.value));
      }
    };
    const kinds: (() => void)[] = [
      // an existing value nudged to an edge of its kind (the likeliest mutation)
      nudge,
      nudge,
      nudge,
      // set an existing key (or index) to an edge value
      () => {
        if (own.length) {
          const key = pick(own, m.key);
          define(target, Array.isArray(target) ? Number(key) : key, pick(edgeValues, m.value)());
        }
      },
      // set any schema key (or an unknown one) to an edge value
      () => {
        if (!Array.isArray(target)) define(target, pick(keys, m.key), pick(edgeValues, m.value)());
      },
      // remove a key; on an array, leave a hole or empty it
      () => {
        if (Array.isArray(target)) {
          if (m.value % 2 === 0) target.length = 0;
          // a hole, as a sparse array has (zod reads it as undefined)
          else Reflect.deleteProperty(target, m.key % Math.max(1, target.length));
        } else if (own.length) delete target[pick(own, m.key)];
      },
      // a symbol key, or a non-enumerable unknown key
      () => {
        if (m.value % 2 === 0) define(target, Symbol('s'), 1);
        else Object.defineProperty(target, 'hidden', { value: 1, enumerable: false });
      },
      // the same keys on a null prototype
      () => {
        if (!Array.isArray(target))
          replaceIn(root, target, Object.assign(Object.create(null), target));
      },
      // one key moved to the prototype: inherited, enumerable
      () => {
        if (!Array.isArray(target) && own.length) {
          const key = pick(own, m.key);
          const inherited = Object.create({ [key]: target[key] }) as Record<string, unknown>;
          for (const k of own) if (k !== key) define(inherited, k, target[k]);
          replaceIn(root, target, inherited);
        }
      },
      // an array of the object's values, or an object of the array's items
      () => {
        replaceIn(root, target, Array.isArray(target) ? { ...target } : Object.values(target));
      },
      // the container itself replaced by an edge value
      () => replaceIn(root, target, pick(edgeValues, m.value)()),
    ];
    pick(kinds, m.kind)();
  }
  return root.doc;
}

/** The own keys of every object and array in `value`, in order, recursively. */
function keyOrder(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return null;
  return Reflect.ownKeys(value).map((k) => [
    String(k),
    keyOrder((value as Record<PropertyKey, unknown>)[k]),
  ]);
}

/**
 * Deep-equal (`isDeepStrictEqual`: prototypes, -0, undefined-valued keys) and with the same keys
 * in the same order at every level, so JSON written from one is the same as from the other.
 */
export function sameOutput(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(a, b) && isDeepStrictEqual(keyOrder(a), keyOrder(b));
}

/**
 * Every document one change away from `doc`: each key of each object (and each item of each
 * array) set to each edge value or removed, each schema key and unknown key added to each object
 * with each edge value. Exhaustive where the random mutations are sparse: a rule on one key is
 * met at each of its edges.
 */
export function* singleMutations(doc: unknown): Generator<unknown> {
  const values = [
    ...edgeValues,
    ...nearNumbers.map((n) => () => n),
    ...nearStrings.map((s) => () => s),
  ];
  const count = containers(doc).length;
  for (let at = 0; at < count; at++) {
    const target = containers(doc)[at] as Container;
    const own = Object.keys(target);
    const candidates = Array.isArray(target) ? own : [...new Set([...own, ...keys])];
    for (const key of candidates) {
      for (const value of values) {
        const copy = structuredClone(doc);
        const place = containers(copy)[at] as Container;
        define(place, Array.isArray(place) ? Number(key) : key, value());
        yield copy;
      }
      if (own.includes(key)) {
        const copy = structuredClone(doc);
        const place = containers(copy)[at] as Record<string, unknown>;
        delete place[key];
        yield copy;
      }
    }
  }
}

/**
 * Runs `agrees` (which asserts the check and zod agree, and says whether zod accepted) on every
 * single mutation of `doc`: how many there were and how many zod accepted, for the caller to
 * hold to a floor (a mutation list that stopped mutating would otherwise pass unnoticed).
 */
export function acceptedSingleMutations(
  doc: unknown,
  agrees: (data: unknown) => boolean,
): { total: number; accepted: number } {
  let accepted = 0;
  let total = 0;
  for (const data of singleMutations(doc)) {
    total++;
    if (agrees(data)) accepted++;
  }
  return { total, accepted };
}

/** `numRuns` scaled by `FC_RUNS`, with the seed `FC_SEED` (both optional, for longer runs). */
export function runParameters(numRuns: number): { seed: number; numRuns: number } {
  const seed = Number(process.env.FC_SEED ?? 20261207);
  const factor = Number(process.env.FC_RUNS ?? 1);
  return { seed, numRuns: Math.max(1, Math.round(numRuns * factor)) };
}

/**
 * Runs `agrees` (which asserts the check and zod agree, and says whether zod accepted) on
 * `numRuns` documents of `docs`, each with a few mutations: the share zod accepted, for the
 * caller to hold away from 0 and 1 (both verdicts exercised in earnest).
 */
export function acceptedShareOfMutations(
  docs: fc.Arbitrary<unknown>,
  agrees: (data: unknown) => boolean,
  numRuns: number,
): number {
  let accepted = 0;
  let total = 0;
  fc.assert(
    fc.property(docs, mutationsArb, (doc, mutations) => {
      total++;
      if (agrees(mutate(structuredClone(doc), mutations))) accepted++;
    }),
    runParameters(numRuns),
  );
  return accepted / total;
}
