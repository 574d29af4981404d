import { defaultScale } from '../core/model/ids.js';
import type {
  CategoryInput,
  CriteriaSetInput,
  CriterionInput,
  RequirementInput,
  WeightInput,
} from '../core/model/criteria-schema.js';
import type {
  Criterion,
  GroupNode,
  MustRule,
  NumberScoring,
  Requirement,
  TreeNode,
  WeightRange,
} from '../core/model/types.js';

type Path = (string | number)[];

/** Context shared while one file's written content becomes tree nodes. */
interface NormalizeContext {
  file: string;
  /** The file's default scale range for `scale` criteria. */
  scale: { min: number; max: number };
}

/**
 * Turns one written criteria-set file into a group node. Included sets arrive already
 * normalised (`included`, with their `include` index) and follow the set's own categories and
 * criteria. `groupPath` is the ids above this group; `childAncestors` the ids above its
 * children (empty for the root set, whose id is not part of any path). Pure: no I/O.
 */
export function normalizeSetFile(
  input: CriteriaSetInput,
  file: string,
  included: { node: GroupNode; weight: WeightInput | undefined; index: number }[],
  groupPath: string[],
  childAncestors: string[],
): GroupNode {
  const ctx: NormalizeContext = { file, scale: input.scale ?? defaultScale };
  const children = normalizeChildren(input, ctx, [], childAncestors);
  for (const inc of included) {
    children.push({
      ...inc.node,
      ...nodeWeight(inc.weight),
      origin: { file, path: ['include', inc.index] },
    });
  }
  return {
    kind: 'group',
    id: input.id,
    name: displayName(input.name, input.id),
    description: input.description,
    weight: 1,
    source: 'set',
    weighting: input.weighting,
    children,
    path: groupPath,
    origin: { file, path: [] },
    definition: { file, path: [] },
    requires: normalizeRequires(input.requires, file, []),
  };
}

/**
 * A node's weight as written: a number (default 1), or a range `{min, max}` whose middle every
 * command but `sensitivity` uses, so a set with ranges ranks exactly like the same set with the
 * middles written (SMAA-2's interval weights, centred; docs/decisions.md).
 */
export function nodeWeight(written: WeightInput | undefined): {
  weight: number;
  weightRange?: WeightRange;
} {
  if (written === undefined) return { weight: 1 };
  if (typeof written === 'number') return { weight: written };
  return { weight: (written.min + written.max) / 2, weightRange: { ...written } };
}

/**
 * A file's written `requires` rules in one shape. A rule's form is read from its keys (`anyOf`,
 * then `allOf`, then `when`/`then`); a rule with another mix is refused by the requires checks
 * before a set is built, so the reading here never decides a ranking.
 */
export function normalizeRequires(
  rules: RequirementInput[] | undefined,
  file: string,
  at: Path,
): Requirement[] {
  return (rules ?? []).map((r, i): Requirement => {
    const origin = { file, path: [...at, 'requires', i] };
    if (r.anyOf) return { name: r.name, kind: 'anyOf', criteria: r.anyOf, conditions: [], origin };
    if (r.allOf) return { name: r.name, kind: 'allOf', criteria: r.allOf, conditions: [], origin };
    const conditions = Object.entries(r.when ?? {}).map(([criterion, test]) => ({
      criterion,
      test:
        typeof test === 'object'
          ? (conditionMust(test) ?? { kind: 'range' as const })
          : { kind: 'equals' as const, value: test },
    }));
    return { name: r.name, kind: 'when', criteria: r.then ?? [], conditions, origin };
  });
}

function conditionMust(t: {
  min?: number | undefined;
  max?: number | undefined;
  oneOf?: (string | number | boolean)[] | undefined;
  includes?: (string | number | boolean)[] | undefined;
}): MustRule | undefined {
  if (t.oneOf) return { kind: 'oneOf', values: t.oneOf };
  if (t.includes) return { kind: 'includes', values: t.includes };
  return numberMust(t);
}

function normalizeChildren(
  input: { categories?: CategoryInput[] | undefined; criteria?: CriterionInput[] | undefined },
  ctx: NormalizeContext,
  at: Path,
  ancestors: string[],
): TreeNode[] {
  const nodes: TreeNode[] = [];
  (input.categories ?? []).forEach((cat, i) => {
    nodes.push(normalizeCategory(cat, ctx, [...at, 'categories', i], ancestors));
  });
  (input.criteria ?? []).forEach((crit, i) => {
    nodes.push(normalizeCriterion(crit, ctx, [...at, 'criteria', i], ancestors));
  });
  return nodes;
}

