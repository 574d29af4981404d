// Small builders of the normalised domain types (src/core/model/types.ts) for core tests.
// Paths are filled in by `set()`/`group()`, so a test writes only what it is about.
import type {
  Answer,
  AnswerValue,
  BooleanCriterion,
  ChoiceCriterion,
  CriteriaSet,
  Criterion,
  GroupNode,
  MultiCriterion,
  MustRule,
  NumberCriterion,
  NumberScoring,
  OptionValue,
  ScaleCriterion,
  TreeNode,
  Vendor,
} from '../../src/core/model/types.js';
import type { WeightingInput } from '../../src/core/model/criteria-schema.js';
import type { Result } from '../../src/core/issues.js';
import type { Ranking } from '../../src/core/model/ranking.js';
import { rankVendors, type RankOptions } from '../../src/core/scoring/rank.js';
import type { PerformanceColumns } from '../../src/core/scoring/evaluate.js';
import { computeWeights, type NodeWeight } from '../../src/core/scoring/weights.js';

const origin = (file = 'test.yaml') => ({ file, path: [] as (string | number)[] });

interface CommonOpts {
  weight?: number;
  must?: MustRule;
  name?: string;
}

function common(id: string, o: CommonOpts) {
  return {
    kind: 'criterion' as const,
    id,
    name: o.name ?? id,
    question: undefined,
    help: undefined,
    weight: o.weight ?? 1,
    must: o.must,
    evidence: undefined,
    preference: undefined,
    path: [] as string[],
    origin: origin(),
  };
}

/** A `scale` criterion, 1–5 unless told. */
export function scale(id: string, o: CommonOpts & { min?: number; max?: number } = {}) {
  return {
    ...common(id, o),
    type: 'scale',
    min: o.min ?? 1,
    max: o.max ?? 5,
    rubric: new Map<number, string>(),
  } satisfies ScaleCriterion;
}

/** A `number` criterion; scored `{relative: minmax}` unless told (SPEC default). */
export function number(
  id: string,
  o: CommonOpts & { direction?: 'higher' | 'lower'; scoring?: NumberScoring; unit?: string } = {},
) {
  return {
    ...common(id, o),
    type: 'number',
    unit: o.unit,
    direction: o.direction ?? 'higher',
    min: undefined,
    max: undefined,
    scoring: o.scoring ?? { kind: 'relative', relative: 'minmax' },
  } satisfies NumberCriterion;
}

/** A `boolean` criterion. */
export function boolean(id: string, o: CommonOpts = {}) {
  return { ...common(id, o), type: 'boolean' } satisfies BooleanCriterion;
}

/** A `choice` criterion from [value, score] pairs. */
export function choice(id: string, options: [OptionValue, number][], o: CommonOpts = {}) {
  return {
    ...common(id, o),
    type: 'choice',
    options: options.map(([value, score]) => ({ value, label: undefined, score })),
  } satisfies ChoiceCriterion;
}

/** A `multi` criterion from [value, points] pairs; `cap` defaults to Σ all points (as io does). */
export function multi(
  id: string,
  options: [OptionValue, number][],
  o: CommonOpts & { cap?: number } = {},
) {
  return {
    ...common(id, o),
    type: 'multi',
    options: options.map(([value, points]) => ({ value, label: undefined, points })),
    cap: o.cap ?? options.reduce((s, [, p]) => s + p, 0),
  } satisfies MultiCriterion;
}

/** A category (or, with `source: 'set'`, an included set). */
export function group(
  id: string,
  children: TreeNode[],
  o: { weight?: number; weighting?: WeightingInput; source?: 'category' | 'set' } = {},
): GroupNode {
  return {
    kind: 'group',
    id,
    name: id,
    description: undefined,
    weight: o.weight ?? 1,
    source: o.source ?? 'category',
    weighting: o.weighting,
    children,
    path: [],
    origin: origin(),
    definition: origin(),
    requires: [],
  };
}

/** Sets `path` on every node below `g` (ids of the groups above it, top level first). */
function assignPaths(g: GroupNode, above: string[]): void {
  for (const child of g.children) {
    child.path = above;
    if (child.kind === 'group') assignPaths(child, [...above, child.id]);
  }
}

function collect(g: GroupNode): Criterion[] {
  return g.children.flatMap((c) => (c.kind === 'group' ? collect(c) : [c]));
}

/** A criteria set whose root holds `children`; paths and the criteria list are derived. */
export function set(children: TreeNode[], o: { weighting?: WeightingInput } = {}): CriteriaSet {
  const root = group('root', children, o.weighting ? { weighting: o.weighting } : {});
  assignPaths(root, []);
  return {
    id: 'test-set',
    name: 'Test set',
    version: 1,
    description: undefined,
    method: 'weighted-sum',
    methodOptions: {},
    root,
    criteria: collect(root),
    demand: undefined,
    requires: [],
    file: 'test.yaml',
  };
}

/** One answer (null: not answered, kept for its note or evidence). */
export function answer(
  value: AnswerValue | null,
  o: { evaluator?: string; evidence?: string; note?: string } = {},
): Answer {
  return {
    value,
    evidence: o.evidence,
    note: o.note,
    evaluator: o.evaluator,
    origin: origin(),
  };
}

/**
 * A vendor from answers by criterion id; a list of `Answer`s (made with `answer()`) stands for
 * several evaluators, anything else is one bare answer.
 */
export function vendor(id: string, answers: Record<string, AnswerValue | Answer[]>): Vendor {
  const map = new Map<string, Answer[]>();
  for (const [k, v] of Object.entries(answers)) {
    const many = Array.isArray(v) && v.length > 0 && typeof v[0] === 'object' && v[0] !== null;
    map.set(k, many ? (v as Answer[]) : [answer(v as AnswerValue)]);
  }
  return {
    id,
    name: id.toUpperCase(),
    evaluators: [],
    profile: {},
    answers: map,
    pricing: undefined,
    files: [`${id}.yaml`],
    origin: origin(`${id}.yaml`),
  };
}

/** The value of a result a test expects to succeed; a failed one fails the test with its issues. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.rule}: ${i.message}`).join('; '));
  return result.value;
}

/** `rankVendors` for a ranking the test expects to succeed. */
export function ranked(s: CriteriaSet, vendors: readonly Vendor[], options: RankOptions): Ranking {
  return valueOf(rankVendors(s, vendors, options));
}

/** `computeWeights` for weights the test expects to succeed. */
export function weightsOf(
  root: GroupNode,
  overrides?: ReadonlyMap<string, number>,
  performance?: PerformanceColumns,
): Map<string, NodeWeight> {
  return valueOf(computeWeights(root, overrides, performance));
}
