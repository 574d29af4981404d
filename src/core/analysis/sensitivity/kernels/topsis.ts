/**
 * Weight-only kernel of TOPSIS: the normalised columns and their ideal and anti-ideal do not
 * depend on the weights (vᵢⱼ = wⱼ·rᵢⱼ, ideal = wⱼ·max r), so they are read once from the method
 * itself under unit weights and each call only weights them and sums the squared distances.
 */
import type { DecisionMethod, MethodInput } from '../../../methods/types.js';
import type { Kernel } from './kernel.js';

const figure = (x: number | boolean | null | undefined): number => (typeof x === 'number' ? x : 0);

/** The TOPSIS kernel of `input` (`method.score(input).scores`, `method` being TOPSIS). */
export function topsisKernel(method: DecisionMethod, input: MethodInput): Kernel {
  const m = input.alternatives.length;
  const n = input.criteria.length;
  // Under weight 1, value = 1·r = r, ideal = 1·best and antiIdeal = 1·least exactly.
  const unit = method.score({
    ...input,
    criteria: input.criteria.map((c) => ({ ...c, weight: 1 })),
  });
  const r = new Float64Array(m * n);
  const best = new Float64Array(m * n);
  const least = new Float64Array(m * n);
  // 1 where the criterion is left out for the vendor (a NaN figure is not: the method uses it)
  const leftOut = new Uint8Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const t = unit.terms[i]?.[j];
      leftOut[i * n + j] = typeof t?.value === 'number' ? 0 : 1;
      r[i * n + j] = figure(t?.value);
      best[i * n + j] = figure(t?.ideal);
      least[i * n + j] = figure(t?.antiIdeal);
    }
  }
  return (weights, scores) => {
    for (let i = 0; i < m; i++) {
      const row = i * n;
      let plus = 0;
      let minus = 0;
      let used = 0;
      for (let j = 0; j < n; j++) {
        if (leftOut[row + j] === 1) continue;
        const x = r[row + j]!;
        const w = weights[j]!;
        const v = w * x;
        plus += (v - w * best[row + j]!) ** 2;
        minus += (v - w * least[row + j]!) ** 2;
        used++;
      }
      const dPlus = Math.sqrt(plus);
      const dMinus = Math.sqrt(minus);
      const total = dPlus + dMinus;
      scores[i] = 100 * (used === 0 ? 0 : total > 0 ? dMinus / total : 1);
    }
  };
}
