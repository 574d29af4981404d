import type { Ranking, VendorResult } from '../core/model/ranking.js';
import type { CriteriaSet } from '../core/model/types.js';
import {
  categoryBasisLine,
  explainHeadline,
  explainRows,
  methodColumns,
  methodLegend,
  zeroedLine,
} from './explain-rows.js';
import type { Format } from './format.js';
import { eligibleCount, type ExplainModel } from './models.js';
import { escapeText, markdownTable } from './markdown-table.js';
import { compromiseLine, methodFiguresLine } from './method-figures.js';
import { formatScore } from './numbers.js';
import { vendorCostLine } from './cost-model.js';
import { overridesParagraph } from './weight-overrides.js';

/** `explain --format markdown`: the explanation as a section for a decision record. */
export function formatExplainMarkdown(
  set: CriteriaSet,
  ranking: Ranking,
  vendor: VendorResult,
  eligibleCount: number,
): string {
  const rows = explainRows(set, ranking, vendor);
  const terms = methodColumns(ranking);
  const lines = [
    `## ${escapeText(explainHeadline(ranking, vendor, eligibleCount))}`,
    '',
    ...overridesParagraph(ranking.weightOverrides),
  ];
  const figures = [
    vendorCostLine(vendor.cost),
    methodFiguresLine(ranking, vendor),
    compromiseLine(ranking, vendor),
    categoryBasisLine(ranking),
    zeroedLine(ranking, vendor),
  ];
  for (const line of [...figures, methodLegend(ranking)])
    if (line) lines.push(`- ${escapeText(line)}`);
  lines.push('');
  for (const k of vendor.knockouts) lines.push(`- **Knock-out:** ${escapeText(k.reason)}`);
  if (vendor.knockouts.length) lines.push('');
  for (const cat of vendor.categories) {
    lines.push(
      `### ${escapeText(cat.name)}: ${cat.score === null ? 'not scored (every criterion unanswered, left out)' : `${formatScore(cat.score)} / 100`} (weight ${(cat.weight * 100).toFixed(1)}%)`,
      '',
    );
    const inCat = rows.filter(
      (r, i) => (vendor.criteria[i]?.path[0] ?? vendor.criteria[i]?.id) === cat.id,
    );
    lines.push(
      markdownTable(
        ['Criterion', 'Answer', 'Utility', 'Weight', ...terms.map((t) => t.label), 'Evidence'],
        inCat.map((r) => [
          r.criterion + (r.knockedOut ? ` ✗ (${r.knockout})` : ''),
          r.derivation ? `${r.answer}\n${r.derivation}` : r.answer,
          r.utility,
          r.weight,
          ...r.terms,
          r.evidence,
        ]),
        ['left', 'left', 'right', 'right', ...terms.map(() => 'right' as const), 'left'],
      ),
    );
  }
  return lines.join('\n');
}

/** `explain --format markdown`. */
export const explainMarkdownFormat: Format<ExplainModel> = {
  id: 'markdown',
  description: 'the explanation as a section for a decision record',
  extension: 'md',
  userText: 'markdown',
  render: (m) => formatExplainMarkdown(m.set, m.ranking, m.vendor, eligibleCount(m.ranking)),
};
