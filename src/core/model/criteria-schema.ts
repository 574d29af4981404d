import { idPattern } from './ids.js';
import { methodIds } from '../methods/index.js';
import { preferenceFunctionIds } from '../methods/preference-functions.js';
import * as z from 'zod';
import { monthIds } from './months.js';

/**
 * The criteria-set file as a user writes it. This is the single source of the TypeScript types
 * of a written set and of `schema/criteria.schema.json`. Cross-field rules (unique ids, weights
 * that cannot all be zero, include cycles) live in `io/criteria-rules.ts`, because JSON Schema
 * cannot express them.
 */

/** PROMETHEE II preference function of a criterion; q, p, s in the criterion's unit. */
export const preferenceSchema = z
  .strictObject({
    function: z.enum(preferenceFunctionIds),
    q: z.number().min(0).optional().meta({ description: 'indifference threshold' }),
    p: z.number().min(0).optional().meta({ description: 'strict preference threshold' }),
    s: z.number().positive().optional().meta({ description: 'gaussian inflection point' }),
  })
  .meta({ description: 'promethee2: how a difference on this criterion becomes a preference' });

/** A kebab-case identifier: lower-case letters and digits joined by single hyphens. */
export const idSchema = z
  .string()
  .regex(idPattern, { message: 'must be kebab-case (lower-case letters, digits and hyphens)' })
  .meta({ description: 'kebab-case identifier, unique within the set after includes' });

/** A relative weight as a point: siblings are normalised to sum to 1. Zero is allowed, negative is not. */
export const pointWeightSchema = z
  .number()
  .min(0)
  .meta({ description: 'relative weight; siblings are normalised to sum to 1 (default 1)' });

/**
 * A relative weight the committee gives as a range (SMAA-2 interval weights): every command
 * but `sensitivity` uses its middle, `sensitivity` draws within it. `min ≤ max` is checked by
 * the criteria rules, with the position of the key.
 */
export const weightRangeSchema = z
  .strictObject({
    min: z.number().min(0),
    max: z.number().min(0),
  })
  .meta({
    description:
      'relative weight as a range: rank uses the middle, sensitivity draws uniformly within it',
  });

/** A relative weight: a number, or `{ min, max }`. */
export const weightSchema = z.union([pointWeightSchema, weightRangeSchema]);

/** A weight as written: a number or a range. */
export type WeightInput = z.infer<typeof weightSchema>;

export const scaleRangeSchema = z
  .strictObject({
    min: z.number().int(),
    max: z.number().int(),
  })
  .meta({ description: 'integer range of scale answers' });

/** The method a set names; checked against `builtinMethods` by the criteria rules. */
export const methodNameSchema = z
  .string()
  .meta({ description: `decision method: ${methodIds().join(' | ')}` });

export const weightingMethodIds = ['direct', 'ahp', 'roc', 'swing', 'entropy', 'critic'] as const;
export const riTableIds = ['saaty', 'donegan-dodd', 'alonso-lamata'] as const;

/** An AHP ratio: a number or a fraction string such as "1/3". */
export const ahpRatioSchema = z.union([
  z.number(),
  z.string().regex(/^\s*\d+(\.\d+)?\s*(\/\s*\d+(\.\d+)?\s*)?$/, {
    message: 'must be a number or a fraction such as "1/3"',
  }),
]);

export const weightingSchema = z
  .strictObject({
    method: z.enum(weightingMethodIds),
    comparisons: z
      .array(z.tuple([idSchema, idSchema, ahpRatioSchema]))
      .optional()
      .meta({ description: 'ahp: [a, b, r] means a is r times as important as b (1/9..9)' }),
    riTable: z.enum(riTableIds).optional(),
    order: z
      .array(idSchema)
      .optional()
      .meta({ description: 'roc: the children, most important first' }),
    points: z
      .record(z.string(), z.number())
      .optional()
      .meta({ description: 'swing: points 0–100 per child, the most important swing 100' }),
  })
  .meta({ description: "derive the children's weights instead of using their `weight`" });

const criterionBase = {
  id: idSchema,
  name: z.string().optional(),
  question: z.string().optional().meta({ description: 'the text asked in the questionnaire' }),
  help: z.string().optional(),
  weight: weightSchema.optional(),
  preference: preferenceSchema.optional(),
  evidence: z
    .enum(['required', 'optional'])
    .optional()
    .meta({ description: 'required: an answer must cite its source' }),
};

const scaleCriterionSchema = z.strictObject({
  ...criterionBase,
  type: z.literal('scale'),
  scale: scaleRangeSchema.optional(),
  rubric: z
    .record(z.string(), z.string())
    .optional()
    .meta({ description: 'what each level of the scale means, keyed by level' }),
  must: z.strictObject({ min: z.number() }).optional(),
});

const piecewisePointsSchema = z
  .array(z.tuple([z.number(), z.number().min(0).max(1)]))
  .min(2)
  .meta({ description: 'piecewise-linear [value, utility] pairs, values strictly increasing' });

