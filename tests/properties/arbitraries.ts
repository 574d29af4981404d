// Generators of schema-valid criteria sets and of vendors answering them, as the documents a user
// writes (docs/file-formats.md), for the end-to-end properties: every criterion type (scale,
// number with each scoring, boolean, choice, multi, cost with a demand and pricing), categories
// with weights and weight ranges, `must` knock-outs, `evidence`, `requires` rules, the set's
// method with its options; vendors with bare answers, `{ value, evidence, note }`, `~` and
// criteria left out. Texts include strings YAML could misread. The documents are written as YAML
// by `yamlText` (block YAML from the `yaml` library, or JSON, which is YAML too).
import fc from 'fast-check';
import { stringify } from 'yaml';
import { methodIdList } from '../../src/core/methods/method-ids.js';

/** The decision methods (src/core/methods), from their one list. */
export const methods = methodIdList;
export type MethodId = (typeof methods)[number];

/** A value in a document: what YAML maps to. */
export type Doc = string | number | boolean | null | Doc[] | { [key: string]: Doc };

/** A `number` criterion's scoring as written, or undefined for the default (relative minmax). */
type NumberScoring =
  | { worst: number; best: number }
  | { points: [number, number][] }
  | { relative: 'minmax' | 'ratio' | 'sum' }
  | undefined;

type Weight = number | { min: number; max: number };

interface Common {
  id: string;
  weight: Weight;
  evidence?: 'required' | 'optional';
  name?: string;
}

/** One criterion, as data from which both its YAML and its answers are made. */
export type CriterionSpec = Common &
  (
    | { type: 'scale'; scale?: { min: number; max: number }; mustMin?: number }
    | {
        type: 'number';
        direction: 'higher' | 'lower';
        scoring: NumberScoring;
        range?: { min: number; max: number };
        must?: { min?: number; max?: number };
        preference?: Record<string, Doc>;
      }
    | { type: 'boolean'; must: boolean }
    | {
        type: 'choice';
        options: { value: string | number | boolean; score: number; label?: string }[];
        mustOneOf?: (string | number | boolean)[];
      }
    | {
        type: 'multi';
        options: { value: string | number | boolean; points: number }[];
        cap?: number;
        mustIncludes?: (string | number | boolean)[];
      }
    | {
        type: 'cost';
        scoring: 'lowest-price' | { worst: number; best: number } | { relative: 'minmax' };
        mustMax?: number;
      }
  );

/** A requires rule over boolean criteria (docs/file-formats.md#requires). */
export type RequiresRule =
  | { name: string; anyOf: string[] }
  | { name: string; allOf: string[] }
  | { name: string; when: Record<string, boolean>; then: string[] };

/** A generated criteria set. */
export interface SetSpec {
  method: MethodId;
  methodOptions?: Record<string, Doc>;
  scale?: { min: number; max: number };
  categories: { id: string; weight: Weight; name?: string; criteria: CriterionSpec[] }[];
  top: CriterionSpec[];
  requires: RequiresRule[];
  /** Whether a `cost` criterion is in the set (then a demand is written, and every vendor prices). */
  hasCost: boolean;
}

/** An answer as written: left out, `~`, a bare value, or a mapping. */
export type AnswerSpec =
  | { kind: 'absent' }
  | { kind: 'null' }
  | { kind: 'bare'; value: Doc }
  | { kind: 'mapping'; value: Doc; evidence?: string; note?: string };

/** A generated vendor. */
export interface VendorSpec {
  id: string;
  name?: string;
  answers: Record<string, AnswerSpec>;
  /** per-contact email rate and set-up fee, when the set has a cost criterion. */
  pricing?: { rate: number; setupFee: number };
}

/** A generated problem: the set and its vendors. */
export interface ProblemSpec {
  set: SetSpec;
  vendors: VendorSpec[];
}

// ---------------------------------------------------------------------------------------------
// Texts

