// The builtin formats of `sensitivity`. Cheap to import; see ranking.ts.
import type { FormatEntry } from '../../report/format.js';
import type { SensitivityModel } from '../../report/sensitivity-model.js';

/** `sensitivity --format …`. */
export const sensitivityFormats = [
  {
    id: 'table',
    description: 'the rank-acceptability table for the terminal',
    load: () => import('../sensitivity-table.js').then((m) => m.sensitivityTableFormat),
  },
  {
    id: 'json',
    description: 'every figure, unrounded (SPEC "sensitivity --format json")',
    load: () => import('../../report/sensitivity-json.js').then((m) => m.sensitivityJsonFormat),
  },
  {
    id: 'markdown',
    description: 'a Markdown section',
    load: () =>
      import('../../report/sensitivity-markdown.js').then((m) => m.sensitivityMarkdownFormat),
  },
] as const satisfies readonly FormatEntry<SensitivityModel>[];
