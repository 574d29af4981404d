/**
 * A value made on first use and kept: for what a module would otherwise build when it loads
 * (a zod schema, a table of known keys), so that loading the module stays free and a run that
 * never needs the value never pays for it — nor for loading zod (scripts/build.mjs loads the
 * schema modules and zod lazily).
 */
export function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
