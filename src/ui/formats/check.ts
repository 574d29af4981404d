// The builtin formats of `check`. Cheap to import; see ranking.ts.
import type { FormatEntry } from '../../report/format.js';
import { ciFormats } from './ci.js';
import type { CheckModel } from '../../report/models.js';

/** `check --format …`. */
export const checkFormats = [
  {
    id: 'stylish',
    description: 'problems grouped by file, the policy rule by rule, the top of the ranking',
    load: () => import('../../report/check-stylish.js').then((m) => m.checkStylishFormat),
  },
  {
    id: 'json',
    description: 'problems per file, every policy outcome and the ranking, unrounded',
    load: () => import('../../report/check-json.js').then((m) => m.checkJsonFormat),
  },
  ...ciFormats,
  {
    id: 'markdown',
    description: 'a pull-request comment: verdict, what the change did, ranking, policy, problems',
    load: () => import('../../report/ci/check-markdown.js').then((m) => m.checkMarkdownFormat),
  },
] as const satisfies readonly FormatEntry<CheckModel>[];
