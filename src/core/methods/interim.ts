import type { MethodExplanation } from './types.js';
import { weightedMeanUtility } from './weighted-sum.js';

/** Interim explanation (replaced by each method's own). */
export const interimExplanation: MethodExplanation = {
  columns: [],
  groupLabel: 'interim',
  groupScore: weightedMeanUtility,
  lead: (a, b) => a.terms.map((_, j) => (j === 0 ? a.score - b.score : 0)),
  leadLabel: 'interim',
};
