import type { DecisionMethod } from './types.js';
import { weightedSum } from './weighted-sum.js';
import { promethee2 } from './promethee2.js';
import { weightedProduct } from './weighted-product.js';
import { topsis } from './topsis.js';
import { vikor } from './vikor.js';

/** Every decision method, by id. Adding a method is one file and one line here. */
export const builtinMethods: readonly DecisionMethod[] = [
  weightedSum,
  weightedProduct,
  topsis,
  vikor,
  promethee2,
];

/** Ids of the available methods. */
export function methodIds(): string[] {
  return builtinMethods.map((m) => m.id);
}

/** The method with this id, or undefined. */
export function findMethod(id: string): DecisionMethod | undefined {
  return builtinMethods.find((m) => m.id === id);
}

export type { DecisionMethod } from './types.js';

/**
 * The options `method` runs with for `set`: the set's `methodOptions` belong to the set's own
 * `method`; another method (named by `-m` or `--all-methods`) runs with its defaults.
 */
export function resolveMethodOptions(
  method: DecisionMethod,
  set: { method: string; methodOptions: Record<string, unknown> },
): Record<string, unknown> {
  return method.id === set.method ? set.methodOptions : {};
}