/**
 * Text a user could write, including what YAML could retype or misread if written plainly:
 * `yes`/`no`/`on`/`null`, numbers as text, `: `, ` #`, leading `- ` and `? `, quotes, leading
 * and trailing spaces, line breaks, unicode beyond the BMP.
 */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'yes',
    'no',
    'on',
    'off',
    'null',
    '~',
    'true',
    'False',
    '0x1F',
    '1e3',
    '012',
    '.inf',
    '-.nan',
    '3.0',
    '1_000',
    '- item',
    '? key',
    'a: b',
    'value # comment',
    '#hash',
    ' leading',
    'trailing ',
    '"quoted"',
    "it's",
    'line one\nline two',
    'tab\there',
    '&anchor',
    '*alias',
    '!tag',
    '%directive',
    '@at',
    '`tick`',
    '|',
    '>',
    '[a, b]',
    '{a: b}',
    'Ünïcødé — “curly” 🚀',
    '---',
    '...',
    '',
  ),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 12 }),
);

/** A kebab-case id. */
const kebab = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,5}$/), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join('-'));

// ---------------------------------------------------------------------------------------------
// Criteria

const weightArb: fc.Arbitrary<Weight> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 10 }) },
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 1, arbitrary: fc.double({ min: 0.01, max: 50, noNaN: true }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }))
      .map(([a, b]) => ({ min: a, max: a + b })),
  },
);

const common = {
  weight: weightArb,
  evidence: fc.option(fc.constantFrom('required' as const, 'optional' as const), {
    nil: undefined,
  }),
  name: fc.option(hostileText, { nil: undefined, freq: 3 }),
};

/** Option values: unique, text (hostile too), numbers or booleans, as the docs allow. */
const optionValues = (min: number, max: number) =>
  fc.uniqueArray(
    fc.oneof(
      { weight: 4, arbitrary: kebab },
      { weight: 2, arbitrary: hostileText },
      { weight: 1, arbitrary: fc.integer({ min: -5, max: 99 }) },
      { weight: 1, arbitrary: fc.boolean() },
    ),
    // 1 and "1" are different values to YAML, but a set should not rely on that
    { minLength: min, maxLength: max, selector: (v) => String(v) },
  );

const scaleArb = fc
  .record({
    scale: fc.option(
      fc
        .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 9 }))
        .map(([min, span]) => ({ min, max: min + span })),
      { nil: undefined },
    ),
    must: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined, freq: 4 }),
  })
  .map(({ scale, must }) => {
    const s = scale ?? { min: 1, max: 5 };
    return {
      type: 'scale' as const,
      scale,
      mustMin: must === undefined ? undefined : s.min + Math.round(must * (s.max - s.min)),
    };
  });

const numberScoringArb: fc.Arbitrary<NumberScoring> = fc.oneof(
  fc.constant(undefined),
  fc
    .tuple(fc.integer({ min: -100, max: 1000 }), fc.integer({ min: -100, max: 1000 }))
    .filter(([a, b]) => a !== b)
    .map(([worst, best]) => ({ worst, best })),
  fc.uniqueArray(fc.integer({ min: -100, max: 1000 }), { minLength: 2, maxLength: 4 }).chain((xs) =>
    fc
      .array(fc.double({ min: 0, max: 1, noNaN: true }), {
        minLength: xs.length,
        maxLength: xs.length,
      })
      .map((us) => ({
        points: [...xs].sort((a, b) => a - b).map((x, i): [number, number] => [x, us[i] ?? 0]),
      })),
  ),
  fc.constantFrom('minmax' as const, 'ratio' as const, 'sum' as const).map((relative) => ({
    relative,
  })),
);

const preferenceArb: fc.Arbitrary<Record<string, Doc>> = fc.oneof(
  fc.constant({ function: 'usual' }),
  fc.integer({ min: 0, max: 50 }).map((p) => ({ function: 'v-shape', p })),
  fc
    .tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }))
    .map(([q, extra]) => ({ function: 'linear', q, p: q + extra })),
  fc.integer({ min: 1, max: 30 }).map((s) => ({ function: 'gaussian', s })),
);

const numberArb = fc
  .record({
    direction: fc.constantFrom('higher' as const, 'lower' as const),
    scoring: numberScoringArb,
    range: fc.option(
      fc
        .tuple(fc.integer({ min: -50, max: 100 }), fc.integer({ min: 1, max: 900 }))
        .map(([min, span]) => ({ min, max: min + span })),
      { nil: undefined },
    ),
    must: fc.option(
      fc.oneof(
        fc.double({ min: 0, max: 1, noNaN: true }).map((a) => ({ min: a })),
        fc.double({ min: 0, max: 1, noNaN: true }).map((b) => ({ max: b })),
      ),
      { nil: undefined, freq: 4 },
    ),
    preference: fc.option(preferenceArb, { nil: undefined, freq: 3 }),
  })
  .map(({ must, range, ...rest }) => {
    // a must threshold inside the answers' range, so it knocks some out and not all
    const lo = range?.min ?? -100;
    const hi = range?.max ?? 1000;
    const at = (f: number) => Math.round(lo + f * (hi - lo));
    const m =
      must === undefined
        ? undefined
        : 'min' in must
          ? { min: at(must.min) }
          : { max: at(must.max) };
    return { type: 'number' as const, range, must: m, ...rest };
  });