export const relativeScoringIds = ['ratio', 'minmax', 'sum'] as const;

const numberScoringSchema = z.union([
  z.strictObject({ worst: z.number(), best: z.number() }),
  z.strictObject({ points: piecewisePointsSchema }),
  z.strictObject({ relative: z.enum(relativeScoringIds) }),
]);

const numberCriterionSchema = z.strictObject({
  ...criterionBase,
  type: z.literal('number'),
  unit: z.string().optional(),
  direction: z.enum(['higher', 'lower']).optional().meta({ description: 'default higher' }),
  min: z.number().optional().meta({ description: 'smallest value an answer may take' }),
  max: z.number().optional().meta({ description: 'largest value an answer may take' }),
  scoring: numberScoringSchema.optional(),
  must: z.strictObject({ min: z.number().optional(), max: z.number().optional() }).optional(),
});

const booleanCriterionSchema = z.strictObject({
  ...criterionBase,
  type: z.literal('boolean'),
  must: z.literal(true).optional(),
});

const optionValueSchema = z.union([z.string(), z.number(), z.boolean()]);

const choiceCriterionSchema = z.strictObject({
  ...criterionBase,
  type: z.literal('choice'),
  options: z
    .array(
      z.strictObject({
        value: optionValueSchema,
        label: z.string().optional(),
        score: z.number().min(0),
      }),
    )
    .min(1),
  must: z.strictObject({ oneOf: z.array(optionValueSchema).min(1) }).optional(),
});

const multiCriterionSchema = z.strictObject({
  ...criterionBase,
  type: z.literal('multi'),
  options: z
    .array(
      z.strictObject({
        value: optionValueSchema,
        label: z.string().optional(),
        points: z.number().min(0),
      }),
    )
    .min(1),
  cap: z.number().positive().optional().meta({ description: 'points for full marks' }),
  must: z.strictObject({ includes: z.array(optionValueSchema).min(1) }).optional(),
});

const costCriterionSchema = z.strictObject({
  ...criterionBase,
  type: z.literal('cost'),
  scoring: z
    .union([
      z.literal('lowest-price'),
      z.strictObject({ worst: z.number(), best: z.number() }),
      z.strictObject({ relative: z.literal('minmax') }),
    ])
    .optional()
    .meta({
      description:
        'lowest-price (lowest cost ÷ this cost, the default), { worst, best } (a budget ceiling and floor), or { relative: minmax }',
    }),
  must: z
    .strictObject({ max: z.number() })
    .optional()
    .meta({ description: 'knock-out: the contract cost must be at most this' }),
});

/** How a `pairwise` criterion turns its eigenvector into utilities. */
export const synthesisIds = ['ideal', 'distributive'] as const;

const pairwiseCriterionSchema = z.strictObject({
  ...criterionBase,
  type: z.literal('pairwise'),
  comparisons: z
    .array(z.tuple([idSchema, idSchema, ahpRatioSchema]))
    .optional()
    .meta({ description: '[vendor-a, vendor-b, r]: vendor-a is r times as good as vendor-b' }),
  comparisonsFile: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'a YAML file of comparisons, relative to this file' }),
  synthesis: z.enum(synthesisIds).optional().meta({
    description: 'ideal (default): divided by the largest entry; distributive: sums to 1',
  }),
  riTable: z.enum(riTableIds).optional(),
  must: z.strictObject({ min: z.number().min(0).max(1) }).optional(),
});

export const criterionSchema = z.discriminatedUnion('type', [
  scaleCriterionSchema,
  numberCriterionSchema,
  booleanCriterionSchema,
  choiceCriterionSchema,
  multiCriterionSchema,
  costCriterionSchema,
  pairwiseCriterionSchema,
]);

/** A `when` condition's test: the answer required, or a `must` form over the answer. */
const conditionSchema = z.union([
  optionValueSchema,
  z.strictObject({
    min: z.number().optional(),
    max: z.number().optional(),
    oneOf: z.array(optionValueSchema).optional(),
    includes: z.array(optionValueSchema).optional(),
  }),
]);

/** A knock-out rule over several criteria (set or category level). */
export const requirementSchema = z
  .strictObject({
    name: z.string().min(1).meta({ description: 'shown with every knock-out the rule causes' }),
    anyOf: z
      .array(idSchema)
      .optional()
      .meta({ description: 'at least one of these criteria passes (its `must`, or true)' }),
    allOf: z.array(idSchema).optional().meta({ description: 'each of these criteria passes' }),
    when: z
      .record(z.string(), conditionSchema)
      .optional()
      .meta({ description: 'criterion id → required answer or `must` form; all must match' }),
    then: z
      .array(idSchema)
      .optional()
      .meta({ description: 'each passes when the `when` conditions are met (or unanswered)' }),
  })
  .meta({ description: 'a knock-out rule across criteria: anyOf, allOf, or when … then' });

