import * as z from 'zod';
import { idSchema } from './criteria-schema.js';
import { pricingModelIds } from './pricing-models.js';

/**
 * The vendor file as a user writes it: the single source of `schema/vendor.schema.json`.
 * Whether each answer fits its criterion is checked against the criteria set in
 * `io/vendor-rules.ts`, since the schema cannot know the set.
 */

/** An answer as written: a bare value, or `{ value, evidence, note }`. */
export const answerObjectSchema = z.strictObject({
  value: z.unknown().meta({
    description:
      'the answer; its type follows the criterion (number and scale: also { min, max } or { low, mode, high })',
  }),
  evidence: z
    .string()
    .optional()
    .meta({ description: 'where the answer comes from (document, date, page)' }),
  note: z.string().optional(),
});

/**
 * One moderated value: what the panel agreed for a criterion after discussing the evaluators'
 * answers. It replaces their combination in scoring (and knock-outs); `value` is checked
 * against the criterion exactly as an answer is (`io/moderation-rules.ts`).
 */
export const moderationSchema = z
  .strictObject({
    value: z.unknown().meta({ description: "the agreed value; its type follows the criterion's" }),
    rationale: z.string().min(1).meta({ description: 'why the panel agreed this value' }),
    by: z.string().min(1).meta({ description: 'who moderated (a name or a role)' }),
    date: z.string().optional().meta({ description: 'when it was agreed, e.g. 2026-03-14' }),
  })
  .meta({ description: 'the agreed value, why, and who moderated' });

export const volumeTierSchema = z.strictObject({
  upTo: z.number().positive().optional(),
  rate: z.number().min(0),
});

export const pricingSchema = z
  .strictObject({
    model: z.enum(pricingModelIds),
    currency: z.string().optional(),
    rates: z.record(z.string(), z.number().min(0)).optional(),
    tiers: z.record(z.string(), z.array(volumeTierSchema).min(1)).optional(),
    setupFee: z.number().min(0).optional(),
    monthlyMinimum: z.number().min(0).optional(),
    monthlyFees: z.record(z.string(), z.number().min(0)).optional(),
    annualIncrease: z.number().min(0).optional(),
    resolutionRate: z.number().gt(0).max(1).optional(),
    base: z.number().min(0).optional(),
    hoursBilled: z.enum(['paid', 'logged-in']).optional().meta({
      description:
        'per-hour: the hours billed, paid (FTE × fteHoursPerMonth, shrinkage included; the default) or logged-in (agent hours on the phones, before shrinkage)',
    }),
    variable: z.enum(pricingModelIds).exclude(['hybrid']).optional(),
  })
  .meta({ description: "the vendor's price offer, turned into cost by the set's demand" });

export const vendorFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    vendor: idSchema.optional().meta({ description: 'id; defaults to the file name' }),
    name: z.string().optional(),
    evaluator: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'who scored; files of one vendor by different evaluators merge' }),
    profile: z
      .record(z.string(), z.unknown())
      .optional()
      .meta({ description: 'free-form facts shown in reports' }),
    answers: z
      .record(z.string(), z.unknown())
      .nullable()
      .optional()
      .meta({ description: 'criterion id → bare value or { value, evidence, note }' }),
    pricing: pricingSchema.optional(),
    moderated: z.record(z.string(), moderationSchema).optional().meta({
      description:
        "criterion id → the panel's agreed { value, rationale, by, date }; overrides the evaluators' answers",
    }),
  })
  .meta({ title: 'vendor-eval vendor file' });

export type VendorFileInput = z.infer<typeof vendorFileSchema>;
export type PricingInput = z.infer<typeof pricingSchema>;
