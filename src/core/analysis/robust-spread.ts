/** The middle value of a non-empty list (the mean of the middle two for an even count). */
export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

/**
 * 1.4826 × MAD estimates the standard deviation of normally distributed data (1/Φ⁻¹(3/4)), so
 * "5 spreads" reads like "5 standard deviations" without letting one outlier widen it.
 */
export const madScale = 1.4826;

/**
 * The scaled median absolute deviation of a non-empty list, 1.4826 × median(|x − median|): 0
 * when more than half the values are equal.
 */
export function robustSpread(xs: readonly number[]): number {
  const m = median(xs);
  return madScale * median(xs.map((x) => Math.abs(x - m)));
}
