import type { z } from 'zod';
import type { KnownKeys } from './shape-issues.js';

type Schema = z.core.$ZodType;
type Path = readonly (string | number)[];

/** The parts of a zod 4 schema definition the walker reads. */
interface Def {
  type: string;
  innerType?: Schema;
  getter?: () => Schema;
  in?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  items?: Schema[];
  valueType?: Schema;
  options?: Schema[];
  discriminator?: string;
  values?: unknown[];
}

const defOf = (schema: Schema): Def => schema._zod.def;

/** Wrappers whose inner schema describes the same value. */
const wrappers = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch']);

/** Strips optional/nullable/default/lazy/pipe until a schema that describes a shape. */
function unwrap(schema: Schema): Schema {
  let current = schema;
  for (let i = 0; i < 50; i++) {
    const def = defOf(current);
    if (wrappers.has(def.type) || def.type === 'nonoptional') current = def.innerType ?? current;
    else if (def.type === 'lazy' && def.getter) current = def.getter();
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
  return current;
}

function child(data: unknown, segment: string | number): unknown {
  if (data === null || typeof data !== 'object') return undefined;
  return Object.hasOwn(data, segment)
    ? (data as Record<string | number, unknown>)[segment]
    : undefined;
}

/**
 * The members of a union that apply to `data`: for a union discriminated on a key, the member
 * whose literal matches the data's value there (all members when none matches).
 */
function members(def: Def, data: unknown): Schema[] {
  const options = def.options ?? [];
  if (!def.discriminator) return options;
  const value = child(data, def.discriminator);
  const matching = options.filter((option) => {
    const field = defOf(unwrap(option)).shape?.[def.discriminator as string];
    return field !== undefined && (defOf(unwrap(field)).values ?? []).includes(value);
  });
  return matching.length > 0 ? matching : options;
}

/** The object schemas that describe the value at `path` of `data` under `schema`. */
function objectsAt(schema: Schema, path: Path, data: unknown, depth = 0): Schema[] {
  if (depth > 100) return [];
  const s = unwrap(schema);
  const def = defOf(s);
  if (def.type === 'union') {
    return members(def, data).flatMap((m) => objectsAt(m, path, data, depth + 1));
  }
  if (path.length === 0) return def.type === 'object' ? [s] : [];
  const [segment, ...rest] = path as [string | number, ...(string | number)[]];
  const next = child(data, segment);
  switch (def.type) {
    case 'object': {
      const field = def.shape?.[String(segment)];
      return field ? objectsAt(field, rest, next, depth + 1) : [];
    }
    case 'array':
      return def.element ? objectsAt(def.element, rest, next, depth + 1) : [];
    case 'tuple': {
      const item = typeof segment === 'number' ? def.items?.[segment] : undefined;
      return item ? objectsAt(item, rest, next, depth + 1) : [];
    }
    case 'record':
      return def.valueType ? objectsAt(def.valueType, rest, next, depth + 1) : [];
    default:
      return [];
  }
}

/**
 * The keys a file kind allows on the object at `path` of `data`, read from its zod schema: the
 * schema is the single source of the allowed keys, so did-you-mean hints follow it.
 */
export function schemaKeysAt(schema: Schema, path: Path, data: unknown): string[] {
  const keys = objectsAt(schema, path, data).flatMap((o) => Object.keys(defOf(o).shape ?? {}));
  return [...new Set(keys)];
}

/** A `KnownKeys` lookup for `shapeIssues`, derived from a file kind's schema. */
export function knownKeysOf(schema: Schema): KnownKeys {
  return (path, data) => schemaKeysAt(schema, path, data);
}
