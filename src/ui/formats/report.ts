// The builtin formats of the decision record (`report --format`). Cheap to import; see ranking.ts.
// The HTML page (charts, stylesheet) loads only when it is written.
import type { DecisionRecord } from '../../report/decision-record/model.js';
import type { FormatEntry } from '../../report/format.js';

/** `report --format …`. */
export const reportFormats = [
  {
    id: 'html',
    description: 'one self-contained page: inline CSS and SVG charts, printable',
    load: () => import('../../report/html/decision-html.js').then((m) => m.decisionHtmlFormat),
  },
  {
    id: 'markdown',
    description: 'GitHub-flavoured markdown (tables, no charts) for a pull request or a wiki',
    load: () =>
      import('../../report/decision-record/markdown.js').then((m) => m.decisionMarkdownFormat),
  },
] as const satisfies readonly FormatEntry<DecisionRecord>[];
