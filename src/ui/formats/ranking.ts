// The builtin formats of a ranking (`rank --format`). Cheap to import: ids and descriptions for
// commander and `--help`; each implementation (cli-table3, chalk) loads only when it is used.
// Adding a format is one file exporting a Format<Ranking> and one line here.
import type { Ranking } from '../../core/model/ranking.js';
import type { FormatEntry } from '../../report/format.js';

/** `rank --format …`. */
export const rankingFormats = [
  {
    id: 'table',
    description: 'box-drawn table for the terminal',
    load: () => import('../rank-table.js').then((m) => m.rankingTableFormat),
  },
  {
    id: 'json',
    description: 'every score, unrounded',
    load: () => import('../../report/ranking-json.js').then((m) => m.rankingJsonFormat),
  },
  {
    id: 'csv',
    description: 'one row per vendor',
    load: () => import('../../report/ranking-csv.js').then((m) => m.rankingCsvFormat),
  },
  {
    id: 'markdown',
    description: 'a Markdown section',
    load: () => import('../../report/ranking-markdown.js').then((m) => m.rankingMarkdownFormat),
  },
  {
    id: 'html',
    description: 'one self-contained page: the table and the score by category',
    load: () => import('../../report/html/ranking-html.js').then((m) => m.rankingHtmlFormat),
  },
] as const satisfies readonly FormatEntry<Ranking>[];
