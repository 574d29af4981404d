// The decision record's vendor sections as Markdown: a heading and the facts a reader needs
// without opening anything, then every answer in a collapsible <details> block (GitHub renders
// it closed, so a pull-request comment stays short; a printed or converted file shows it).
import { methodColumns, methodLegend } from '../explain-rows.js';
import { vendorCostLine } from '../cost-model.js';
import { escapeText, markdownTable } from '../markdown-table.js';
import { placeText, plural } from '../numbers.js';
import type { Ranking } from '../../core/model/ranking.js';
import type { EvidenceCount, VendorSection } from './model.js';
import { answerTablesLeftOut } from './vendor-sections.js';

/** `Evidence: 30 answers cite it, 4 do not (not required), 2 required but missing; 1 criterion unanswered.` */
export function evidenceLine(e: EvidenceCount, unanswered: number): string {
  return `Evidence: ${plural(e.cited, 'answer')} ${e.cited === 1 ? 'cites' : 'cite'} it, ${e.notCited} ${e.notCited === 1 ? 'does' : 'do'} not (not required), ${e.requiredMissing} required but missing; ${plural(unanswered, 'criterion', 'criteria')} unanswered.`;
}

/** One vendor's section. */
function vendorMarkdown(
  s: VendorSection,
  ranking: Ranking,
  eligibleCount: number,
  answerTables: boolean,
): string[] {
  const v = s.vendor;
  const terms = methodColumns(ranking);
  const lines = [
    `### ${escapeText(v.name)} (${v.id})`,
    '',
    `- ${v.score.toFixed(1)} / 100, ${placeText(v, eligibleCount)}${v.eligible ? '' : ' — **KNOCK-OUT**'}`,
  ];
  for (const k of v.knockouts) lines.push(`- **KNOCK-OUT:** ${escapeText(k.reason)}`);
  if (v.missing.length)
    lines.push(
      `- _missing_: ${plural(v.missing.length, 'criterion', 'criteria')} unanswered (${ranking.missing === 'exclude' ? 'left out of its weights' : 'scored 0'})`,
    );
  const cost = vendorCostLine(v.cost);
  if (cost) lines.push(`- ${escapeText(`${cost[0]?.toUpperCase()}${cost.slice(1)}`)}`);
  lines.push(`- ${evidenceLine(s.evidence, v.missing.length)}`);
  if (s.evaluators.length) lines.push(`- Evaluators: ${escapeText(s.evaluators.join(', '))}`);
  if (s.moderators.length) lines.push(`- Moderated by: ${escapeText(s.moderators.join(', '))}`);
  if (!answerTables) return [...lines, ''];
  lines.push(
    '',
    '<details>',
    `<summary>Every answer (${plural(s.rows.length, 'criterion', 'criteria')})</summary>`,
    '',
    markdownTable(
      [
        'Category',
        'Criterion',
        'Answer',
        'Utility',
        'Weight',
        ...terms.map((t) => t.label),
        'Evidence and note',
        'Knock-out',
      ],
      s.rows.map((r) => [
        r.group,
        r.criterion,
        r.answered ? (r.derivation ? `${r.answer}\n${r.derivation}` : r.answer) : '_missing_',
        r.utility,
        r.weight,
        ...r.terms,
        r.evidence,
        r.knockedOut ? `**KNOCK-OUT**: ${r.knockout}` : r.knockout,
      ]),
      [
        'left',
        'left',
        'left',
        'right',
        'right',
        ...terms.map(() => 'right' as const),
        'left',
        'left',
      ],
    ),
    '</details>',
    '',
  );
  return lines;
}

/** `## Vendors`: every vendor in ranking order, with the method's legend for the figure columns. */
export function vendorsMarkdown(
  sections: readonly VendorSection[],
  ranking: Ranking,
  answerTables = true,
): string[] {
  const eligibleCount = ranking.vendors.filter((v) => v.eligible).length;
  const intro = answerTables
    ? `Every criterion's answer, utility (0–1), weight and the method's figures, with the evidence and notes from the vendor's file. ${escapeText(methodLegend(ranking))}`
    : `**${answerTablesLeftOut}.**`;
  return [
    '## Vendors',
    '',
    intro,
    '',
    ...sections.flatMap((s) => vendorMarkdown(s, ranking, eligibleCount, answerTables)),
  ];
}
