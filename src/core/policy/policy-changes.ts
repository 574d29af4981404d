import type { Policy } from '../model/config-schema.js';
import { policySchema } from '../model/config-schema.js';

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
  const keys = Object.keys(policySchema.shape) as (keyof Policy)[];
  return keys.flatMap((key) => {
    const [was, is] = [valueText(before?.[key]), valueText(after?.[key])];
    return was === is ? [] : [`policy ${key}: ${was} → ${is}`];
  });
}
