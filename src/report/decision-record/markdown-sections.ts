// The decision record's middle sections as Markdown: the glance, the category contributions and
// profiles, the value map and the top two. Text from the user's files goes through escapeText
// (lines) or markdownTable's escapeCell (cells); figures are rounded here, never in the model.
import {
  compareDecimals,
  compareFootnote,
  compareHeadline,
  signedPoints,
} from '../compare-rows.js';
import { compareRowsMarkdown } from '../compare-markdown.js';
import { formatMoney } from '../cost-model.js';
import { escapeText, markdownTable, type Align } from '../markdown-table.js';
import { categoryText, formatPercent, formatScore, rankDecimals } from '../numbers.js';
import type { CategoryProfile, CategorySplit, Glance, TopTwo, ValueMap } from './model.js';

const rankCell = (rank: number | null): string => (rank === null ? '—' : String(rank));
const capital = (s: string): string => `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`;

/** `## At a glance`: the glance sentences as a list. */
export function glanceMarkdown(g: Glance): string[] {
  return ['## At a glance', '', ...g.sentences.map((s) => `- ${escapeText(s)}`), ''];
}

/**
 * `## Category contributions`: each vendor's score split over the top-level categories (the
 * HTML page's stacked bars), the basis of the split in a sentence, and the total.
 */
export function contributionsMarkdown(split: CategorySplit): string[] {
  const digits = rankDecimals(split.bars);
  const head = [
    'Rank',
    'Vendor',
    ...split.categories.map((c) => `${c.name} (${formatPercent(c.weight, 0)})`),
    'Score',
  ];
  const align: Align[] = ['right', 'left', ...split.categories.map((): Align => 'right'), 'right'];
  const rows = split.bars.map((b) => [
    rankCell(b.rank),
    b.eligible ? b.name : `${b.name} (knocked out)`,
    ...b.segments.map((s) => s.toFixed(digits)),
    b.score.toFixed(digits),
  ]);
  return [
    '## Category contributions',
    '',
    `Score points per top-level category: ${escapeText(split.basis)} (each figure rounded on its own).`,
    '',
    markdownTable(head, rows, align),
  ];
}

/** `## Category profiles`: each vendor's 0–100 figure per top-level category (the small multiples). */
export function profilesMarkdown(
  profiles: readonly CategoryProfile[],
  categories: CategorySplit['categories'],
  groupLabel: string,
): string[] {
  const head = ['Rank', 'Vendor', ...categories.map((c) => c.name), 'Strongest', 'Weakest'];
  const align: Align[] = ['right', 'left', ...categories.map((): Align => 'right'), 'left', 'left'];
  const rows = profiles.map((p) => {
    const scored = p.scores.flatMap((s, i) => (s === null ? [] : [{ s, i }]));
    const top = Math.max(...scored.map((x) => x.s));
    const bottom = Math.min(...scored.map((x) => x.s));
    // every category at the extreme (a tie names them all); none when all are level, as with a
    // single category, where "strongest" and "weakest" would name the same one
    const at = (value: number): string =>
      scored
        .filter((x) => x.s === value)
        .map((x) => categories[x.i]?.name ?? '')
        .join(', ');
    const level = scored.length < 2 || top === bottom;
    return [
      rankCell(p.rank),
      p.eligible ? p.name : `${p.name} (knocked out)`,
      ...p.scores.map((s) => categoryText(s)),
      level ? '—' : at(top),
      level ? '—' : at(bottom),
    ];
  });
  return [
    '## Category profiles',
    '',
    `Each vendor's figure per top-level category, 0–100: the ${escapeText(groupLabel)}; — where no criterion of the category was scored. Strongest and weakest name every category at the vendor's highest and lowest figure; — when its categories are level.`,
    '',
    markdownTable(head, rows, align),
  ];
}

/**
 * `## Value for money`: score against monthly cost for every costed vendor, which of them are on
 * the Pareto front (named in a sentence too), and the vendors without a cost.
 */