// a quarter are must-haves (must: true)
const booleanArb = fc
  .oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) })
  .map((must) => ({ type: 'boolean' as const, must }));

const choiceArb = optionValues(1, 4).chain((values) =>
  fc
    .record({
      scores: fc
        .array(fc.integer({ min: 0, max: 10 }), {
          minLength: values.length,
          maxLength: values.length,
        })
        .map((s) => (s.some((x) => x > 0) ? s : s.map((x, i) => (i === 0 ? 5 : x)))),
      labels: fc.array(fc.option(hostileText, { nil: undefined }), {
        minLength: values.length,
        maxLength: values.length,
      }),
      must: fc.option(fc.subarray(values, { minLength: 1 }), { nil: undefined, freq: 4 }),
    })
    .map(({ scores, labels, must }) => ({
      type: 'choice' as const,
      options: values.map((value, i) => ({ value, score: scores[i] ?? 1, label: labels[i] })),
      mustOneOf: must,
    })),
);

const multiArb = optionValues(1, 4).chain((values) =>
  fc
    .record({
      points: fc.array(fc.integer({ min: 0, max: 5 }), {
        minLength: values.length,
        maxLength: values.length,
      }),
      cap: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
      must: fc.option(
        fc.subarray(values, { minLength: 1, maxLength: Math.min(2, values.length) }),
        {
          nil: undefined,
          freq: 4,
        },
      ),
    })
    .map(({ points, cap, must }) => ({
      type: 'multi' as const,
      // without a cap, the points must add up to something (else no answer could score)
      options: values.map((value, i) => ({
        value,
        points: cap === undefined && i === 0 ? Math.max(1, points[0] ?? 1) : (points[i] ?? 0),
      })),
      cap,
      mustIncludes: must,
    })),
);

const costArb = fc.record({
  type: fc.constant('cost' as const),
  scoring: fc.oneof(
    fc.constant('lowest-price' as const),
    fc.constant({ relative: 'minmax' as const }),
    fc
      .tuple(fc.integer({ min: 20_000, max: 80_000 }), fc.integer({ min: 1_000, max: 19_000 }))
      .map(([worst, best]) => ({ worst, best })),
  ),
  mustMax: fc.option(fc.integer({ min: 10_000, max: 60_000 }), { nil: undefined, freq: 4 }),
});

/** A criterion of any answered type (ids are given later, by position). */
const criterionBody = fc.oneof(scaleArb, numberArb, booleanArb, choiceArb, multiArb);

function withCommon<T extends object>(body: fc.Arbitrary<T>): fc.Arbitrary<T & Omit<Common, 'id'>> {
  return fc.record({ body, ...common }).map(({ body: b, weight, evidence, name }) => ({
    ...b,
    weight,
    evidence,
    name,
  }));
}

/** Method options the set's method accepts (docs/methods/*.md). */
function methodOptionsArb(method: MethodId): fc.Arbitrary<Record<string, Doc> | undefined> {
  switch (method) {
    case 'topsis':
      return fc.option(
        fc
          .constantFrom('vector', 'minmax', 'max', 'sum')
          .map((normalization) => ({ normalization })),
        { nil: undefined },
      );
    case 'vikor':
      return fc.option(
        fc.double({ min: 0, max: 1, noNaN: true }).map((v) => ({ v })),
        { nil: undefined },
      );
    case 'waspas':
      return fc.option(
        fc.double({ min: 0, max: 1, noNaN: true }).map((lambda) => ({ lambda })),
        { nil: undefined },
      );
    default:
      return fc.constant(undefined);
  }
}

