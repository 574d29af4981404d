// PLACEHOLDER for the CHARTS helper's file; the lead takes theirs at merge
import { escapeHtml } from '../html/escape.js';
import type { CategoryProfile, CategorySplit } from '../decision-record/model.js';
import type { ChartOptions } from './types.js';

/** Placeholder: one mark per vendor. */
export function smallMultiplesSvg(
  profiles: readonly CategoryProfile[],
  _categories: CategorySplit['categories'],
  _options?: ChartOptions,
): string {
  const marks = profiles
    .map(
      (p, i) =>
        `<rect data-vendor="${escapeHtml(p.id)}" x="${i * 10}" y="0" width="8" height="8"/>`,
    )
    .join('');
  return `<svg data-chart="small-multiples" role="img" viewBox="0 0 ${profiles.length * 10} 10"><title>Category profiles</title><desc>placeholder</desc>${marks}</svg>`;
}
