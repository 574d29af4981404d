// `rank --format html`: the ranking part of the decision record alone, as one page.
import type { Ranking } from '../../core/model/ranking.js';
import { categorySplit } from '../decision-record/category-split.js';
import { glanceOf } from '../decision-record/glance.js';
import type { Format, RenderContext } from '../format.js';
import { setLabel } from '../numbers.js';
import { escapeHtml } from './escape.js';
import { htmlPage } from './page.js';
import { pageDecimals } from './score-decimals.js';
import { contributionsSection } from './sections/contributions.js';
import { glanceSection } from './sections/glance.js';
import { rankingSection } from './sections/ranking.js';

/** The ranking as a page: the glance, the sortable table, the stacked bars. */
export function formatRankingHtml(
  ranking: Ranking,
  ctx: Pick<RenderContext, 'toolVersion' | 'scopeNote'>,
): string {
  const title = `${ranking.criteriaSet.name}: ranking`;
  const body = [
    '<header>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">${escapeHtml(`${setLabel(ranking.criteriaSet)} · method ${ranking.method} · vendor-eval ${ctx.toolVersion}`)}</p>`,
    '</header>',
    '<main>',
    glanceSection(glanceOf(ranking), ranking),
    rankingSection(ranking, { scopeNote: ctx.scopeNote, linkVendors: false }),
    contributionsSection(categorySplit(ranking), pageDecimals(ranking.vendors)),
    '</main>',
  ].join('\n');
  return htmlPage({ title, generator: `vendor-eval ${ctx.toolVersion}`, body });
}

/** `rank --format html`. */
export const rankingHtmlFormat: Format<Ranking> = {
  id: 'html',
  description: 'one self-contained page: the ranking table and the score by category',
  extension: 'html',
  userText: 'text',
  render: (ranking, ctx) => formatRankingHtml(ranking, ctx),
};
