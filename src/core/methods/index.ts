import type * as z from 'zod';
import type { Issue } from '../issues.js';
import { didYouMean } from '../suggest.js';
import type { DecisionMethod, MethodExplanation } from './types.js';
import { optionsOf } from './options.js';
import { weightedSum } from './weighted-sum.js';
import { promethee2 } from './promethee2.js';
import { weightedProduct } from './weighted-product.js';
import { topsis } from './topsis.js';
import { vikor } from './vikor.js';
import { waspas } from './waspas.js';

/** The method of a set that names none (SPEC: weighted-sum is the default). */
export const defaultMethodId = weightedSum.id;

/**
 * Every decision method, by id: the one list of method ids. Adding a method is one file and one
 * line here.
 */
export const builtinMethods: readonly DecisionMethod[] = [
  weightedSum,
  weightedProduct,
  topsis,
  vikor,
  promethee2,
  waspas,
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
 * How `methodId` explains its scores (`DecisionMethod.explanation`); a ranking always names a
 * built method, and an unknown id falls back to the default method's.
 */
export function explanationOf(methodId: string): MethodExplanation {
  return (findMethod(methodId) ?? weightedSum).explanation;
}

/**
 * The options `method` runs with for `set`, parsed by the method's schema with its defaults
 * filled: the set's `methodOptions` belong to the set's own `method`; another method (named by
 * `-m` or `--all-methods`) runs with its defaults. Never throws (the set was validated when it
 * was loaded; options that do not parse anyway give the defaults).
 */
export function resolveMethodOptions(
  method: DecisionMethod,
  set: { method: string; methodOptions: Record<string, unknown> },
): Record<string, unknown> {
  return optionsOf(
    method.options,
    method.defaults,
    method.id === set.method ? set.methodOptions : {},
  );
}

/** The option keys a method accepts, from its schema. */
export function optionNames(method: DecisionMethod): string[] {
  return Object.keys(method.options.shape);
}

/** What an option allows, from its schema's description. */
function allowed(method: DecisionMethod, key: string): string {
  const schema = method.options.shape[key] as z.ZodType | undefined;
  return schema?.meta()?.description ?? 'a valid value';
}

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

/**
 * The problems of `raw` as the `methodOptions` of `methodId`, each an `invalid-method-option`
 * error at its key path under `basePath` in `file`: an unknown or misspelt option (with a
 * did-you-mean hint, or the options the method accepts), a value of the wrong type or range
 * (saying what is allowed). An unknown method has nothing to check here (`unknown-method` says
 * so); absent options are fine.
 */
export function validateMethodOptions(
  methodId: string,
  raw: unknown,
  file: string,
  basePath: (string | number)[] = ['methodOptions'],
): Issue[] {
  const method = findMethod(methodId);
  if (!method || raw === undefined) return [];
  const issue = (
    path: (string | number)[],
    message: string,
    hint?: string,
    atKey?: boolean,
  ): Issue => ({
    severity: 'error',
    rule: 'invalid-method-option',
    message,
    ...(hint === undefined ? {} : { hint }),
    file,
    path: [...basePath, ...path],
    ...(atKey ? { atKey } : {}),
  });
  const accepted = optionNames(method);
  const acceptedHint =
    accepted.length > 0
      ? `${method.id} accepts: ${accepted.join(', ')}`
      : `${method.id} takes no options`;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return [issue([], `methodOptions must be a mapping of option names to values`, acceptedHint)];
  }
  const parsed = method.options.safeParse(raw);
  if (parsed.success) return [];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const problem of parsed.error.issues) {
    if (problem.code === 'unrecognized_keys') {
      for (const key of problem.keys) {
        issues.push(
          issue(
            [key],
            `unknown ${method.name} option "${key}"`,
            didYouMean(key, accepted) ?? acceptedHint,
            true,
          ),
        );
      }
      continue;
    }
    const key = String(problem.path[0] ?? '');
    if (seen.has(key)) continue;
    seen.add(key);
    const value = (raw as Record<string, unknown>)[key];
    const hint =
      problem.code === 'invalid_value' && typeof value === 'string'
        ? didYouMean(
            value,
            problem.values.map((v) => String(v)),
          )
        : undefined;
    issues.push(
      issue(
        [key],
        `${method.name} option ${key} must be ${allowed(method, key)}; found ${show(value)}`,
        hint,
      ),
    );
  }
  return issues;
}
