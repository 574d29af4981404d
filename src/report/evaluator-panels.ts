import type { Ranking } from '../core/model/ranking.js';

/**
 * How many vendors of a ranking combine several evaluators' answers, and how many evaluators
 * that is: `rank` says so, since the score of such a vendor hides the evaluators' disagreement
 * (`consensus` shows it).
 */
export interface EvaluatorPanels {
  /** Vendors scored by two evaluators or more. */
  vendors: number;
  /** The fewest and the most evaluators among those vendors. */
  fewest: number;
  most: number;
  /**
   * How `rank` combines the answers (docs/decisions.md "Evaluators"): numbers by the mean
   * answer, the other types by the mean of the answers' utilities.
   */
  combine: 'mean';
}

/** The vendors with several evaluators; undefined when every vendor has one. */
export function evaluatorPanels(ranking: Pick<Ranking, 'vendors'>): EvaluatorPanels | undefined {
  // the evaluators who answered: a moderator's own file is one of the vendor's files, but its
  // author scored nothing
  const sizes = ranking.vendors.map((v) => v.panel).filter((n) => n >= 2);
  if (sizes.length === 0) return undefined;
  return {
    vendors: sizes.length,
    fewest: Math.min(...sizes),
    most: Math.max(...sizes),
    combine: 'mean',
  };
}

/** `3 vendors combine the answers of 2–3 evaluators (mean); see vendor-eval consensus`. */
export function evaluatorPanelsLine(p: EvaluatorPanels): string {
  const count = p.fewest === p.most ? `${p.most}` : `${p.fewest}–${p.most}`;
  const vendors = p.vendors === 1 ? '1 vendor combines' : `${p.vendors} vendors combine`;
  return `${vendors} the answers of ${count} evaluators (${p.combine}); see vendor-eval consensus`;
}
