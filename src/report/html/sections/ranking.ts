import type { Ranking } from '../../../core/model/ranking.js';
import { abnormallyLowLines, formatMoney } from '../../cost-model.js';
import { evaluatorPanels, evaluatorPanelsLine } from '../../evaluator-panels.js';
import { categoryBasisLine, zeroedLine } from '../../explain-rows.js';
import { categoryText, formatPercent } from '../../numbers.js';
import { pageDecimals } from '../score-decimals.js';
import { eligibleText } from '../../ranking-markdown.js';
import { robustnessLine } from '../../sensitivity-model.js';
import { escapeHtml, htmlId } from '../escape.js';
import { attrs, codeSpans, list, paragraph, section, sentence } from '../markup.js';
import { htmlTable, type Row } from '../table.js';

const dominanceNote =
  '† dominated: another eligible vendor is at least as good on every criterion and better on one.';

/**
 * 2. The ranking table: rank, vendor, score, P(rank 1) when computed, each top-level category's
 * figure with its weight in the header, contract cost when costed, eligibility, unanswered
 * criteria; the notes `rank --format markdown` gives under it. A sortable `table.ranking` with
 * one `tr[data-vendor]` per vendor; each name links to its vendor section when `linkVendors`.
 */
export function rankingSection(
  ranking: Ranking,
  options: { scopeNote?: string | undefined; linkVendors: boolean },
): string {
  const costed = ranking.vendors.find((v) => v.cost);
  const currency = costed?.cost?.currency;
  const robust = ranking.robustness;
  const head = [
    'Rank',
    'Vendor',
    'Score',
    ...(robust ? ['P(rank 1)'] : []),
    ...ranking.topLevel.map((t) => `${t.name} (${formatPercent(t.weight, 0)})`),
    ...(costed ? [`Contract${currency ? ` (${currency})` : ''}`] : []),
    'Eligible',
    'Missing',
  ];
  const categoriesFrom = robust ? 4 : 3;
  const numeric = [
    0,
    2,
    ...(robust ? [3] : []),
    ...ranking.topLevel.map((_, i) => categoriesFrom + i),
    ...(costed ? [categoriesFrom + ranking.topLevel.length] : []),
    head.length - 1,
  ];
  const digits = pageDecimals(ranking.vendors);
  const rows: Row[] = ranking.vendors.map((v) => {
    const p = robust?.pRank1.get(v.id);
    const dominated = v.dominatedBy.length > 0;
    const link = options.linkVendors ? `#${htmlId('vendor', v.id)}` : undefined;
    const name = link
      ? {
          text: '',
          html: `<a${attrs({ href: link })}>${escapeHtml(v.name)}</a>${dominated ? ' †' : ''}`,
          sort: v.name.toLowerCase(),
        }
      : { text: dominated ? `${v.name} †` : v.name, sort: v.name.toLowerCase() };
    const category = (id: string) => {
      const score = v.categories.find((c) => c.id === id)?.score;
      return { text: categoryText(score), sort: score ?? -1 };
    };
    return {
      vendor: v.id,
      className: v.eligible ? undefined : 'ineligible',
      cells: [
        { text: v.rank === null ? '—' : String(v.rank), sort: v.rank ?? 'Infinity' },
        name,
        { text: v.score.toFixed(digits), sort: v.score },
        ...(robust ? [{ text: p === undefined ? '—' : formatPercent(p), sort: p ?? -1 }] : []),
        ...ranking.topLevel.map((t) => category(t.id)),
        ...(costed
          ? [
              {
                text: v.cost ? formatMoney(v.cost.contract) : '—',
                sort: v.cost?.contract ?? 'Infinity',
              },
            ]
          : []),
        v.eligible
          ? 'yes'
          : {
              text: '',
              className: 'reason',
              html: `<span class="marker">✗ ${escapeHtml(eligibleText(v))}</span>`,
            },
        { text: String(v.missing.length), sort: v.missing.length },
      ],
    };
  });
  const method = `Method: ${ranking.method}; unanswered criteria: ${ranking.missing === 'exclude' ? 'left out of the weights' : 'scored 0'}.`;
  const panels = evaluatorPanels(ranking);
  const basis = categoryBasisLine(ranking);
  const notes = [
    ...abnormallyLowLines(ranking),
    ...ranking.vendors.flatMap((v) => zeroedLine(ranking, v) ?? []),
  ].map(sentence);
  const knocked = ranking.vendors.filter((v) => !v.eligible);
  return section('ranking', 'Ranking', [
    paragraph(options.scopeNote ? sentence(options.scopeNote) : undefined, 'note'),
    paragraph(method, 'meta'),
    paragraph(panels ? sentence(evaluatorPanelsLine(panels)) : undefined, 'meta'),
    paragraph(basis ? sentence(basis) : undefined, 'meta'),
    robust ? `<p class="meta">${codeSpans(sentence(robustnessLine(robust)))}</p>` : '',
    htmlTable({ head, rows, className: 'ranking', numeric, rowHeader: 1 }),
    list(notes, 'note'),
    knocked.length ? '<h3>Knock-outs</h3>' : '',
    list(knocked.map((v) => `${v.name}: ${v.knockouts.map((k) => k.reason).join('; ')}`)),
    paragraph(
      ranking.vendors.some((v) => v.dominatedBy.length) ? dominanceNote : undefined,
      'note',
    ),
  ]);
}
