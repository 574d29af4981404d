/**
 * The simulation's seeded random source: xoshiro128** 1.1 (Blackman & Vigna, "Scrambled linear
 * pseudorandom number generators", ACM TOMS 47(4), 2021; reference code at
 * https://prng.di.unimi.it/xoshiro128starstar.c), its 128-bit state filled from the seed by
 * SplitMix64 (Steele, Lea & Flood 2014; https://prng.di.unimi.it/splitmix64.c), as the authors
 * recommend. Only 32-bit integer arithmetic (Math.imul, shifts) after seeding, so an integer seed
 * gives the same sequence on every machine.
 */
import type { Random } from './types.js';

const mask64 = (1n << 64n) - 1n;

/** SplitMix64's successive outputs from `seed` (BigInt, only while seeding). */
export function splitMix64(seed: bigint, count: number): bigint[] {
  let x = seed & mask64;
  const out: bigint[] = [];
  for (let i = 0; i < count; i++) {
    x = (x + 0x9e3779b97f4a7c15n) & mask64;
    let z = x;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & mask64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & mask64;
    out.push(z ^ (z >> 31n));
  }
  return out;
}

/** A xoshiro128** generator; `next()` gives the top 32 bits as a number in [0, 1). */
export class Xoshiro128 implements Random {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /** `seed`: a non-negative safe integer (the `--seed` option). */
  constructor(seed: number) {
    if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError(`bad seed ${seed}`);
    const [a = 0n, b = 0n] = splitMix64(BigInt(seed), 2);
    this.s0 = Number(a & 0xffffffffn) | 0;
    this.s1 = Number(a >> 32n) | 0;
    this.s2 = Number(b & 0xffffffffn) | 0;
    this.s3 = Number(b >> 32n) | 0;
  }

  /** The next 32-bit output as an unsigned integer. */
  nextUint32(): number {
    const s1 = this.s1;
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result;
  }

  next(): number {
    return this.nextUint32() / 4294967296;
  }
}

/** The simulation's random source for `seed`. */
export function seededRandom(seed: number): Random {
  return new Xoshiro128(seed);
}