/** A schema-valid criteria set: 1–7 criteria over 0–3 categories and the top, maybe a cost. */
export const setArb: fc.Arbitrary<SetSpec> = fc
  .record({
    method: fc.constantFrom(...methods),
    scale: fc.option(
      fc
        .tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 2, max: 9 }))
        .map(([min, span]) => ({ min, max: min + span })),
      { nil: undefined, freq: 4 },
    ),
    bodies: fc.array(withCommon(criterionBody), { minLength: 1, maxLength: 7 }),
    cost: fc.option(withCommon(costArb), { nil: undefined, freq: 3 }),
    categoryWeights: fc.array(weightArb, { minLength: 0, maxLength: 3 }),
    placement: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
    categoryNames: fc.array(fc.option(hostileText, { nil: undefined }), {
      minLength: 3,
      maxLength: 3,
    }),
    rules: fc.array(
      fc.record({
        form: fc.constantFrom('anyOf', 'allOf', 'when'),
        picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
        name: hostileText.filter((t) => t.trim() !== ''),
      }),
      { maxLength: 2 },
    ),
  })
  .chain((r) => methodOptionsArb(r.method).map((methodOptions) => ({ ...r, methodOptions })))
  .map((r): SetSpec => {
    const all: CriterionSpec[] = [...r.bodies, ...(r.cost ? [r.cost] : [])].map((body, i) => ({
      ...body,
      id: `c-${i}`,
    }));
    // the set's scale is every scale criterion's default
    for (const c of all) {
      if (c.type === 'scale' && c.scale === undefined && r.scale !== undefined) {
        c.mustMin =
          c.mustMin === undefined
            ? undefined
            : Math.min(r.scale.max, Math.max(r.scale.min, c.mustMin));
      }
    }
    const categories = r.categoryWeights.map((weight, k) => ({
      id: `g-${k}`,
      weight,
      name: r.categoryNames[k],
      criteria: [] as CriterionSpec[],
    }));
    const top: CriterionSpec[] = [];
    all.forEach((c, i) => {
      const slot = (r.placement[i] ?? 0) % (categories.length + 1);
      (slot === categories.length ? top : (categories[slot]?.criteria ?? top)).push(c);
    });
    // a category needs a criterion: move one in, or drop it
    const kept = categories.filter((g) => g.criteria.length > 0);
    // requires rules over booleans without their own must (they pass by `true`)
    const booleans = all.filter((c) => c.type === 'boolean' && !c.must).map((c) => c.id);
    const requires: RequiresRule[] = [];
    if (booleans.length > 0) {
      for (const rule of r.rules) {
        const ids = [...new Set(rule.picks.map((p) => booleans[p % booleans.length] as string))];
        if (rule.form === 'anyOf') requires.push({ name: rule.name, anyOf: ids });
        else if (rule.form === 'allOf') requires.push({ name: rule.name, allOf: ids });
        else if (ids.length >= 2) {
          const [when, ...then] = ids as [string, ...string[]];
          requires.push({ name: rule.name, when: { [when]: true }, then });
        }
      }
    }
    return {
      method: r.method,
      methodOptions: r.methodOptions,
      scale: r.scale,
      categories: kept,
      top,
      requires,
      hasCost: r.cost !== undefined,
    };
  });

/** Every criterion of a set, categories first (the set's column order). */
export function criteriaOf(set: SetSpec): CriterionSpec[] {
  return [...set.categories.flatMap((g) => g.criteria), ...set.top];
}

/** The scale a scale criterion answers on. */
function scaleOf(set: SetSpec, c: CriterionSpec & { type: 'scale' }) {
  return c.scale ?? set.scale ?? { min: 1, max: 5 };
}

// ---------------------------------------------------------------------------------------------
// Answers

/** A valid answer to `c` (never for cost: it is computed). */
export function answerArb(set: SetSpec, c: CriterionSpec): fc.Arbitrary<Doc> {
  switch (c.type) {
    case 'scale': {
      const s = scaleOf(set, c);
      return fc.integer({ min: s.min, max: s.max });
    }
    case 'number': {
      const lo = c.range?.min ?? -100;
      const hi = c.range?.max ?? 1000;
      const extremes = fc.constantFrom(1.7976931348623157e308, -1e308, 5e-324, -5e-324, 1e-310);
      return fc.oneof(
        { weight: 5, arbitrary: fc.integer({ min: lo, max: hi }) },
        {
          weight: 5,
          arbitrary: fc
            .double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true })
            .map((x) => (Object.is(x, -0) ? 0 : x)),
        },
        // finite extremes the schema accepts (the largest doubles, subnormals), when no range
        { weight: c.range ? 0 : 1, arbitrary: extremes },
      );
    }
    case 'boolean':
      return fc.boolean();
    case 'choice':
      return fc.constantFrom(...c.options.map((o) => o.value));
    case 'multi':
      return fc.subarray(c.options.map((o) => o.value));
    case 'cost':
      return fc.constant(null);
  }
}

