// PLACEHOLDER for the CHARTS helper's file; the lead takes theirs at merge
import { escapeHtml } from '../html/escape.js';
import type { CategorySplit } from '../decision-record/model.js';
import type { ChartOptions } from './types.js';

/** Placeholder: one mark per vendor. */
export function stackedBarsSvg(split: CategorySplit, _options?: ChartOptions): string {
  const marks = split.bars
    .map(
      (b, i) =>
        `<rect data-vendor="${escapeHtml(b.id)}" x="0" y="${i * 10}" width="${b.score}" height="8"/>`,
    )
    .join('');
  return `<svg data-chart="stacked-bars" role="img" viewBox="0 0 100 ${split.bars.length * 10}"><title>Score by category</title><desc>placeholder</desc>${marks}</svg>`;
}
