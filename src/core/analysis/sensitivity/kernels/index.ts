/**
 * Fast weight-only kernels of the decision methods, for the analyses that score one fixed
 * matrix under many weights (sensitivity draws, tipping-point probes). Each precomputes what
 * does not depend on the weights once and repeats the method's own arithmetic, in its order, so
 * its scores are the method's exactly (the tests hold each to `method.score`).
 */
import type { DecisionMethod, MethodInput } from '../../../methods/types.js';
import type { Kernel } from './kernel.js';
import { productKernel, waspasKernel } from './product.js';
import { promethee2Kernel } from './promethee2.js';
import { topsisKernel } from './topsis.js';
import { vikorKernel } from './vikor.js';

export type { Kernel } from './kernel.js';

/**
 * The kernel of `method` over `input` (its matrix, reference, missing policy and options; its
 * weights are ignored), or undefined when there is none: the weighted sum (which the callers
 * compute themselves) and a method unknown here.
 */
export function kernelOf(method: DecisionMethod, input: MethodInput): Kernel | undefined {
  switch (method.id) {
    case 'weighted-product':
      return productKernel(input);
    case 'waspas':
      return waspasKernel(method, input);
    case 'topsis':
      return topsisKernel(method, input);
    case 'vikor':
      return vikorKernel(method, input);
    case 'promethee2':
      return promethee2Kernel(input);
    default:
      return undefined;
  }
}
