// The builtin formats of `cost`. Cheap to import; see ranking.ts.
import type { CostModel } from '../../report/cost-model.js';
import type { FormatEntry } from '../../report/format.js';

/** `cost --format …`. */
export const costFormats = [
  {
    id: 'table',
    description: 'the cost table for the terminal',
    load: () => import('../cost-table.js').then((m) => m.costTableFormat),
  },
  {
    id: 'json',
    description: 'every figure, unrounded',
    load: () => import('../../report/cost-json.js').then((m) => m.costJsonFormat),
  },
  {
    id: 'markdown',
    description: 'a Markdown section',
    load: () => import('../../report/cost-markdown.js').then((m) => m.costMarkdownFormat),
  },
] as const satisfies readonly FormatEntry<CostModel>[];
