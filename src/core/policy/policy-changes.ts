import type { Policy } from '../model/config-schema.js';

/**
 * The policy's rules in the schema's order (`policySchema`, config-schema.ts), written out so that
 * comparing two policies does not load the schema and zod (a test holds the two equal).
 */
export const policyKeys: readonly (keyof Policy)[] = [
  'selected',
  'minScore',
  'requireEligible',
  'requireTop',
  'maxMissing',
  'requireEvidence',
  'maxMonthlyCost',
  'maxConsistencyRatio',
  'minRobustness',
];

/** A policy value as the project file writes it: `80`, `true`, `acme`, `[a, b]`. */
function valueText(value: Policy[keyof Policy]): string {
  if (value === undefined) return 'not set';
  return Array.isArray(value) ? `[${value.join(', ')}]` : String(value);
}

/**
 * The policy rules a change set, removed or changed, one line each in the schema's order:
 * `policy minScore: 80 → 85`. A pull request that lowers a bar so the selected vendor passes is
 * what a reviewer most needs to see, and it moves no score, rank, weight or answer.
 */
export function policyChanges(before: Policy | undefined, after: Policy | undefined): string[] {
  return policyKeys.flatMap((key) => {
    const [was, is] = [valueText(before?.[key]), valueText(after?.[key])];
    return was === is ? [] : [`policy ${key}: ${was} → ${is}`];
  });
}
