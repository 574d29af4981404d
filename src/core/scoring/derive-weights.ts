import { failed, hasErrors, type Result } from '../issues.js';
import type { CriteriaSet, Vendor } from '../model/types.js';
import { evaluateVendors, performanceColumns, type VendorEvaluation } from './evaluate.js';
import { usesObjectiveWeighting } from './objective-weights.js';
import { validateWeightOverrides } from './weight-overrides.js';
import { computeWeights, type NodeWeight } from './weights.js';

/**
 * The effective weights of a set (`weights`, and every ranking): `--weights` overrides checked
 * and applied, entropy/CRITIC groups derived from the vendors' answers over the eligible
 * vendors. `vendors` is read only when the set weights a group by its data; without them such
 * a set is a `vendors-needed` issue. Warnings (a constant column) come with the weights.
 */
export function deriveWeights(
  set: CriteriaSet,
  vendors: readonly Vendor[] | undefined,
  overrides?: ReadonlyMap<string, number>,
): Result<Map<string, NodeWeight>> {
  const evaluations =
    vendors && usesObjectiveWeighting(set.root) ? evaluateVendors(set, vendors) : undefined;
  return weightsFromEvaluations(set, evaluations, overrides);
}

/** `deriveWeights` for vendors already evaluated (`rankVendors` evaluates once). */
export function weightsFromEvaluations(
  set: CriteriaSet,
  evaluations: readonly VendorEvaluation[] | undefined,
  overrides?: ReadonlyMap<string, number>,
): Result<Map<string, NodeWeight>> {
  const issues = validateWeightOverrides(set, overrides);
  if (hasErrors(issues)) return failed(issues);
  const performance =
    evaluations && usesObjectiveWeighting(set.root)
      ? performanceColumns(set, evaluations)
      : undefined;
  return computeWeights(set.root, overrides, performance);
}
