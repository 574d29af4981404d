/** Where `dist/boot.cjs` leaves the build id for the bundles it loads. */
const key = '__vendorEvalBuildId';

/**
 * Records the id of the running build (a hash of its bundles, known only to `dist/boot.cjs`,
 * which is built after them). Called once by boot, before the program loads.
 */
export function setBuildId(id: string): void {
  (globalThis as Record<string, unknown>)[key] = id;
}

/**
 * The id of the running build, or `dev` when run from source (tests). Keys the caches: a
 * rebuild under the same version never reads code or parsed data another build wrote.
 */
export function buildId(): string {
  const id = (globalThis as Record<string, unknown>)[key];
  return typeof id === 'string' ? id : 'dev';
}
