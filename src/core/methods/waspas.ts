import * as z from 'zod';
import { optionsOf } from './options.js';
import type {
  CriterionTerms,
  DecisionMethod,
  MethodExplanation,
  MethodInput,
  MethodOutput,
} from './types.js';
import { pointsOf, weightedMeanUtility, weightedSumPoints } from './weighted-sum.js';
import {
  factorsOf,
  geometricMeanUtility,
  productLead,
  productRow,
  productTerms,
  zeroingCriteria,
} from './weighted-product.js';

const waspasOptions = z.strictObject({
  lambda: z.number().min(0).max(1).default(0.5).meta({
    description:
      'a number from 0 to 1 (weight of the weighted sum against the weighted product; default 0.5)',
  }),
});

/** What `waspasOptions` parses `{}` to, as plain data: a run without options never calls zod. */
const waspasDefaults: z.output<typeof waspasOptions> = { lambda: 0.5 };

const lambdaOf = (options: Record<string, unknown>): number =>
  optionsOf(waspasOptions, waspasDefaults, options).lambda;

/** A number from an alternative's details (`wsm`, `wpm`, `lambda`), 0 when absent. */
const figure = (details: Record<string, number> | undefined, key: string): number =>
  details?.[key] ?? 0;

const explanation: MethodExplanation = {
  columns: [
    { key: 'points', label: 'Sum pts', digits: 1 },
    { key: 'factor', label: 'Factor', digits: 4 },
  ],
  groupLabel:
    'λ × weighted mean utility + (1 − λ) × weighted geometric mean utility of the category’s criteria',
  groupScore(alt, indices, weights) {
    const lambda = figure(alt.details, 'lambda');
    return (
      lambda * weightedMeanUtility(alt, indices, weights) +
      (1 - lambda) * geometricMeanUtility(alt, indices, weights)
    );
  },
  lead(a, b) {
    const lambda = figure(a.details, 'lambda');
    const pa = pointsOf(a);
    const pb = pointsOf(b);
    const product = productLead(
      figure(a.details, 'wpm'),
      factorsOf(a),
      figure(b.details, 'wpm'),
      factorsOf(b),
    );
    return pa.map((p, j) => lambda * (p - (pb[j] ?? 0)) + (1 - lambda) * (product[j] ?? 0));
  },
  legend:
    'Sum pts = weight × utility × 100; factor = utility^weight; score = λ × Σ sum pts + (1 − λ) × 100 × Π factors.',
  leadLabel:
    'λ × the weighted-sum points plus (1 − λ) × each factor’s log-mean share of the product',
};

/**
 * WASPAS (Zavadskas, Turskis, Antucheviciene & Zakarevicius 2012): score =
 * λ·WSM + (1 − λ)·WPM on the utilities, WSM = 100 × Σ wᵢ·uᵢ and WPM = 100 × Π uᵢ^wᵢ (the
 * literature's linear-max normalisation is `relative: ratio` scoring); `methodOptions.lambda`,
 * default 0.5. Missing answers as in the two parts. Each criterion's terms are its weighted-sum
 * `points` and its product `factor`; `details` carries `wsm`, `wpm` and `lambda`.
 */
export const waspas: DecisionMethod = {
  id: 'waspas',
  name: 'WASPAS',
  summary:
    'λ × weighted sum + (1 − λ) × weighted product (Zavadskas et al. 2012); λ = 0.5 by default',
  options: waspasOptions,
  defaults: waspasDefaults,
  reads: 'utilities',
  score(input: MethodInput): MethodOutput {
    const lambda = lambdaOf(input.options);
    const points = weightedSumPoints(input);
    const rows = input.alternatives.map((alt) => productRow(input, alt.utilities));
    const details = rows.map((row, i) => ({
      wsm: (points[i] ?? []).reduce((s, p) => s + p, 0),
      wpm: row.score,
      lambda,
    }));
    const terms = rows.map((row, i) =>
      productTerms(row).map((t, j): CriterionTerms => ({
        points: points[i]?.[j] ?? 0,
        factor: t.factor ?? null,
      })),
    );
    return {
      scores: details.map((d) => lambda * d.wsm + (1 - lambda) * d.wpm),
      details,
      terms,
      points,
      zeroedBy: rows.map((r) => zeroingCriteria(input, r)),
    };
  },
  explanation,
};