function normalizeCategory(
  cat: CategoryInput,
  ctx: NormalizeContext,
  at: Path,
  ancestors: string[],
): GroupNode {
  return {
    kind: 'group',
    id: cat.id,
    name: displayName(cat.name, cat.id),
    description: cat.description,
    ...nodeWeight(cat.weight),
    source: 'category',
    weighting: cat.weighting,
    children: normalizeChildren(cat, ctx, at, [...ancestors, cat.id]),
    path: ancestors,
    origin: { file: ctx.file, path: at },
    definition: { file: ctx.file, path: at },
    requires: normalizeRequires(cat.requires, ctx.file, at),
  };
}

function normalizeCriterion(
  c: CriterionInput,
  ctx: NormalizeContext,
  at: Path,
  ancestors: string[],
): Criterion {
  const common = {
    kind: 'criterion' as const,
    id: c.id,
    name: displayName(c.name, c.id),
    question: c.question,
    help: c.help,
    ...nodeWeight(c.weight),
    evidence: c.evidence,
    preference: c.preference,
    path: ancestors,
    origin: { file: ctx.file, path: at },
  };
  switch (c.type) {
    case 'scale': {
      const range = c.scale ?? ctx.scale;
      const rubric = new Map<number, string>();
      for (const [level, text] of Object.entries(c.rubric ?? {})) rubric.set(Number(level), text);
      return {
        ...common,
        type: 'scale',
        min: range.min,
        max: range.max,
        rubric,
        must: c.must ? { kind: 'min', min: c.must.min } : undefined,
      };
    }
    case 'number':
      return {
        ...common,
        type: 'number',
        unit: c.unit,
        direction: c.direction ?? 'higher',
        min: c.min,
        max: c.max,
        scoring: numberScoring(c.scoring),
        must: c.must ? numberMust(c.must) : undefined,
      };
    case 'boolean':
      return { ...common, type: 'boolean', must: c.must ? { kind: 'true' } : undefined };
    case 'choice':
      return {
        ...common,
        type: 'choice',
        options: c.options.map((o) => ({ value: o.value, label: o.label, score: o.score })),
        must: c.must ? { kind: 'oneOf', values: c.must.oneOf } : undefined,
      };
    case 'multi': {
      const total = c.options.reduce((sum, o) => sum + o.points, 0);
      return {
        ...common,
        type: 'multi',
        options: c.options.map((o) => ({ value: o.value, label: o.label, points: o.points })),
        cap: c.cap ?? total,
        must: c.must ? { kind: 'includes', values: c.must.includes } : undefined,
      };
    }
    case 'cost':
      return {
        ...common,
        type: 'cost',
        scoring:
          c.scoring === undefined || c.scoring === 'lowest-price'
            ? { kind: 'lowest-price' }
            : 'relative' in c.scoring
              ? { kind: 'minmax' }
              : { kind: 'linear', worst: c.scoring.worst, best: c.scoring.best },
        must: c.must ? { kind: 'max', max: c.must.max } : undefined,
      };
    case 'pairwise':
      // a `comparisonsFile` is read by the loader, which fills `comparisons` and their origin
      return {
        ...common,
        type: 'pairwise',
        comparisons: (c.comparisons ?? []).map(([a, b, r]) => [a, b, r]),
        comparisonsFile: c.comparisonsFile,
        comparisonsOrigin: { file: ctx.file, path: [...at, 'comparisons'] },
        synthesis: c.synthesis ?? 'ideal',
        riTable: c.riTable ?? 'saaty',
        must: c.must ? { kind: 'min', min: c.must.min } : undefined,
      };
  }
}

function numberScoring(s: Extract<CriterionInput, { type: 'number' }>['scoring']): NumberScoring {
  if (s === undefined) return { kind: 'relative', relative: 'minmax', defaulted: true };
  if ('points' in s) return { kind: 'points', points: s.points.map(([x, u]) => [x, u]) };
  if ('relative' in s) return { kind: 'relative', relative: s.relative };
  return { kind: 'linear', worst: s.worst, best: s.best };
}

function numberMust(m: {
  min?: number | undefined;
  max?: number | undefined;
}): MustRule | undefined {
  if (m.min !== undefined && m.max !== undefined) return { kind: 'range', min: m.min, max: m.max };
  if (m.min !== undefined) return { kind: 'min', min: m.min };
  if (m.max !== undefined) return { kind: 'max', max: m.max };
  return undefined;
}

/**
 * A node's display name: its `name`, or its id when it has none. An empty `name: ""` counts as
 * none, as it does for a vendor, so no table column or heading is left blank.
 */
export function displayName(name: string | undefined, id: string): string {
  return name === undefined || name === '' ? id : name;
}