const evidenceText = fc.option(hostileText, { nil: undefined });

/** How a vendor answers `c`: mostly answered, sometimes `~` or left out, some with evidence. */
function answerSpecArb(set: SetSpec, c: CriterionSpec): fc.Arbitrary<AnswerSpec> {
  if (c.type === 'cost') return fc.constant({ kind: 'absent' as const });
  const value = answerArb(set, c);
  return fc.oneof(
    { weight: 6, arbitrary: value.map((v) => ({ kind: 'bare' as const, value: v })) },
    {
      weight: 3,
      arbitrary: fc
        .record({ value, evidence: evidenceText, note: evidenceText })
        .map((m) => ({ kind: 'mapping' as const, ...m })),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'absent' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'null' as const }) },
  );
}

/** A vendor answering `set`, with the id given. */
export function vendorArb(set: SetSpec, id: string): fc.Arbitrary<VendorSpec> {
  const criteria = criteriaOf(set);
  return fc
    .record({
      name: fc.option(hostileText, { nil: undefined }),
      answers: fc.tuple(...criteria.map((c) => answerSpecArb(set, c))),
      rate: fc.double({ min: 0.5, max: 5, noNaN: true }),
      setupFee: fc.integer({ min: 0, max: 20_000 }),
    })
    .map(({ name, answers, rate, setupFee }) => ({
      id,
      name,
      answers: Object.fromEntries(criteria.map((c, i) => [c.id, answers[i] as AnswerSpec])),
      pricing: set.hasCost ? { rate, setupFee } : undefined,
    }));
}

/** A set and 1–`maxVendors` vendors answering it. */
export function problemArb(maxVendors = 6): fc.Arbitrary<ProblemSpec> {
  return setArb.chain((set) =>
    fc
      .integer({ min: 1, max: maxVendors })
      .chain((n) =>
        fc
          .tuple(...Array.from({ length: n }, (_, i) => vendorArb(set, `v-${i}`)))
          .map((vendors) => ({ set, vendors })),
      ),
  );
}

// ---------------------------------------------------------------------------------------------
// Improving a vendor (for dominance)

/**
 * An answer at least as good as `v` on `c` under every method's reading: a higher (or, for
 * `lower`, a lower) figure within the range, `true`, the best-scoring option, a superset of
 * options. A value is never made unanswered or answered.
 */
export function improveAnswer(set: SetSpec, c: CriterionSpec, v: Doc): Doc {
  switch (c.type) {
    case 'scale':
      return Math.min(scaleOf(set, c).max, (v as number) + 1);
    case 'number': {
      const step = c.direction === 'higher' ? 7 : -7;
      const lo = c.range?.min ?? -Infinity;
      const hi = c.range?.max ?? Infinity;
      return Math.min(hi, Math.max(lo, (v as number) + step));
    }
    case 'boolean':
      return true;
    case 'choice': {
      const best = [...c.options].sort((a, b) => b.score - a.score)[0];
      const now = c.options.find((o) => o.value === v);
      return best && now && best.score > now.score ? best.value : v;
    }
    case 'multi':
      return c.options.map((o) => o.value);
    case 'cost':
      return v;
  }
}

