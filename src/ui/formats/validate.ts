// The builtin formats of `validate`. Cheap to import; see ranking.ts.
import type { FormatEntry } from '../../report/format.js';
import { ciFormats } from './ci.js';
import type { ValidateModel } from '../../report/models.js';

/** `validate --format …`. */
export const validateFormats = [
  {
    id: 'stylish',
    description: 'problems grouped by file',
    load: () => import('../../report/issue-format.js').then((m) => m.stylishFormat),
  },
  {
    id: 'json',
    description: 'problems per file with positions and key paths',
    load: () => import('../../report/issue-format.js').then((m) => m.issuesJsonFormat),
  },
  ...ciFormats,
] as const satisfies readonly FormatEntry<ValidateModel>[];
