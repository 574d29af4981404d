import type * as z from 'zod';

/**
 * The options a method runs with: `raw` parsed by the method's schema, defaults filled. Options
 * that do not parse (only possible when a caller bypasses `resolveMethodOptions`, as the set was
 * validated when it was loaded) give the defaults: a method never throws on its options.
 */
export function optionsOf<S extends z.ZodObject>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw ?? {});
  if (parsed.success) return parsed.data;
  return schema.parse({});
}
