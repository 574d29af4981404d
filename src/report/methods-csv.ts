import type { Format } from './format.js';
import type { MethodComparison } from './method-comparison.js';
import { formatCsvRows } from './csv.js';
import { withCsvPreamble } from './ranking-csv.js';

/**
 * `rank --all-methods --format csv`: `id, name, eligible`, then `<method>_rank` and
 * `<method>_score` per method (unrounded; the rank empty for ineligible vendors); with
 * `--weights`, a comment line first.
 */
export function formatMethodsCsv(c: MethodComparison): string {
  const header = [
    'id',
    'name',
    'eligible',
    ...c.methods.flatMap((m) => [`${m}_rank`, `${m}_score`]),
  ];
  const rows = c.vendors.map((v) => [
    v.id,
    v.name,
    v.eligible,
    ...c.methods.flatMap((m) => [v.ranks[m] ?? null, v.scores[m] ?? null]),
  ]);
  return withCsvPreamble(c, formatCsvRows([header, ...rows]));
}

/** `rank --all-methods --format csv`. */
export const methodsCsvFormat: Format<MethodComparison> = {
  id: 'csv',
  description: 'one row per vendor, rank and score per method',
  extension: 'csv',
  userText: 'text',
  render: (c) => formatMethodsCsv(c),
};
