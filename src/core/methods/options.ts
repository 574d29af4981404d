import type * as z from 'zod';

/**
 * The options a method runs with: `raw` parsed by the method's schema, defaults filled. With no
 * options at all (the common case) they are `defaults`, without making the schema: a run that
 * names no option never loads zod (tests/core/methods/options.test.ts holds `defaults` equal to
 * what the schema gives for `{}`). Options that do not parse (only possible when a caller
 * bypasses `resolveMethodOptions`, as the set was validated when it was loaded) give the
 * defaults: a method never throws on its options.
 */
export function optionsOf<S extends z.ZodObject>(
  schema: () => S,
  defaults: z.output<S>,
  raw: unknown,
): z.output<S> {
  if (raw === undefined || raw === null || isEmptyObject(raw)) return { ...defaults };
  const parsed = schema().safeParse(raw);
  return parsed.success ? parsed.data : { ...defaults };
}

function isEmptyObject(raw: unknown): boolean {
  return typeof raw === 'object' && !Array.isArray(raw) && Object.keys(raw as object).length === 0;
}
