import type { Format } from './format.js';
import { tippingPointsMarkdown } from './tipping-points-text.js';
import { escapeText, markdownTable, type Align } from './markdown-table.js';
import { formatPercent } from './numbers.js';
import {
  centralWeightRows,
  centralWeightsLabel,
  centralWeightsNote,
  percentileText,
  rankCount,
  rankText,
  sensitivityHeadline,
  sensitivityNotes,
  type CentralWeightsRow,
  type SensitivityModel,
} from './sensitivity-model.js';
import type { MissingPolicy } from '../core/model/ranking.js';
import type { SensitivityResult } from '../core/model/sensitivity.js';
import { skippedParagraph } from './skipped-files.js';
import { overridesParagraph } from './weight-overrides.js';

/** `sensitivity --format markdown`: the headline, the rank-acceptability table and its notes. */
export function formatSensitivityMarkdown(m: SensitivityModel): string {
  const r = m.result;
  return [
    `## ${escapeText(m.ranking.criteriaSet.name)}: rank stability`,
    '',
    ...overridesParagraph(m.ranking.weightOverrides),
    ...skippedParagraph(m.ranking.skipped),
    ...rankAcceptabilityMarkdown(r, m.ranking.missing),
    ...centralWeightsMarkdown(r, m.groups, centralWeightRows(m)),
    tippingPointsMarkdown(
      { criteria: r.tippingPoints, categories: r.categoryTippingPoints },
      m.leader,
    ),
  ].join('\n');
}

/**
 * The simulation's headline, the rank-acceptability table (each vendor's share of draws at each
 * rank) and its notes, as Markdown lines. Shared by `sensitivity` and the decision record.
 */
export function rankAcceptabilityMarkdown(r: SensitivityResult, missing: MissingPolicy): string[] {
  const ranks = rankCount(r);
  const head = [
    'Vendor',
    'Base rank',
    ...Array.from({ length: ranks }, (_, k) => `Rank ${k + 1}`),
    'Mean rank',
    'P5–P95',
  ];
  const align: Align[] = ['left', 'right', ...head.slice(2).map((): Align => 'right')];
  const rows = r.vendors.map((v) => [
    v.name,
    rankText(v.baseRank),
    ...v.shares.map((s) => (v.eligible ? formatPercent(s) : '—')),
    rankText(v.meanRank, 2),
    percentileText(v),
  ]);
  return [
    `${escapeText(sensitivityHeadline(r))}.`,
    '',
    markdownTable(head, rows, align),
    ...sensitivityNotes(r, missing).map((n) => `- ${escapeText(n)}`),
    '',
  ];
}

/** `sensitivity --format markdown`. */
export const sensitivityMarkdownFormat: Format<SensitivityModel> = {
  id: 'markdown',
  description: 'a Markdown section',
  extension: 'md',
  userText: 'markdown',
  render: (m) => formatSensitivityMarkdown(m),
};

/**
 * The central weights as a Markdown table (`rows` from `centralWeightRows`; a column per
 * top-level group), or nothing when there are no rows.
 */
export function centralWeightsMarkdown(
  result: SensitivityResult,
  groups: readonly { id: string }[],
  rows: readonly CentralWeightsRow[],
): string[] {
  if (rows.length === 0) return [];
  const confident = result.uncertainAnswers > 0;
  return [
    '### Central weights: the weights under which each vendor typically wins',
    '',
    markdownTable(
      ['Weights', ...groups.map((g) => g.id), ...(confident ? ['Confidence'] : [])],
      rows.map((r) => [
        centralWeightsLabel(r),
        ...r.weights.map((w) => formatPercent(w)),
        ...(confident ? [r.confidence === null ? '' : formatPercent(r.confidence)] : []),
      ]),
      ['left', ...groups.map((): Align => 'right'), ...(confident ? ['right' as const] : [])],
    ),
    `- ${escapeText(centralWeightsNote(result))}`,
    '',
  ];
}
