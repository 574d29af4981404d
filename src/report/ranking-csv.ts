import { knockoutCriteria, type Ranking } from '../core/model/ranking.js';
import { csvComment, formatCsvRows } from './csv.js';
import type { Format } from './format.js';
import { robustnessLine } from './sensitivity-model.js';
import { skippedCsvComments } from './skipped-files.js';
import { overridesCsvComment } from './weight-overrides.js';

/**
 * The ranking as CSV: a header, then one row per vendor in rank order with unrounded scores,
 * one column per top-level category, the knock-out criteria, and the cost (monthly, contract,
 * currency) when bids were costed. With `--weights`, a comment line (`# weights overridden: …`)
 * comes first.
 */
export function formatRankingCsv(ranking: Ranking): string {
  // cost columns when any bid was costed under the set's demand
  const costed = ranking.vendors.some((v) => v.cost);
  const header = [
    'rank',
    'id',
    'name',
    'score',
    'eligible',
    'complete',
    'missing',
    ...ranking.topLevel.map((t) => t.id),
    'knockouts',
    'dominated_by',
    ...(costed ? ['cost_monthly', 'cost_contract', 'cost_currency'] : []),
    ...(ranking.robustness ? ['p_rank1'] : []),
  ];
  const rows = ranking.vendors.map((v) => [
    v.rank,
    v.id,
    v.name,
    v.score,
    v.eligible,
    v.complete,
    v.missing.length,
    ...ranking.topLevel.map((t) => v.categories.find((c) => c.id === t.id)?.score ?? null),
    [...new Set(v.knockouts.flatMap(knockoutCriteria))].join(' '),
    v.dominatedBy.join(' '),
    ...(costed
      ? [v.cost?.monthly ?? null, v.cost?.contract ?? null, v.cost?.currency ?? null]
      : []),
    ...(ranking.robustness ? [ranking.robustness.pRank1.get(v.id) ?? null] : []),
  ]);
  return withCsvPreamble(ranking, formatCsvRows([header, ...rows]));
}

/**
 * CSV text with comment lines in front for what makes the run not the set's own: the `--weights`
 * line, then the `--skip-invalid` lines (as it is without either).
 */
export function withCsvPreamble(
  run: Pick<Ranking, 'weightOverrides' | 'skipped' | 'robustness'>,
  csv: string,
): string {
  const comments = [
    ...[overridesCsvComment(run.weightOverrides)].flatMap((c) => c ?? []),
    ...skippedCsvComments(run.skipped),
    ...(run.robustness ? [csvComment(robustnessLine(run.robustness))] : []),
  ];
  return comments.map((c) => `${c}\r\n`).join('') + csv;
}

/** `rank --format csv`. */
export const rankingCsvFormat: Format<Ranking> = {
  id: 'csv',
  description: 'one row per vendor, unrounded scores (RFC 4180)',
  extension: 'csv',
  userText: 'text',
  render: (ranking) => formatRankingCsv(ranking),
};
