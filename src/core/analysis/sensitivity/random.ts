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

  /**
   * Fills `out` from index `from` on with the next values of `next()`, in order: the same
   * numbers, with the state in locals for the whole loop instead of four field writes per number.
   */
  fill(out: Float64Array, from = 0): void {
    let s0 = this.s0;
    let s1 = this.s1;
    let s2 = this.s2;
    let s3 = this.s3;
    for (let i = from; i < out.length; i++) {
      const m = Math.imul(s1, 5);
      out[i] = (Math.imul((m << 7) | (m >>> 25), 9) >>> 0) / 4294967296;
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
    }
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
  }
}

/** How many uniforms a {@link UniformStream} holds. */
const streamBlock = 1024;

/**
 * A generator's uniforms made a block at a time into a Float64Array, handed out in order: the
 * sequence of `Xoshiro128.next()` exactly, whoever reads it. `next()` serves any `Random` user;
 * the hot samplers (`drawDirichlets`) read `buffer` from `position` themselves, so the doubles
 * they use come from a typed array, not as return values of calls (each a heap-allocated number
 * until the call is inlined). A reader that takes `buffer[position]` advances `position`, and
 * calls `refill()` when too few are left (always before `position` passes `buffer.length`).
 */
export class UniformStream implements Random {
  /** The current block; refilled in place, so a reader may keep a reference to it. */
  readonly buffer = new Float64Array(streamBlock);
  /** The index of the next unread uniform in `buffer` (its length: all read). */
  position = streamBlock;

  constructor(private readonly source: Xoshiro128) {}

  /**
   * Moves the unread uniforms to the front of `buffer`, fills the rest with the next ones and
   * sets `position` to 0: a reader can make sure of enough uniforms ahead before a step that
   * takes several, and check once instead of before each.
   */
  refill(): void {
    const unread = streamBlock - this.position;
    if (unread > 0) this.buffer.copyWithin(0, this.position);
    this.source.fill(this.buffer, unread);
    this.position = 0;
  }

  next(): number {
    if (this.position === streamBlock) this.refill();
    return this.buffer[this.position++] as number;
  }
}

/** The simulation's random source for `seed`: xoshiro128**'s uniforms, a block at a time. */
export function seededRandom(seed: number): UniformStream {
  return new UniformStream(new Xoshiro128(seed));
}
