// The builtin formats of `rank --all-methods`. Cheap to import; see ranking.ts.
import type { FormatEntry } from '../../report/format.js';
import type { MethodComparison } from '../../report/method-comparison.js';

/** `rank --all-methods --format …`. */
export const methodsFormats = [
  {
    id: 'table',
    description: 'rank (score) per method for the terminal',
    load: () => import('../methods-table.js').then((m) => m.methodsTableFormat),
  },
  {
    id: 'json',
    description: 'ranks and scores per method, unrounded',
    load: () => import('../../report/methods-json.js').then((m) => m.methodsJsonFormat),
  },
  {
    id: 'csv',
    description: 'one row per vendor, rank and score per method',
    load: () => import('../../report/methods-csv.js').then((m) => m.methodsCsvFormat),
  },
  {
    id: 'markdown',
    description: 'a Markdown section with the verdict',
    load: () => import('../../report/methods-markdown.js').then((m) => m.methodsMarkdownFormat),
  },
] as const satisfies readonly FormatEntry<MethodComparison>[];
