import * as z from 'zod';
import { idSchema } from './criteria-schema.js';

/** The `policy` block of `vendor-eval.config.yaml`: the rules `check` gates a decision on. */
export const policySchema = z
  .strictObject({
    // a vendor id: kebab-case, so it can never carry a line break or a CI workflow command
    selected: idSchema.optional().meta({ description: 'the vendor the team intends to award' }),
    minScore: z.number().min(0).max(100).optional(),
    requireEligible: z.boolean().optional(),
    requireTop: z.boolean().optional(),
    maxMissing: z.number().int().min(0).optional(),
    requireEvidence: z
      .union([z.boolean(), z.array(z.string())])
      .optional()
      .meta({
        description:
          'true: every answer to a criterion with `evidence: required` cites a source; a list of criterion ids: those criteria too',
      }),
    maxMonthlyCost: z.number().min(0).optional(),
    maxConsistencyRatio: z.number().min(0).optional(),
    minRobustness: z.number().min(0).max(1).optional(),
  })
  .meta({ description: 'rules `vendor-eval check` evaluates' });

/** The policy as parsed. */
export type Policy = z.infer<typeof policySchema>;

/** `vendor-eval.config.yaml`: the project's defaults and its policy. */
export const configFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    criteria: z.string().optional().meta({ description: 'criteria-set file or built-in id' }),
    vendors: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .meta({ description: 'vendor files or folders' }),
    method: z.string().optional(),
    policy: policySchema.optional(),
  })
  .meta({ title: 'vendor-eval project configuration and policy' });

export type ConfigFileInput = z.infer<typeof configFileSchema>;
