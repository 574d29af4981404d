import type { DecisionMethod } from './types.js';
import { weightedSum } from './weighted-sum.js';

/** Every decision method, by id. Adding a method is one file and one line here. */
export const builtinMethods: readonly DecisionMethod[] = [weightedSum];

/** Ids of the available methods. */
export function methodIds(): string[] {
  return builtinMethods.map((m) => m.id);
}

/** The method with this id, or undefined. */
export function findMethod(id: string): DecisionMethod | undefined {
  return builtinMethods.find((m) => m.id === id);
}

export type { DecisionMethod } from './types.js';