/** `vendor` improved on every answered criterion (and a lower price), under a new id. */
export function improvedVendor(set: SetSpec, vendor: VendorSpec, id: string): VendorSpec {
  const answers: Record<string, AnswerSpec> = {};
  for (const c of criteriaOf(set)) {
    const a = vendor.answers[c.id] ?? { kind: 'absent' };
    answers[c.id] =
      a.kind === 'bare' || a.kind === 'mapping'
        ? { ...a, value: improveAnswer(set, c, a.value) }
        : a;
  }
  return {
    id,
    name: vendor.name,
    answers,
    pricing: vendor.pricing && {
      rate: vendor.pricing.rate / 2,
      setupFee: Math.floor(vendor.pricing.setupFee / 2),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Documents and YAML text

const scaled = (w: Weight, k: number): Weight =>
  typeof w === 'number' ? w * k : { min: w.min * k, max: w.max * k };

/** The criterion as its YAML mapping; `k` multiplies its weight. */
function criterionDoc(c: CriterionSpec, k: number): Record<string, Doc> {
  const d: Record<string, Doc> = { id: c.id, type: c.type };
  if (c.name !== undefined) d.name = c.name;
  d.weight = scaled(c.weight, k);
  if (c.evidence) d.evidence = c.evidence;
  switch (c.type) {
    case 'scale':
      if (c.scale) d.scale = c.scale;
      if (c.mustMin !== undefined) d.must = { min: c.mustMin };
      break;
    case 'number':
      d.direction = c.direction;
      if (c.range) Object.assign(d, c.range);
      if (c.scoring) d.scoring = c.scoring;
      if (c.must) d.must = c.must;
      if (c.preference) d.preference = c.preference;
      break;
    case 'boolean':
      if (c.must) d.must = true;
      break;
    case 'choice':
      d.options = c.options.map((o) => ({
        value: o.value,
        ...(o.label !== undefined ? { label: o.label } : {}),
        score: o.score,
      }));
      if (c.mustOneOf) d.must = { oneOf: c.mustOneOf };
      break;
    case 'multi':
      d.options = c.options.map((o) => ({ value: o.value, points: o.points }));
      if (c.cap !== undefined) d.cap = c.cap;
      if (c.mustIncludes) d.must = { includes: c.mustIncludes };
      break;
    case 'cost':
      d.scoring = c.scoring;
      if (c.mustMax !== undefined) d.must = { max: c.mustMax };
      break;
  }
  return d;
}

/**
 * The criteria set as a document. `k` multiplies every weight (categories and criteria, ranges
 * too); `method` replaces the set's own (its options are dropped, as they would not apply).
 */
export function setDoc(set: SetSpec, options: { k?: number } = {}): Record<string, Doc> {
  const k = options.k ?? 1;
  const d: Record<string, Doc> = { id: 'generated', name: 'Generated set', version: 1 };
  if (set.scale) d.scale = set.scale;
  d.method = set.method;
  if (set.methodOptions) d.methodOptions = set.methodOptions;
  if (set.hasCost) {
    d.demand = {
      currency: 'USD',
      contractMonths: 12,
      channels: { email: { contactsPerMonth: 1000, ahtSeconds: 300 } },
    };
  }
  if (set.categories.length > 0) {
    d.categories = set.categories.map((g) => ({
      id: g.id,
      ...(g.name !== undefined ? { name: g.name } : {}),
      weight: scaled(g.weight, k),
      criteria: g.criteria.map((c) => criterionDoc(c, k)),
    }));
  }
  if (set.top.length > 0) d.criteria = set.top.map((c) => criterionDoc(c, k));
  if (set.requires.length > 0) d.requires = set.requires;
  return d;
}

/** The vendor as a document. */
export function vendorDoc(v: VendorSpec): Record<string, Doc> {
  const d: Record<string, Doc> = { vendor: v.id };
  if (v.name !== undefined) d.name = v.name;
  const answers: Record<string, Doc> = {};
  for (const [id, a] of Object.entries(v.answers)) {
    if (a.kind === 'null') answers[id] = null;
    else if (a.kind === 'bare') answers[id] = a.value;
    else if (a.kind === 'mapping') {
      answers[id] = {
        value: a.value,
        ...(a.evidence !== undefined ? { evidence: a.evidence } : {}),
        ...(a.note !== undefined ? { note: a.note } : {}),
      };
    }
  }
  d.answers = answers;
  if (v.pricing) {
    d.pricing = {
      model: 'per-contact',
      currency: 'USD',
      rates: { email: v.pricing.rate },
      setupFee: v.pricing.setupFee,
    };
  }
  return d;
}

/**
 * A document as YAML text: block YAML as the `yaml` library writes it, or JSON (YAML 1.2 reads
 * JSON). JSON escapes only what JSON must; characters YAML does not allow raw (C1 controls,
 * U+FEFF, U+FFFE/F) are escaped too, as a user's editor would have to.
 */
export function yamlText(doc: Doc, style: 'block' | 'json'): string {
  if (style === 'block') return stringify(doc, { version: '1.2' });
  return `${JSON.stringify(doc, null, 2).replace(
    /[\u007f-\u009f\ufeff\ufffe\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )}\n`;
}
