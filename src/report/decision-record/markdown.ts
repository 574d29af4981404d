import { explanationOf } from '../../core/methods/index.js';
import type { Format } from '../format.js';
import { escapeText } from '../markdown-table.js';
import { plural } from '../numbers.js';
import { formatRankingMarkdown } from '../ranking-markdown.js';
import { centralWeightsMarkdown, rankAcceptabilityMarkdown } from '../sensitivity-markdown.js';
import { tippingPointsMarkdown } from '../tipping-points-text.js';
import {
  contributionsMarkdown,
  glanceMarkdown,
  profilesMarkdown,
  topTwoMarkdown,
  valueMapMarkdown,
} from './markdown-sections.js';
import { provenanceMarkdown } from './markdown-provenance.js';
import { vendorsMarkdown } from './markdown-vendors.js';
import type { DecisionRecord, RobustnessSection } from './model.js';

/** `## Robustness`: rank acceptability and the central weights. */
function robustnessMarkdown(r: RobustnessSection, missing: DecisionRecord['ranking']['missing']) {
  return [
    '## Robustness',
    '',
    ...rankAcceptabilityMarkdown(r.result, missing),
    ...centralWeightsMarkdown(r.result, r.groups, r.centralWeights),
  ];
}

/**
 * The decision record in GitHub-flavoured Markdown: the HTML page's sections in its order, as
 * tables instead of charts. Every string from a user's file is escaped (escapeCell/escapeText),
 * so a name or note holding `|`, a line break or `<script>` stays text in its cell or line.
 */
export function formatDecisionMarkdown(record: DecisionRecord): string {
  const { ranking } = record;
  const p = record.provenance;
  const names = new Map(ranking.vendors.map((v) => [v.id, v.name]));
  const sections = [
    [
      `# ${escapeText(record.title)}`,
      '',
      `${escapeText(p.set.name)}, ${plural(ranking.vendors.length, 'vendor')}, method ${p.method.id}; made by vendor-eval ${p.toolVersion} on ${p.generatedAt}, input SHA-256 \`${p.inputHash.digest.slice(0, 12)}…\` (see Provenance).`,
      '',
    ],
    glanceMarkdown(record.glance),
    [formatRankingMarkdown(ranking, undefined, '## Ranking')],
    contributionsMarkdown(record.split),
    profilesMarkdown(
      record.profiles,
      record.split.categories,
      explanationOf(ranking.method).groupLabel,
    ),
    record.valueMap ? valueMapMarkdown(record.valueMap, names) : [],
    record.robustness ? robustnessMarkdown(record.robustness, ranking.missing) : [],
    [tippingPointsMarkdown(record.tippingPoints, record.tippingPoints.leader)],
    record.topTwo ? topTwoMarkdown(record.topTwo) : [],
    vendorsMarkdown(record.vendors, ranking, record.answerTables),
    provenanceMarkdown(p),
  ];
  return `${sections
    .map((lines) => lines.join('\n').replace(/\n+$/, ''))
    .filter((s) => s !== '')
    .join('\n\n')}\n`;
}

/** `report --format markdown`. */
export const decisionMarkdownFormat: Format<DecisionRecord> = {
  id: 'markdown',
  description: 'GitHub-flavoured markdown',
  extension: 'md',
  userText: 'markdown',
  render: (record) => formatDecisionMarkdown(record),
};
