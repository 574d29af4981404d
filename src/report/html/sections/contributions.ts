import { stackedBarsSvg } from '../../charts/stacked-bars.js';
import type { CategorySplit } from '../../decision-record/model.js';
import { formatPercent, formatScore } from '../../numbers.js';
import { figure, section, sentence } from '../markup.js';
import { htmlTable } from '../table.js';

/**
 * 3. Each vendor's score split by top-level category: the stacked bars, captioned with what a
 * segment is under the method, and the same figures as a table folded under the chart.
 */
export function contributionsSection(split: CategorySplit, decimals = 1): string {
  const table = htmlTable({
    head: [
      'Vendor',
      ...split.categories.map((c) => `${c.name} (${formatPercent(c.weight, 0)})`),
      'Score',
    ],
    rows: split.bars.map((b) => ({
      vendor: b.id,
      cells: [b.name, ...b.segments.map(formatScore), b.score.toFixed(decimals)],
    })),
    numeric: split.categories.map((_, i) => i + 1).concat(split.categories.length + 1),
  });
  return section('contributions', 'Score by category', [
    figure(stackedBarsSvg(split, { idPrefix: 'bars', decimals }), sentence(split.basis)),
    `<details><summary>The figures (score points per category)</summary>${table}</details>`,
  ]);
}
