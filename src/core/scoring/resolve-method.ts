import { failed, ok, type Result } from '../issues.js';
import { findMethod, methodIds, plannedMethodIds, type DecisionMethod } from '../methods/index.js';
import { didYouMean } from '../suggest.js';

/**
 * The decision method with this id (from `-m`, the project file or the set), or an
 * `unknown-method-name` issue: a documented method not built yet says so, any other name gets a
 * did-you-mean among the built ones and the documented ones alike.
 */
export function resolveMethod(id: string): Result<DecisionMethod> {
  const method = findMethod(id);
  if (method) return ok(method);
  const available = `available: ${methodIds().join(', ')}`;
  const planned = (plannedMethodIds as readonly string[]).includes(id);
  return failed([
    {
      severity: 'error',
      rule: 'unknown-method-name',
      message: planned
        ? `decision method "${id}" is documented but not built in this version of vendor-eval`
        : `unknown decision method "${id}"`,
      hint: planned
        ? available
        : (didYouMean(id, [...methodIds(), ...plannedMethodIds]) ?? available),
    },
  ]);
}
