// A small seeded pseudo-random number generator, so generated bench data is identical every run.

/**
 * mulberry32: a fast 32-bit PRNG with good enough statistics for test data.
 * @param {number} seed any 32-bit integer
 * @returns {() => number} a function returning floats in [0, 1)
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Helpers over one PRNG stream.
 * @param {number} seed
 */
export function randomTools(seed) {
  const next = mulberry32(seed);
  /** @param {number} lo @param {number} hi inclusive @returns {number} */
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  /** @template T @param {readonly T[]} items @returns {T} */
  const pick = (items) => items[Math.floor(next() * items.length)];
  /** @param {number} p probability of true @returns {boolean} */
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}
