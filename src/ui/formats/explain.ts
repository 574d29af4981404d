// The builtin formats of `explain`. Cheap to import; see ranking.ts.
import type { FormatEntry } from '../../report/format.js';
import type { ExplainModel } from '../../report/models.js';

/** `explain --format …`. */
export const explainFormats = [
  {
    id: 'table',
    description: 'one table per category for the terminal',
    load: () => import('../explain-view.js').then((m) => m.explainTableFormat),
  },
  {
    id: 'json',
    description: "the vendor's entry, unrounded",
    load: () => import('../../report/explain-json.js').then((m) => m.explainJsonFormat),
  },
  {
    id: 'markdown',
    description: 'a Markdown section',
    load: () => import('../../report/explain-markdown.js').then((m) => m.explainMarkdownFormat),
  },
] as const satisfies readonly FormatEntry<ExplainModel>[];
