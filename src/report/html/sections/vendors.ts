import { answerTablesLeftOut } from '../../decision-record/vendor-sections.js';
import type { Ranking } from '../../../core/model/ranking.js';
import type { CriteriaSet } from '../../../core/model/types.js';
import { vendorCostLine } from '../../cost-model.js';
import type { EvidenceCount, VendorSection } from '../../decision-record/model.js';
import {
  categoryBasisLine,
  explainHeadline,
  methodColumns,
  methodLegend,
  zeroedLine,
} from '../../explain-rows.js';
import { methodFiguresLine } from '../../method-figures.js';
import { escapeHtml, htmlId } from '../escape.js';
import { attrs, list, sentence } from '../markup.js';
import { htmlTable, type Row } from '../table.js';

/** `12 cited, 3 not cited, 1 required but missing`. */
export function evidenceCountText(e: EvidenceCount): string {
  return `${e.cited} cited, ${e.notCited} not cited, ${e.requiredMissing} required but missing`;
}

/** A marker in words beside the colour: `✗ knocked out: must be yes`. */
const marker = (text: string) => ` <span class="marker">${escapeHtml(text)}</span>`;

function vendorTable(section: VendorSection, set: CriteriaSet, ranking: Ranking): string {
  const required = new Set(set.criteria.filter((c) => c.evidence === 'required').map((c) => c.id));
  const terms = methodColumns(ranking);
  const rows: Row[] = section.rows.map((r, i) => {
    const c = section.vendor.criteria[i];
    const evidence = c?.evidence ?? '';
    const evidenceMissing = c?.evidence === undefined && required.has(r.id) && r.answered;
    const note = [
      c?.note ?? '',
      c?.moderated
        ? `moderated: ${c.moderated.rationale}${c.moderated.date ? ` (${c.moderated.date})` : ''}`
        : '',
    ]
      .filter(Boolean)
      .join('\n');
    const classes = [r.knockedOut ? 'knockout' : '', r.answered ? '' : 'missing']
      .filter(Boolean)
      .join(' ');
    return {
      className: classes || undefined,
      cells: [
        // the category once, at the first of its criteria: the rows below it are its own
        { text: r.group === section.rows[i - 1]?.group ? '' : r.group, className: 'group' },
        { text: r.criterion, html: `<span class="small">${escapeHtml(r.id)}</span>` },
        r.answered
          ? {
              text: r.answer,
              className: 'text',
              html: r.derivation
                ? `<span class="small">${escapeHtml(r.derivation)}</span>`
                : undefined,
            }
          : { text: '', html: marker('— unanswered (missing)') },
        r.utility,
        r.weight,
        ...r.terms,
        {
          text: evidence,
          className: 'text',
          html: evidenceMissing ? marker('MISSING (required)') : undefined,
        },
        { text: note, className: 'text' },
        r.knockedOut ? { text: '', html: marker(`✗ knocked out: ${r.knockout}`) } : r.knockout,
      ],
    };
  });
  const head = [
    'Category',
    'Criterion',
    'Answer',
    'Utility',
    'Weight',
    ...terms.map((t) => t.label),
    'Evidence',
    'Note',
    'Knock-out',
  ];
  return htmlTable({
    head,
    rows,
    rowHeader: 1,
    numeric: [3, 4, ...terms.map((_, i) => 5 + i)],
  });
}

/** A profile value for reading: lists joined, anything else structured as JSON. */
function profileText(value: unknown): string {
  if (Array.isArray(value) && value.every((x) => typeof x !== 'object' || x === null))
    return value.map(String).join(', ');
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

/** The vendor file's `profile` (headquarters, sites, seats…) as a definition list. */
function profileList(profile: Record<string, unknown>): string {
  const entries = Object.entries(profile);
  if (entries.length === 0) return '';
  const items = entries.map(
    ([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(profileText(v))}</dd>`,
  );
  return `<dl class="facts profile">${items.join('')}</dl>`;
}

/**
 * One vendor's section: headline, profile, cost, knock-outs, who judged, evidence count, every
 * answer.
 */
function vendorSection(
  section: VendorSection,
  set: CriteriaSet,
  ranking: Ranking,
  eligibleCount: number,
  answerTables: boolean,
): string {
  const v = section.vendor;
  const facts = [
    vendorCostLine(v.cost),
    methodFiguresLine(ranking, v),
    zeroedLine(ranking, v),
    `evaluators: ${section.evaluators.length ? section.evaluators.join(', ') : 'none named'}`,
    section.moderators.length ? `moderated by: ${section.moderators.join(', ')}` : undefined,
    `evidence: ${evidenceCountText(section.evidence)}`,
    v.missing.length
      ? `unanswered: ${v.missing.length} ${v.missing.length === 1 ? 'criterion' : 'criteria'} (${ranking.missing === 'exclude' ? 'left out of the weights' : 'scored 0'})`
      : 'every criterion answered',
  ].flatMap((l) => (l ? [sentence(l)] : []));
  return `<section${attrs({ class: 'vendor', id: htmlId('vendor', v.id), 'data-vendor': v.id })}>
<h3>${escapeHtml(explainHeadline(ranking, v, eligibleCount))}</h3>
${profileList(v.profile)}
${list(facts)}
${v.knockouts.length ? `<p class="marker">✗ Knocked out: ${escapeHtml(v.knockouts.map((k) => k.reason).join('; '))}</p>` : ''}
${answerTables ? vendorTable(section, set, ranking) : ''}
</section>`;
}

/**
 * 8. Every vendor in ranking order: every criterion's answer, utility, weight, the method's
 * figure, evidence, note and knock-out; knocked-out and unanswered rows marked by class and in
 * words.
 */
export function vendorSectionsHtml(
  sections: readonly VendorSection[],
  set: CriteriaSet,
  ranking: Ranking,
  answerTables = true,
): string {
  const eligible = ranking.vendors.filter((v) => v.eligible).length;
  const notes = (
    answerTables ? [methodLegend(ranking), categoryBasisLine(ranking)] : [answerTablesLeftOut]
  ).flatMap((l) => (l ? [sentence(l)] : []));
  return `<section id="vendors">
<h2>Vendors</h2>
${list(notes, 'note')}
${sections.map((s) => vendorSection(s, set, ranking, eligible, answerTables)).join('\n')}
</section>`;
}
