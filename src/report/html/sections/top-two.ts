import {
  compareDecimals,
  compareFootnote,
  compareHeadline,
  signedPoints,
  type CompareSide,
} from '../../compare-rows.js';
import type { TopTwo } from '../../decision-record/model.js';
import { categoryText, formatPercent, formatUtility, placeText } from '../../numbers.js';
import { escapeHtml } from '../escape.js';
import { list, paragraph, section, sentence } from '../markup.js';
import { htmlTable } from '../table.js';

/** One side's answer for a cell: the answer, its utility, a knock-out marked in words. */
function sideCell(s: CompareSide) {
  const answer = s.answered ? s.answer : `unanswered${s.note ? ` (note: ${s.note})` : ''}`;
  return {
    text: `${answer} (u ${s.answered ? formatUtility(s.utility) : '—'})`,
    className: s.knockout ? 'knockout' : s.answered ? undefined : 'missing',
    html: s.knockout
      ? ` <span class="marker">✗ ${escapeHtml(s.knockout)}</span>`
      : s.answered
        ? undefined
        : ' <span class="marker">(missing)</span>',
  };
}

/**
 * The shared footnote speaks the terminal's table (a `Δ` column, A and B): on the page the
 * column is "Part of the lead" and the two vendors have names. Each part is rounded on its
 * own, so the shown parts may miss the total by a tenth: say so rather than let a reader's sum
 * contradict the lead.
 */
function inPageWords(line: string, a: string, b: string): string {
  return line
    .replace(/^Δ is each criterion's part/, "Part of the lead is each criterion's part")
    .replace(
      /, A − B$/,
      ` (${a} − ${b}); each part is rounded on its own, so a sum of the shown parts may differ from it in the last digit`,
    );
}

/**
 * 7. The first two of the ranking side by side: each top-level category's figure for both and
 * its part of the lead, then the criteria that decide the difference with both answers.
 */
export function topTwoSection(t: TopTwo): string {
  const c = t.comparison;
  const digits = compareDecimals(c);
  const categories = htmlTable({
    head: ['Category', 'Weight', c.a.name, c.b.name, 'Part of the lead'],
    rows: t.categories.map((g) => ({
      cells: [
        g.name,
        formatPercent(g.weight),
        categoryText(g.a),
        categoryText(g.b),
        signedPoints(g.difference, digits),
      ],
    })),
    numeric: [1, 2, 3, 4],
    caption: `Category figures (0–100) and each category's part of ${c.a.name} − ${c.b.name}, in score points.`,
  });
  const deciding = htmlTable({
    head: ['Criterion', 'Weight', c.a.name, c.b.name, 'Part of the lead'],
    rows: t.deciding.map((r) => ({
      cells: [
        r.name,
        formatPercent(r.weight, 2),
        sideCell(r.a),
        sideCell(r.b),
        signedPoints(r.difference, digits),
      ],
    })),
    numeric: [1, 4],
    caption: `The criteria with the largest parts of the difference (u: utility 0–1).`,
  });
  const rest = c.rows.length - t.deciding.length;
  const restNote =
    rest > 0 && t.deciding.length > 0
      ? `The other ${rest} ${rest === 1 ? 'criterion adds' : 'criteria add'} ${signedPoints(
          c.rows.filter((r) => !t.deciding.includes(r)).reduce((s, r) => s + r.difference, 0),
          digits,
        )} together.`
      : undefined;
  const sides = [c.a, c.b].map(
    (v) =>
      `${v.name} (${v.id}): ${v.score.toFixed(digits)} / 100, ${placeText(v, c.eligibleCount)}${v.knockouts.length ? ` — knocked out: ${v.knockouts.map((k) => k.reason).join('; ')}` : ''}`,
  );
  return section('top-two', 'The top two side by side', [
    paragraph(sentence(compareHeadline(c))),
    list(sides),
    categories,
    t.deciding.length ? deciding : paragraph('No criterion separates the two.'),
    paragraph(restNote, 'note'),
    list(
      compareFootnote(c, c.rows.length).map((line) =>
        sentence(inPageWords(line, c.a.name, c.b.name)),
      ),
      'note',
    ),
  ]);
}
