import { failed, ok, type Result } from '../issues.js';
import { findMethod, methodIds, type DecisionMethod } from '../methods/index.js';
import { didYouMean } from '../suggest.js';

/**
 * The decision method with this id (from `-m`, the project file or the set), or an
 * `unknown-method-name` issue with a did-you-mean among the built methods.
 */
export function resolveMethod(id: string): Result<DecisionMethod> {
  const method = findMethod(id);
  if (method) return ok(method);
  const available = `available: ${methodIds().join(', ')}`;
  return failed([
    {
      severity: 'error',
      rule: 'unknown-method-name',
      message: `unknown decision method "${id}"`,
      hint: didYouMean(id, methodIds()) ?? available,
    },
  ]);
}
