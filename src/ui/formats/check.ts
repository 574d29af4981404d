// The builtin formats of `check`. Cheap to import; see ranking.ts.
import type { FormatEntry } from '../../report/format.js';
import type { CheckModel } from '../../report/models.js';

/** `check --format …`. */
export const checkFormats = [] as const satisfies readonly FormatEntry<CheckModel>[];
