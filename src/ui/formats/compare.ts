// The builtin formats of `compare`. Cheap to import; see ranking.ts.
import type { FormatEntry } from '../../report/format.js';
import type { CompareModel } from '../../report/models.js';

/** `compare --format …`. */
export const compareFormats = [
  {
    id: 'table',
    description: 'side by side for the terminal',
    load: () => import('../compare-view.js').then((m) => m.compareTableFormat),
  },
  {
    id: 'json',
    description: 'both vendors and the differences, unrounded',
    load: () => import('../../report/compare-json.js').then((m) => m.compareJsonFormat),
  },
  {
    id: 'markdown',
    description: 'a Markdown section',
    load: () => import('../../report/compare-markdown.js').then((m) => m.compareMarkdownFormat),
  },
] as const satisfies readonly FormatEntry<CompareModel>[];
