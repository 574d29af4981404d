import type { Ranking } from '../core/model/ranking.js';
import type { Format } from './format.js';

/** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The ranking as CSV: a header, then one row per vendor in rank order with unrounded scores,
 * one column per top-level category, and the knock-out criteria.
 */
export function formatRankingCsv(ranking: Ranking): string {
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
    v.knockouts.map((k) => k.criterion).join(' '),
    v.dominatedBy.join(' '),
  ]);
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** `rank --format csv`. */
export const rankingCsvFormat: Format<Ranking> = {
  id: 'csv',
  description: 'one row per vendor, unrounded scores (RFC 4180)',
  extension: 'csv',
  render: (ranking) => formatRankingCsv(ranking),
};
