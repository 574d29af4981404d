// PLACEHOLDER for the CHARTS helper's file; the lead takes theirs at merge
import { escapeHtml } from '../html/escape.js';
import type { RobustnessSection } from '../decision-record/model.js';
import type { ChartOptions } from './types.js';

/** Placeholder: one mark per vendor. */
export function rankAcceptabilitySvg(section: RobustnessSection, _options?: ChartOptions): string {
  const vendors = section.result.vendors;
  const marks = vendors
    .map(
      (v, i) =>
        `<rect data-vendor="${escapeHtml(v.id)}" x="0" y="${i * 10}" width="${v.pRank1 * 100}" height="8"/>`,
    )
    .join('');
  return `<svg data-chart="rank-acceptability" role="img" viewBox="0 0 100 ${vendors.length * 10}"><title>Rank acceptability</title><desc>placeholder</desc>${marks}</svg>`;
}
