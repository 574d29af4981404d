/**
 * Weight-only kernel of VIKOR: the best and worst value per criterion (over the reference) and
 * each cell's distance to the best do not depend on the weights; each call forms S, R and Q.
 */
import { optionsOf } from '../../../methods/options.js';
import type { DecisionMethod, MethodInput } from '../../../methods/types.js';
import type { Kernel } from './kernel.js';

/** VIKOR's tolerance for a zero range of S or R (as in the method). */
const EPS = 1e-12;

/** The VIKOR kernel of `input` (`method.score(input).scores`, `method` being VIKOR). */
export function vikorKernel(method: DecisionMethod, input: MethodInput): Kernel {
  const v = optionsOf(method.options, method.defaults, input.options).v as number;
  const { criteria, alternatives } = input;
  const m = alternatives.length;
  const n = criteria.length;
  const hasReference = input.reference.some(Boolean);
  const ref = Int32Array.from(
    alternatives.flatMap((_, i) => (!hasReference || input.reference[i] === true ? [i] : [])),
  );
  // f* − f and f* − f⁻ per cell (f = f⁻ when unanswered); usable: the criterion is not constant.
  const usable = new Uint8Array(n);
  const gap = new Float64Array(m * n);
  const range = new Float64Array(n);
  const answered = new Uint8Array(m * n);
  criteria.forEach((c, j) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const i of ref) {
      const f = alternatives[i]?.performance[j];
      if (f === null || f === undefined) continue;
      lo = Math.min(lo, f);
      hi = Math.max(hi, f);
    }
    const fStar = c.direction === 'lower' ? lo : hi;
    const fMinus = c.direction === 'lower' ? hi : lo;
    usable[j] = lo < hi ? 1 : 0;
    range[j] = fStar - fMinus;
    alternatives.forEach((alt, i) => {
      const f = alt.performance[j];
      const isAnswered = f !== null && f !== undefined;
      answered[i * n + j] = isAnswered ? 1 : 0;
      gap[i * n + j] = fStar - (isAnswered ? f : fMinus);
    });
  });
  const excludePolicy = input.missing === 'exclude';
  const S = new Float64Array(m);
  const R = new Float64Array(m);
  // lowest value and span of S (0, 1) and of R (2, 3) over the reference, as the method's `range`
  const spans = new Float64Array(4);
  const spanOf = (xs: Float64Array, at: number): void => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const i of ref) {
      lo = Math.min(lo, xs[i]!);
      hi = Math.max(hi, xs[i]!);
    }
    spans[at] = lo;
    spans[at + 1] = hi - lo > EPS * Math.max(1, Math.abs(hi)) ? hi - lo : 0;
  };
  return (weights, scores) => {
    for (let i = 0; i < m; i++) {
      const row = i * n;
      let answeredWeight = 0;
      for (let j = 0; j < n; j++) if (answered[row + j] === 1) answeredWeight += weights[j]!;
      const exclude = excludePolicy && answeredWeight > 0;
      const scale = exclude ? 1 / answeredWeight : 1;
      let s = 0;
      let r = -Infinity;
      for (let j = 0; j < n; j++) {
        if (exclude && answered[row + j] === 0) continue;
        // + 0 turns the −0 of a best value into 0, as the method does
        const term = usable[j] === 1 ? (scale * weights[j]! * gap[row + j]!) / range[j]! + 0 : 0;
        s += term;
        r = Math.max(r, term);
      }
      S[i] = s;
      R[i] = r === -Infinity ? 0 : r;
    }
    spanOf(S, 0);
    spanOf(R, 2);
    const [sLo, sSpan, rLo, rSpan] = [spans[0]!, spans[1]!, spans[2]!, spans[3]!];
    for (let i = 0; i < m; i++) {
      const sTerm = sSpan > 0 ? (S[i]! - sLo) / sSpan : 0;
      const rTerm = rSpan > 0 ? (R[i]! - rLo) / rSpan : 0;
      const q = v * sTerm + (1 - v) * rTerm;
      scores[i] = 100 * (1 - Math.min(1, Math.max(0, q)));
    }
  };
}
