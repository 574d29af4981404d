/**
 * Building blocks of the zod-free document checks (`vendor-shape.ts`, `config-shape.ts`). Each
 * mirrors one zod 4 schema exactly as zod's parser behaves (zod/v4/core/schemas.js), not as its
 * documentation sums it up: for a value zod accepts it returns what zod's parse returns (a fresh
 * object or array where zod builds one, the value itself otherwise), and `refused` for a value
 * zod rejects. Why: a run whose files are valid then never loads or calls zod (issue 16); the
 * property tests in tests/core/model/ prove each document check equal to its schema.
 */

/** What a check returns for a value its zod schema rejects. */
export const refused: unique symbol = Symbol('refused');

/** A check's result: zod's output for the value, or `refused`. */
export type Shaped<T> = T | typeof refused;

/** Mirrors one zod schema: zod's output for `value`, or `refused` where zod reports an issue. */
export type Check<T> = (value: unknown) => Shaped<T>;

/** A key of an object schema that may be left out (`.optional()`). */
interface OptionalField {
  optional: Check<unknown>;
}

/** A key of an object schema: a bare check is a required key. */
export type Field = Check<unknown> | OptionalField;

/** zod's `isObject`: an object schema takes any non-null, non-array object (a Date, a Map too). */
function isZodObject(value: unknown): value is Record<PropertyKey, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * zod's `isPlainObject`, which a record schema requires: an object whose constructor is absent
 * or not a function (a null prototype, or an own `constructor` key), or a function whose
 * prototype has its own `isPrototypeOf` (Object); a class instance, a Date or a Map is refused.
 */
function isZodPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (!isZodObject(value)) return false;
  const ctor: unknown = value.constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const prototype: unknown = (ctor as { prototype?: unknown }).prototype;
  return isZodObject(prototype) && Object.prototype.hasOwnProperty.call(prototype, 'isPrototypeOf');
}

/** `z.unknown()`: anything, undefined included (a required key must still be present). */
export const anything: Check<unknown> = (value) => value;

/** `z.string()`. */
export const string: Check<string> = (value) => (typeof value === 'string' ? value : refused);

/** `z.string().min(1)`: at least one UTF-16 code unit, as zod counts `length`. */
export const nonEmptyString: Check<string> = (value) =>
  typeof value === 'string' && value.length >= 1 ? value : refused;

/** `z.string().regex(pattern)`. */
export function stringMatching(pattern: RegExp): Check<string> {
  return (value) => {
    if (typeof value !== 'string') return refused;
    // zod resets lastIndex before testing, so a global pattern behaves as a plain one
    pattern.lastIndex = 0;
    return pattern.test(value) ? value : refused;
  };
}

/** `z.boolean()`. */
export const boolean: Check<boolean> = (value) => (typeof value === 'boolean' ? value : refused);

/**
 * `z.number()` with its checks (`.min`, `.max`, `.gt`, `.positive`, `.int` as `test`): zod
 * refuses NaN and ±Infinity before any check runs.
 */
export function numberWhere(test: (n: number) => boolean = () => true): Check<number> {
  return (value) =>
    typeof value === 'number' && Number.isFinite(value) && test(value) ? value : refused;
}

/** `z.enum(values)`. */
export function oneOf<const T extends string>(values: readonly T[]): Check<T> {
  const allowed = new Set<unknown>(values);
  return (value) => (allowed.has(value) ? (value as T) : refused);
}

/** `.optional()` as a key of an object schema (`optional`): undefined stays undefined. */
export function optional(check: Check<unknown>): OptionalField {
  return { optional: (value) => (value === undefined ? undefined : check(value)) };
}

/** `.nullable()`. */
export function nullable<T>(check: Check<T>): Check<T | null> {
  return (value) => (value === null ? null : check(value));
}

/** `z.union(options)`: the first option that accepts the value gives the output. */
export function union<T>(...options: readonly Check<T>[]): Check<T> {
  return (value) => {
    for (const option of options) {
      const out = option(value);
      if (out !== refused) return out;
    }
    return refused;
  };
}

/**
 * `z.array(element).min(minLength)`: a fresh dense array; a hole is read as undefined, as zod
 * reads `input[i]`.
 */
export function arrayOf<T>(element: Check<T>, minLength = 0): Check<T[]> {
  return (value) => {
    if (!Array.isArray(value) || value.length < minLength) return refused;
    const out: T[] = new Array<T>(value.length);
    for (let i = 0; i < value.length; i++) {
      const item = element(value[i]);
      if (item === refused) return refused;
      out[i] = item;
    }
    return out;
  };
}

/**
 * `z.record(z.string(), valueCheck)`: a plain object (see `isZodPlainObject`) whose own
 * enumerable keys are copied in own-key order. An own `__proto__` key is skipped unchecked and
 * left out of the output; an enumerable symbol key is refused (not a string); inherited and
 * non-enumerable keys are ignored.
 */
export function recordOf<T>(valueCheck: Check<T>): Check<Record<string, T>> {
  return (value) => {
    if (!isZodPlainObject(value)) return refused;
    const out: Record<string, T> = {};
    for (const key of Reflect.ownKeys(value)) {
      if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(value, key)) continue;
      if (typeof key === 'symbol') return refused;
      const item = valueCheck(value[key]);
      if (item === refused) return refused;
      out[key] = item;
    }
    return out;
  };
}

/**
 * `z.strictObject(fields)`. Every key of the schema is read as zod reads it, `key in value` and
 * `value[key]`, so an inherited key counts as present; the output has the schema's keys in the
 * schema's order (an optional key present as undefined is kept, an absent one is not). Unknown
 * keys are those `for…in` lists: own and inherited enumerable string keys, an own `__proto__`
 * too; symbol and non-enumerable keys are ignored.
 */
export function strictObject<T extends object>(fields: Readonly<Record<string, Field>>): Check<T> {
  const entries = Object.entries(fields);
  const known = new Set(Object.keys(fields));
  return (value) => {
    if (!isZodObject(value)) return refused;
    const out: Record<string, unknown> = {};
    for (const [key, field] of entries) {
      const present = key in value;
      if (typeof field === 'function') {
        const item = field(value[key]);
        if (item === refused || !present) return refused;
        out[key] = item;
        continue;
      }
      if (!present) continue;
      const item = field.optional(value[key]);
      if (item === refused) return refused;
      out[key] = item;
    }
    for (const key in value) if (!known.has(key)) return refused;
    // the fields mirror T's schema key for key: the property tests hold the two equal
    return out as T;
  };
}
