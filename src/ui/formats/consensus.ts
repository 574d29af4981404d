// The builtin formats of `consensus`. Cheap to import; see ranking.ts.
import type { ConsensusModel } from '../../report/consensus-model.js';
import type { FormatEntry } from '../../report/format.js';

/** `consensus --format …`. */
export const consensusFormats = [
  {
    id: 'table',
    description: 'agreement and disagreements for the terminal',
    load: () => import('../consensus-table.js').then((m) => m.consensusTableFormat),
  },
  {
    id: 'json',
    description: 'every figure, unrounded',
    load: () => import('../../report/consensus-json.js').then((m) => m.consensusJsonFormat),
  },
  {
    id: 'markdown',
    description: 'a Markdown section',
    load: () => import('../../report/consensus-markdown.js').then((m) => m.consensusMarkdownFormat),
  },
] as const satisfies readonly FormatEntry<ConsensusModel>[];
