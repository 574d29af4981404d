// Tipping points as text: lines for the terminal, a Markdown section, and the SPEC's JSON
// shape (`sensitivity --format json`: `tippingPoints` and the additive `categoryTippingPoints`).
import type { TippingPoints } from '../core/analysis/tipping-points.js';
import type { TippingPoint } from '../core/model/sensitivity.js';
import { columns } from './decision-change-text.js';
import { markdownTable } from './markdown-table.js';
import { formatPercent } from './numbers.js';
import { plain, type Theme } from './theme.js';

/** How many criteria the text shows before `… and N more criteria that can change the leader`. */
export const defaultTippingLimit = 10;

/**
 * The decimals (1 to 4) at which two weights read apart as percentages and their difference
 * does not read as 0: `4.2% → 9.8%`, `4.24% → 4.26%`.
 */
export function weightDecimals(before: number, after: number): number {
  let d = 1;
  while (
    d < 4 &&
    (formatPercent(before, d) === formatPercent(after, d) ||
      Number(Math.abs((after - before) * 100).toFixed(d)) === 0)
  )
    d++;
  return d;
}

/** `weight 4.2% → 9.8%`: the stated weight and the weight at the tipping point. */
export function tippingWeightText(p: Pick<TippingPoint, 'weight' | 'newWeight'>): string {
  const d = weightDecimals(p.weight, p.newWeight);
  return `weight ${formatPercent(p.weight, d)} → ${formatPercent(p.newWeight, d)}`;
}

/** `+5.6 pp` or `−3.1 pp`: the change in percentage points (pp) of the total weight. */
export function tippingChangeText(p: Pick<TippingPoint, 'weight' | 'newWeight'>): string {
  const d = weightDecimals(p.weight, p.newWeight);
  // the difference of the two weights as shown, so `22.0% → 26.9%` reads `+4.9 pp`, not the
  // unrounded +5.0 that would contradict the figures beside it
  const shown = (w: number) => Number((w * 100).toFixed(d));
  const delta = shown(p.newWeight) - shown(p.weight);
  return `${delta < 0 ? '−' : '+'}${Math.abs(delta).toFixed(d)} pp`;
}

/** `puente-contact takes the lead`. */
const takesText = (p: TippingPoint): string => `${p.newLeader} takes the lead`;

/** The sentence when no single weight can change the leader (`leader`: null when none is eligible). */
export function noTippingPointText(leader: string | null): string {
  return leader === null
    ? 'No vendor is eligible, so no weight change makes one the leader.'
    : `No single weight change makes another vendor the leader: ${leader} leads whatever weight one criterion or category is given.`;
}

const criteriaCount = (n: number) => (n === 1 ? '1 more criterion' : `${n} more criteria`);

const row = (p: TippingPoint) => [
  p.id,
  tippingWeightText(p),
  `(${tippingChangeText(p)})`,
  takesText(p),
];

/**
 * Tipping points as lines for the terminal: a heading naming the leader, every category and
 * included set, then the first `limit` criteria (smallest relative change first, as the core
 * sorts them) with the rest counted; one sentence when nothing can change the leader. `leader`
 * is the leader under the stated weights (null when no vendor is eligible); each point names
 * its own too.
 */
export function renderTippingPoints(
  tipping: TippingPoints,
  leader: string | null,
  style: Theme = plain,
  limit = defaultTippingLimit,
): string[] {
  const { criteria, categories } = tipping;
  if (criteria.length + categories.length === 0) return [noTippingPointText(leader)];
  const who = categories[0]?.leader ?? criteria[0]?.leader ?? leader ?? '';
  const lines = [
    style.bold(
      `Tipping points: the smallest change of one weight (the others rescaled in proportion; pp: percentage points of the total weight) that makes another vendor the leader instead of ${who}`,
    ),
  ];
  if (categories.length > 0) {
    lines.push('Categories:');
    lines.push(...columns(categories.map(row)));
  }
  if (criteria.length > 0) {
    lines.push('Criteria (smallest relative change first):');
    lines.push(...columns(criteria.slice(0, limit).map(row)));
    if (criteria.length > limit)
      lines.push(
        style.dim(`  … and ${criteriaCount(criteria.length - limit)} that can change the leader`),
      );
  }
  return lines;
}

/** The same as a Markdown section: a sentence, a table of categories, a table of criteria. */
export function tippingPointsMarkdown(
  tipping: TippingPoints,
  leader: string | null,
  limit = defaultTippingLimit,
): string {
  const { criteria, categories } = tipping;
  const out = ['## Tipping points', ''];
  if (criteria.length + categories.length === 0)
    return [...out, noTippingPointText(leader), ''].join('\n');
  const who = categories[0]?.leader ?? criteria[0]?.leader ?? leader ?? '';
  out.push(
    `The smallest change of one weight (the others rescaled in proportion; pp: percentage points of the total weight) that makes another vendor the leader instead of ${who}.`,
    '',
  );
  const table = (head: string, points: readonly TippingPoint[]) =>
    markdownTable(
      [head, 'Weight', 'Tipping weight', 'Change', 'New leader'],
      points.map((p) => {
        const d = weightDecimals(p.weight, p.newWeight);
        return [
          p.id,
          formatPercent(p.weight, d),
          formatPercent(p.newWeight, d),
          tippingChangeText(p),
          p.newLeader,
        ];
      }),
      ['left', 'right', 'right', 'right', 'left'],
    );
  if (categories.length > 0) out.push(table('Category', categories));
  if (criteria.length > 0) {
    out.push(table('Criterion', criteria.slice(0, limit)));
    if (criteria.length > limit)
      out.push(`… and ${criteriaCount(criteria.length - limit)} that can change the leader.`, '');
  }
  return out.join('\n');
}
