// `report --format html`: the decision record as one self-contained page.
import type { DecisionRecord } from '../decision-record/model.js';
import type { Format } from '../format.js';
import { defaultMethodId, explanationOf } from '../../core/methods/index.js';
import { setLabel } from '../numbers.js';
import { escapeHtml } from './escape.js';
import { htmlPage } from './page.js';
import { pageDecimals } from './score-decimals.js';
import { contributionsSection } from './sections/contributions.js';
import { glanceSection } from './sections/glance.js';
import { profilesSection } from './sections/profiles.js';
import { provenanceSection } from './sections/provenance.js';
import { rankingSection } from './sections/ranking.js';
import { robustnessSection } from './sections/robustness.js';
import { tippingPointsSection } from './sections/tipping-points.js';
import { topTwoSection } from './sections/top-two.js';
import { valueMapSection } from './sections/value-map.js';
import { vendorSectionsHtml } from './sections/vendors.js';

/** The page's header: title, what it was scored under, when; and a table of contents. */
function header(record: DecisionRecord, sections: readonly [string, string][]): string {
  const r = record.ranking;
  const meta = `${setLabel(r.criteriaSet)} · method ${r.method} · ${record.provenance.generatedAt} · vendor-eval ${record.provenance.toolVersion}`;
  const toc = sections
    .map(([id, title]) => `<li><a href="#${id}">${escapeHtml(title)}</a></li>`)
    .join('');
  return `<header>
<h1>${escapeHtml(record.title)}</h1>
<p class="meta">${escapeHtml(meta)}</p>
<nav aria-label="Sections"><ol>${toc}</ol></nav>
</header>`;
}

/** The record as one HTML page: every section in the order a committee reads it. */
export function formatDecisionHtml(record: DecisionRecord): string {
  const r = record.ranking;
  const names = new Map(r.vendors.map((v) => [v.id, v.name]));
  const groupLabel = r.method === defaultMethodId ? undefined : explanationOf(r.method).groupLabel;
  const parts: [string, string, string][] = [
    ['glance', 'At a glance', glanceSection(record.glance, r)],
    ['ranking', 'Ranking', rankingSection(r, { linkVendors: true })],
    [
      'contributions',
      'Score by category',
      contributionsSection(record.split, pageDecimals(r.vendors)),
    ],
    ['profiles', 'Profiles', profilesSection(record.profiles, record.split.categories, groupLabel)],
  ];
  if (record.valueMap)
    parts.push(['value-map', 'Value for money', valueMapSection(record.valueMap, names)]);
  if (record.robustness)
    parts.push(['robustness', 'Robustness', robustnessSection(record.robustness, r.missing)]);
  parts.push([
    'tipping-points',
    'Tipping points',
    tippingPointsSection(
      record.tippingPoints,
      record.set,
      record.vendors.map((v) => v.vendor),
    ),
  ]);
  if (record.topTwo) parts.push(['top-two', 'Top two', topTwoSection(record.topTwo)]);
  parts.push([
    'vendors',
    'Vendors',
    vendorSectionsHtml(record.vendors, record.set, r, record.answerTables),
  ]);
  parts.push(['provenance', 'Provenance', provenanceSection(record.provenance, names)]);
  const body = [
    header(
      record,
      parts.map(([id, title]) => [id, title]),
    ),
    '<main>',
    ...parts.map(([, , html]) => html),
    '</main>',
  ].join('\n');
  return htmlPage({
    title: record.title,
    generator: `vendor-eval ${record.provenance.toolVersion}`,
    body,
  });
}

/** `report --format html`. */
export const decisionHtmlFormat: Format<DecisionRecord> = {
  id: 'html',
  description: 'one self-contained page',
  extension: 'html',
  userText: 'text',
  render: (record) => formatDecisionHtml(record),
};
