/**
 * Whether a value survives JSON unchanged: what the caches (`ParseCache`, `ResultCache`) may
 * keep, since a cached value must be the very value a run would have computed.
 */

/**
 * Whether `JSON.parse(JSON.stringify(data))` gives back exactly `data` (plain
 * objects and arrays, finite numbers, no -0, no undefined, no `__proto__` key).
 */
export function roundTrips(data: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  switch (typeof data) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(data) && !Object.is(data, -0);
    case 'object': {
      if (data === null) return true;
      if (Array.isArray(data)) {
        for (let i = 0; i < data.length; i++) {
          if (!(i in data) || !roundTrips(data[i], depth + 1)) return false;
        }
        return true;
      }
      if (Object.getPrototypeOf(data) !== Object.prototype) return false;
      for (const key of Object.keys(data)) {
        if (key === '__proto__') return false;
        if (!roundTrips((data as Record<string, unknown>)[key], depth + 1)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}
