import type { Format } from './format.js';
import { tippingPointsMarkdown } from './tipping-points-text.js';
import { markdownTable, type Align } from './markdown-table.js';
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
  type SensitivityModel,
} from './sensitivity-model.js';
import { skippedParagraph } from './skipped-files.js';
import { overridesParagraph } from './weight-overrides.js';

/** `sensitivity --format markdown`: the headline, the rank-acceptability table and its notes. */
export function formatSensitivityMarkdown(m: SensitivityModel): string {
  const r = m.result;
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
    `## ${m.ranking.criteriaSet.name}: rank stability`,
    '',
    ...overridesParagraph(m.ranking.weightOverrides),
    ...skippedParagraph(m.ranking.skipped),
    `${sensitivityHeadline(r)}.`,
    '',
    markdownTable(head, rows, align),
    ...sensitivityNotes(r, m.ranking.missing).map((n) => `- ${n}`),
    '',
    ...centralWeightsMarkdown(m),
    tippingPointsMarkdown(
      { criteria: r.tippingPoints, categories: r.categoryTippingPoints },
      m.leader,
    ),
  ].join('\n');
}

/** `sensitivity --format markdown`. */
export const sensitivityMarkdownFormat: Format<SensitivityModel> = {
  id: 'markdown',
  description: 'a Markdown section',
  extension: 'md',
  render: (m) => formatSensitivityMarkdown(m),
};

/** The central weights as a Markdown table (see `centralWeightRows`), or nothing. */
function centralWeightsMarkdown(m: SensitivityModel): string[] {
  const rows = centralWeightRows(m);
  if (rows.length === 0) return [];
  const confident = m.result.uncertainAnswers > 0;
  return [
    '### Central weights: the weights under which each vendor typically wins',
    '',
    markdownTable(
      ['Weights', ...m.groups.map((g) => g.id), ...(confident ? ['Confidence'] : [])],
      rows.map((r) => [
        centralWeightsLabel(r),
        ...r.weights.map((w) => formatPercent(w)),
        ...(confident ? [r.confidence === null ? '' : formatPercent(r.confidence)] : []),
      ]),
      ['left', ...m.groups.map((): Align => 'right'), ...(confident ? ['right' as const] : [])],
    ),
    `- ${centralWeightsNote(m.result)}`,
    '',
  ];
}
