// PLACEHOLDER for the CHARTS helper's file; the lead takes theirs at merge
import { escapeHtml } from '../html/escape.js';
import type { ValueMap } from '../decision-record/model.js';
import type { ChartOptions } from './types.js';

/** Placeholder: one mark per costed vendor. */
export function valueMapSvg(map: ValueMap, _options?: ChartOptions): string {
  const marks = map.points
    .map(
      (p, i) =>
        `<rect data-vendor="${escapeHtml(p.id)}" x="${i * 10}" y="0" width="8" height="8"/>`,
    )
    .join('');
  return `<svg data-chart="value-map" role="img" viewBox="0 0 ${map.points.length * 10} 10"><title>Score against monthly cost</title><desc>placeholder</desc>${marks}</svg>`;
}
