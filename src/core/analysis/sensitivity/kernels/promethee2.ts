/**
 * Weight-only kernel of PROMETHEE II under `missing: zero`: the per-criterion flows do not
 * depend on the weights there, so each call is φ± = Σₜ wₜ·flow±ₜ / divisor per vendor.
 */
import { unicriterionFlows } from '../../../methods/promethee2.js';
import type { MethodInput } from '../../../methods/types.js';
import type { Kernel } from './kernel.js';

/**
 * The PROMETHEE II kernel of `input`, or undefined under `missing: exclude` (each pair is then
 * renormalised over the weight both vendors answered, so the flows depend on the weights).
 */
export function promethee2Kernel(input: MethodInput): Kernel | undefined {
  if (input.missing === 'exclude') return undefined;
  const { m, n, flowPlus, flowMinus, divisor } = unicriterionFlows(input);
  return (weights, scores) => {
    for (let i = 0; i < m; i++) {
      let sumPlus = 0;
      let sumMinus = 0;
      for (let t = 0; t < n; t++) {
        const wt = weights[t]!;
        sumPlus += wt * flowPlus[i * n + t]!;
        sumMinus += wt * flowMinus[i * n + t]!;
      }
      const phiNet = sumPlus / divisor - sumMinus / divisor;
      scores[i] = Math.min(100, Math.max(0, ((phiNet + 1) / 2) * 100));
    }
  };
}
