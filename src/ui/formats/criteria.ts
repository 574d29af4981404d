// The builtin formats of `criteria list` and `criteria show`. Cheap to import; see ranking.ts.
import type { CriteriaSet } from '../../core/model/types.js';
import type { FormatEntry } from '../../report/format.js';
import type { CriteriaShowModel } from '../../report/models.js';

/** `criteria list --format …`. */
export const criteriaListFormats = [
  {
    id: 'table',
    description: 'the built-in sets as a table',
    load: () => import('../criteria-view.js').then((m) => m.criteriaListTableFormat),
  },
  {
    id: 'json',
    description: 'every set with its size',
    load: () => import('../../report/criteria-json.js').then((m) => m.criteriaListJsonFormat),
  },
] as const satisfies readonly FormatEntry<readonly CriteriaSet[]>[];

/** `criteria show --format …`. */
export const criteriaShowFormats = [
  {
    id: 'table',
    description: 'the tree with weights, questions and knock-outs',
    load: () => import('../criteria-view.js').then((m) => m.criteriaShowTableFormat),
  },
  {
    id: 'json',
    description: "the set's nodes with weights and rules",
    load: () => import('../../report/criteria-json.js').then((m) => m.criteriaJsonFormat),
  },
  {
    id: 'yaml',
    description: "the set's file as written (to copy into a project)",
    load: () => import('../../report/criteria-yaml.js').then((m) => m.criteriaYamlFormat),
  },
] as const satisfies readonly FormatEntry<CriteriaShowModel>[];
