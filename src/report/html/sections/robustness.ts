import { rankAcceptabilitySvg } from '../../charts/rank-acceptability.js';
import type { MissingPolicy } from '../../../core/model/ranking.js';
import type { RobustnessSection } from '../../decision-record/model.js';
import { formatPercent } from '../../numbers.js';
import {
  centralWeightsLabel,
  centralWeightsNote,
  percentileText,
  rankText,
  sensitivityHeadline,
  sensitivityNotes,
} from '../../sensitivity-model.js';
import { figure, list, paragraph, section, sentence } from '../markup.js';
import { htmlTable } from '../table.js';
import { namesFor } from '../vendor-names.js';

/**
 * 6. How the ranking holds when the weights move: the rank-acceptability chart, each vendor's
 * figures, the simulation's settings, and the central weights under which each winner wins.
 */
export function robustnessSection(r: RobustnessSection, missing: MissingPolicy): string {
  const result = r.result;
  const named = namesFor(result.vendors);
  const acceptability = htmlTable({
    head: ['Vendor', 'P(rank 1)', 'Mean rank', 'P5–P95'],
    rows: result.vendors.map((v) => ({
      vendor: v.id,
      className: v.eligible ? undefined : 'ineligible',
      cells: [
        v.name,
        v.eligible ? formatPercent(v.pRank1) : '—',
        rankText(v.meanRank, 2),
        percentileText(v),
      ],
    })),
    numeric: [1, 2, 3],
  });
  const confidence = result.uncertainAnswers > 0;
  const central = r.centralWeights.length
    ? [
        '<h3>Central weights</h3>',
        htmlTable({
          head: ['Weights', ...r.groups.map((g) => g.name), ...(confidence ? ['Confidence'] : [])],
          rows: r.centralWeights.map((row) => ({
            ...(row.vendor === null ? {} : { vendor: row.vendor }),
            cells: [
              named(centralWeightsLabel(row)),
              ...row.weights.map((w) => formatPercent(w)),
              ...(confidence
                ? [row.confidence === null ? '—' : formatPercent(row.confidence)]
                : []),
            ],
          })),
          numeric: r.groups.map((_, i) => i + 1).concat(confidence ? [r.groups.length + 1] : []),
        }),
        paragraph(sentence(centralWeightsNote(result)), 'note'),
      ]
    : [
        paragraph(
          'Only one vendor ranks first in any draw, so there are no other winning weights to compare.',
          'note',
        ),
      ];
  return section('robustness', 'Robustness', [
    paragraph(sentence(named(sensitivityHeadline(result)))),
    figure(
      rankAcceptabilitySvg(r, { idPrefix: 'acceptability' }),
      'Rank acceptability: the share of weight draws in which each vendor takes each rank.',
    ),
    list(sensitivityNotes(result, missing).map(sentence), 'note'),
    `<details><summary>The figures</summary>${acceptability}</details>`,
    ...central,
  ]);
}