/** A category: a weighted group of criteria and/or sub-categories, nested to any depth. */
export interface CategoryInput {
  id: string;
  name?: string | undefined;
  description?: string | undefined;
  weight?: WeightInput | undefined;
  weighting?: z.infer<typeof weightingSchema> | undefined;
  categories?: CategoryInput[] | undefined;
  criteria?: z.infer<typeof criterionSchema>[] | undefined;
  requires?: z.infer<typeof requirementSchema>[] | undefined;
}

export const categorySchema: z.ZodType<CategoryInput> = z.lazy(() =>
  z.strictObject({
    id: idSchema,
    name: z.string().optional(),
    description: z.string().optional(),
    weight: weightSchema.optional(),
    weighting: weightingSchema.optional(),
    categories: z.array(categorySchema).optional(),
    criteria: z.array(criterionSchema).optional(),
    requires: z.array(requirementSchema).optional(),
  }),
);

export const includeSchema = z.strictObject({
  set: z
    .string()
    .min(1)
    .meta({ description: 'a path relative to this file, or a built-in set id' }),
  weight: weightSchema.optional(),
});

export const serviceLevelSchema = z.strictObject({
  percent: z.number().gt(0).max(100),
  seconds: z.number().min(0),
});

export const demandChannelSchema = z.strictObject({
  live: z.boolean().optional(),
  contactsPerMonth: z.number().min(0),
  ahtSeconds: z.number().positive(),
  openHoursPerMonth: z.number().positive().optional(),
  hours: z
    .strictObject({
      perDay: z.number().positive().max(24),
      daysPerWeek: z.number().positive().max(7),
    })
    .optional(),
  serviceLevel: serviceLevelSchema.optional(),
  concurrency: z.number().positive().optional(),
  peakFactor: z.number().positive().optional(),
  intervalMinutes: z.number().positive().optional(),
  staffing: z
    .enum(['erlang-c', 'erlang-a'])
    .optional()
    .meta({ description: 'live channels: erlang-c (default), or erlang-a with patienceSeconds' }),
  patienceSeconds: z
    .number()
    .positive()
    .optional()
    .meta({ description: 'erlang-a: how long callers wait on average before hanging up' }),
  intraday: z.array(z.number().min(0)).min(1).optional().meta({
    description:
      "share of a day's contacts in each interval of the open day (with `hours`; they sum to 1)",
  }),
});

export const demandSchema = z
  .strictObject({
    currency: z.string().optional(),
    contractMonths: z.number().int().positive().optional(),
    shrinkage: z.number().min(0).lt(1).optional(),
    maxOccupancy: z.number().gt(0).max(1).optional(),
    fteHoursPerMonth: z.number().positive().optional(),
    resolutionRate: z.number().gt(0).max(1).optional(),
    exchangeRates: z.record(z.string(), z.number().positive()).optional(),
    channels: z.record(z.string(), demandChannelSchema).optional(),
    seasonality: z
      .partialRecord(z.enum(monthIds), z.number().positive())
      .optional()
      .meta({ description: 'volume factor per calendar month (1 when not given)' }),
    startMonth: z
      .enum(monthIds)
      .optional()
      .meta({ description: "the contract's first calendar month (default jan)" }),
    repeatContacts: z.strictObject({ fromCriterion: idSchema }).optional().meta({
      description:
        'contacts are issues; each vendor handles issues ÷ its first-contact-resolution answer (a percent criterion)',
    }),
    abnormallyLowBelow: z.number().gt(0).lt(1).optional().meta({
      description:
        'a bid whose contract cost is below this share of the median bid is flagged as abnormally low (default 0.7)',
    }),
  })
  .meta({ description: "the buyer's volume profile, used by `cost` criteria" });

/** A criteria-set file as written. */
export const criteriaSetSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: idSchema,
    name: z.string().optional(),
    version: z.union([z.number(), z.string()]).optional(),
    description: z.string().optional(),
    scale: scaleRangeSchema.optional(),
    method: methodNameSchema.optional(),
    methodOptions: z.record(z.string(), z.unknown()).optional(),
    weighting: weightingSchema.optional(),
    include: z.array(includeSchema).optional(),
    demand: demandSchema.optional(),
    categories: z.array(categorySchema).optional(),
    criteria: z.array(criterionSchema).optional(),
    requires: z.array(requirementSchema).optional(),
  })
  .meta({ title: 'vendor-eval criteria set' });

export type CriteriaSetInput = z.infer<typeof criteriaSetSchema>;
export type CriterionInput = z.infer<typeof criterionSchema>;
export type WeightingInput = z.infer<typeof weightingSchema>;
export type DemandInput = z.infer<typeof demandSchema>;
export type OptionValue = z.infer<typeof optionValueSchema>;
export type RequirementInput = z.infer<typeof requirementSchema>;
export type PreferenceInput = z.infer<typeof preferenceSchema>;
