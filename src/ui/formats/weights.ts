// The builtin formats of `weights`. Cheap to import; see ranking.ts.
import type { FormatEntry } from '../../report/format.js';
import type { WeightsModel } from '../../report/models.js';

/** `weights --format …`. */
export const weightsFormats = [
  {
    id: 'table',
    description: 'the weight tree for the terminal',
    load: () => import('../weight-tree.js').then((m) => m.weightsTableFormat),
  },
  {
    id: 'json',
    description: 'every node with its weights, and the AHP reports',
    load: () => import('../../report/weights-json.js').then((m) => m.weightsJsonFormat),
  },
] as const satisfies readonly FormatEntry<WeightsModel>[];
