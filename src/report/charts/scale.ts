/** Axis arithmetic: linear scales and "nice" tick values (1, 2, 2.5 or 5 × a power of ten). */
import { finite } from './svg.js';

/** A linear map from [d0, d1] to [r0, r1]; a zero-width domain maps to the middle. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0;
  if (!(Math.abs(span) > 0) || !Number.isFinite(span)) return () => (r0 + r1) / 2;
  return (v) => r0 + ((finite(v, d0) - d0) / span) * (r1 - r0);
}

/** The tick step near span / count, rounded to 1, 2, 2.5 or 5 × 10ᵏ. */
export function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  const nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * A padded, nice domain around [min, max] and its ticks: the ends extend to whole steps; equal
 * ends (one value, or all the same) widen by 10 % of the value (or by 1 around 0).
 */
export function niceDomain(
  min: number,
  max: number,
  count = 5,
  limits: { lo?: number; hi?: number } = {},
): { lo: number; hi: number; ticks: number[]; step: number } {
  let a = finite(min);
  let b = finite(max, a);
  if (a > b) [a, b] = [b, a];
  if (b - a === 0) {
    const pad = Math.abs(a) > 0 ? Math.abs(a) * 0.1 : 1;
    a -= pad;
    b += pad;
  } else {
    const pad = (b - a) * 0.08;
    a -= pad;
    b += pad;
  }
  if (limits.lo !== undefined) a = Math.max(limits.lo, a);
  if (limits.hi !== undefined) b = Math.min(limits.hi, b);
  const step = niceStep(b - a, count);
  const lo = Math.floor(a / step) * step;
  const hi = Math.ceil(b / step) * step;
  const ticks: number[] = [];
  for (let i = 0; lo + i * step <= hi + step * 1e-9 && i < 50; i++) {
    ticks.push(Number((lo + i * step).toPrecision(12)));
  }
  return { lo, hi, ticks, step };
}
