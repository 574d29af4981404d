import type * as z from 'zod';

/** A plain object (as YAML or a literal gives) with no keys of its own. */
function isEmptyObject(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype &&
    Reflect.ownKeys(value).length === 0
  );
}

/** `value` is a plain object with exactly the keys of `flat`, each holding the same value. */
function sameAs(value: unknown, flat: Readonly<Record<string, unknown>>): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  const keys = Object.keys(flat);
  if (Reflect.ownKeys(value).length !== keys.length) return false;
  return keys.every(
    (key) =>
      Object.prototype.propertyIsEnumerable.call(value, key) &&
      Object.is((value as Record<string, unknown>)[key], flat[key]),
  );
}

/**
 * The options a method runs with: `raw` parsed by the method's schema, defaults filled. Options
 * that do not parse (only possible when a caller bypasses `resolveMethodOptions`, as the set was
 * validated when it was loaded) give the defaults: a method never throws on its options.
 *
 * No options (`raw` absent or `{}`), or the defaults themselves (what a method is given back by
 * `resolveMethodOptions`), give a fresh copy of `defaults` without making the schema (a
 * function, so that it is made on first use), so a normal run never loads zod (issue 16). `defaults` is what the schema parses `{}` to, and parses itself to,
 * keys in the same order: tests/core/methods/defaults.test.ts holds that for every method.
 */
export function optionsOf<S extends z.ZodObject>(
  schema: () => S,
  defaults: Readonly<z.output<S>>,
  raw: unknown,
): z.output<S> {
  const copy = (): z.output<S> => ({ ...defaults }) as z.output<S>;
  if (raw === undefined || raw === null || isEmptyObject(raw) || sameAs(raw, defaults))
    return copy();
  const parsed = schema().safeParse(raw);
  return parsed.success ? parsed.data : copy();
}