export function valueMapMarkdown(map: ValueMap, names: ReadonlyMap<string, string>): string[] {
  const unit = map.currency ? ` (${map.currency})` : '';
  const digits = rankDecimals(map.points.map((p) => ({ rank: 1, score: p.score })));
  const name = (id: string): string => names.get(id) ?? id;
  const front = map.front.map(name);
  const lines = [
    '## Value for money',
    '',
    'Score against monthly cost. A vendor is on the Pareto front when no other eligible vendor scores at least as high for no more money (and better on one of the two); a knocked-out vendor is never on it.',
    '',
    markdownTable(
      ['Vendor', 'Score', `Monthly${unit}`, `Contract${unit}`, 'Eligible', 'On the Pareto front'],
      map.points.map((p) => [
        p.name,
        p.score.toFixed(digits),
        formatMoney(p.monthly),
        formatMoney(p.contract),
        p.eligible ? 'yes' : 'no',
        p.onFront ? 'yes' : 'no',
      ]),
      ['left', 'right', 'right', 'right', 'left', 'left'],
    ),
    front.length === 0
      ? 'No eligible vendor is costed, so there is no front.'
      : `On the front, from the cheapest up: ${escapeText(front.join(', '))}.`,
    '',
  ];
  if (map.uncosted.length)
    lines.push(
      `Not costed (no \`pricing\` in their files), so not on the map: ${escapeText(map.uncosted.map(name).join(', '))}.`,
      '',
    );
  return lines;
}

/** Whether the category parts, each shown at 0.1, add up to another figure than the lead at 0.1. */
function roundedApart(t: TopTwo): boolean {
  const tenths = (x: number): number => Math.round(Math.abs(x) * 10) * Math.sign(x);
  const shown = t.categories.reduce((sum, k) => sum + tenths(k.difference), 0);
  return shown !== tenths(t.comparison.scoreDifference);
}

/**
 * `## Top two`: the first two vendors of the ranking, each top-level category's figures and its
 * part of the lead, then the criteria that decide the difference (largest part first).
 */
export function topTwoMarkdown(t: TopTwo): string[] {
  const c = t.comparison;
  const lines = [
    '## Top two',
    '',
    `${escapeText(capital(compareHeadline(c)))}.`,
    '',
    markdownTable(
      ['Category', 'Weight', c.a.name, c.b.name, 'Part of the lead'],
      t.categories.map((k) => [
        k.name,
        formatPercent(k.weight, 1),
        categoryText(k.a),
        categoryText(k.b),
        signedPoints(k.difference),
      ]),
      ['left', 'right', 'right', 'right', 'right'],
    ),
    `A category's part of the lead is the sum of its criteria's parts (${escapeText(c.a.name)} − ${escapeText(c.b.name)}, in score points); the parts add up to the lead, ${signedPoints(c.scoreDifference, compareDecimals(c))} points${roundedApart(t) ? ' (each part rounded on its own, so the rounded parts may differ from it by a few tenths)' : ''}.`,
    ...(!c.a.eligible && !c.b.eligible
      ? [
          '',
          `Neither is eligible: both are knocked out (see their sections), so neither can be chosen; the table only shows how far apart the two highest scores are.`,
        ]
      : []),
    '',
    '### The criteria that decide the difference',
    '',
  ];
  if (t.deciding.length === 0) return [...lines, 'No criterion separates them.', ''];
  const rest = c.rows.length - t.deciding.length;
  const others = c.rows.slice(t.deciding.length);
  const largest = Math.max(0, ...others.map((r) => Math.abs(r.difference)));
  const footnote = [
    ...(rest > 0
      ? [
          largest > 0
            ? `${rest} other ${rest === 1 ? 'criterion differs' : 'criteria differ'} by at most ${formatScore(largest)} points each (every answer is in the vendor sections)`
            : `the other ${rest === 1 ? 'criterion does' : `${rest} criteria do`} not separate them`,
        ]
      : []),
    ...compareFootnote(c, c.rows.length),
  ];
  return [...lines, ...compareRowsMarkdown(c, t.deciding.length, footnote)];
}
